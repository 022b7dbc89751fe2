namespace DlrClosures.Runtime.Exceptions;

/// <summary>Where a <c>SyntaxError</c> is: CPython's <c>filename</c>, <c>lineno</c>, <c>offset</c>, <c>end_offset</c> and <c>text</c>.</summary>
/// <param name="Path">The file name shown in the report.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column of the first offending character (CPython's <c>offset</c>).</param>
/// <param name="EndColumn">1-based column just past the offending text (CPython's <c>end_offset</c>).</param>
/// <param name="LineText">The source line, without its terminator.</param>
public sealed record SyntaxErrorLocation(string Path, int Line, int Column, int EndColumn, string LineText);
