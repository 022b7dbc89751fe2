namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Thrown by a pass over a tree (the parser's <c>ParseContext.Descend</c>, or <see cref="LargeStack.Check"/>
/// in scope analysis, binding and the back ends' translations) when the tree nests deeper than is safe
/// on the caller's stack. <see cref="LargeStack.Run{T}"/> catches it and does the work again on a
/// large-stack thread; it never reaches a host.
/// </summary>
internal sealed class NeedsLargeStackException : Exception
{
    public NeedsLargeStackException() : base("The source nests too deeply for the caller's stack.") { }
}
