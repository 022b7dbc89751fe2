namespace DlrClosures.Parsing;

/// <summary>
/// Thrown by <see cref="ParseContext.Descend"/> when a parse on the caller's stack nests deeper than is
/// safe there; <see cref="PythonParser"/> catches it and parses again on its large-stack thread. It never
/// leaves the parser.
/// </summary>
internal sealed class NeedsLargeStackException : Exception
{
    public NeedsLargeStackException() : base("The source nests too deeply for the caller's stack.") { }
}
