using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Hosting;

/// <summary>
/// One Python frame an exception passed through (the DLR's <c>DynamicStackFrame</c>, with its method
/// names): the line <c>File "path", line N, in name</c> of a traceback.
/// </summary>
public sealed class DynamicStackFrame
{
    private readonly TracebackFrame _frame;

    internal DynamicStackFrame(TracebackFrame frame) => _frame = frame;

    /// <summary>The code object's name: a function's name, <c>&lt;module&gt;</c>, <c>&lt;lambda&gt;</c>.</summary>
    public string GetMethodName() => _frame.Name;

    /// <summary>The file as the source was given to the engine, or <c>&lt;string&gt;</c>.</summary>
    public string GetFileName() => _frame.Path;

    /// <summary>The 1-based line of the statement that was running.</summary>
    public int GetFileLineNumber() => _frame.Line;

    /// <summary>The text of that line, or null when it is not known.</summary>
    public string? GetSourceLine() => _frame.SourceLine;

    /// <summary>The traceback line: <c>File "path", line N, in name</c>.</summary>
    public override string ToString() => $"File \"{GetFileName()}\", line {GetFileLineNumber()}, in {GetMethodName()}";
}
