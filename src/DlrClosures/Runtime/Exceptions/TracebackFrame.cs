namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// One line of a Python traceback: <c>File "path", line N, in name</c>, and the source line when
/// the file's text is known.
/// </summary>
/// <param name="Path">The file as it was given to the engine, or <c>&lt;string&gt;</c>.</param>
/// <param name="Line">1-based line of the statement that was executing.</param>
/// <param name="Name">The code object's name: <c>&lt;module&gt;</c>, a function name, <c>&lt;lambda&gt;</c>.</param>
/// <param name="SourceLine">The text of that line, or null when it is not known.</param>
public sealed record TracebackFrame(string Path, int Line, string Name, string? SourceLine);
