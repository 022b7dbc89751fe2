using DlrClosures.Runtime.Functions;
using DlrClosures.Text;

namespace DlrClosures.Binding;

/// <summary>What kind of block a code object runs.</summary>
internal enum CodeKind
{
    Module,
    Function,
    Lambda,
}

/// <summary>
/// One bound code object (module, def or lambda): everything a back end needs to make its
/// <see cref="PyCode"/> and run it. A lambda's and an eval-mode module's body is a single
/// <see cref="BoundReturn"/>; a module's docstring is already stored to <c>__doc__</c>.
/// </summary>
internal sealed record BoundCode(
    CodeKind Kind,
    CodeSignature Signature,
    CodeNames Names,
    SourceText Source,
    int FirstLine,
    string? Doc,
    FrameLayout Frame,
    BoundBlock Body)
{
    /// <summary>
    /// Whether the body (its own, not that of a nested def or lambda) has a for or while loop or a
    /// comprehension. A module body without one runs each statement once, which the hosting layer
    /// uses to keep such a body off the IL compiler.
    /// </summary>
    public bool HasLoops { get; init; }

    /// <summary>How many expressions the body (its own) has, chain links and display items included.</summary>
    public int ExpressionCount { get; init; }

    /// <summary>
    /// The deepest nesting of the body's expressions, a chain of n links (<c>a &lt; b &lt; c</c>,
    /// <c>a and b and c</c>) counting n: how deep a back end that translates the tree recursively goes.
    /// </summary>
    public int MaxNesting { get; init; }

    /// <summary>For a generator's body (a def or lambda with a yield, a generator expression): its resume points; else null.</summary>
    public GeneratorInfo? Generator { get; init; }
}
