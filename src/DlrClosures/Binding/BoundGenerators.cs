using DlrClosures.Text;

namespace DlrClosures.Binding;

/// <summary>
/// <c>yield value</c> as a statement of a generator's body (the binder spills a yield inside an
/// expression into a temporary first, so every yield is one of these): evaluates
/// <see cref="Value"/> (None when null), suspends the generator at resume point
/// <see cref="State"/> (1, 2, ... in the order of the source), and when resumed stores the value
/// sent in to <see cref="Target"/> (when not null), or raises the exception thrown in.
/// </summary>
internal sealed record BoundYield(int State, BoundExpr? Value, BoundTarget? Target, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitYield(this);
}

/// <summary>
/// <c>yield from iterable</c> as a statement (PEP 380): the iterable's iterator becomes the delegate
/// (<c>Runtime.Generators.PyYieldFrom</c>); each value it yields is yielded at resume point
/// <see cref="State"/>, each value sent and exception thrown goes to it, and its return value is
/// stored to <see cref="Target"/> (when not null). The delegate lives in the frame while it runs.
/// </summary>
internal sealed record BoundYieldFrom(int State, BoundExpr Iterable, BoundTarget? Target, SourceSpan Span) : BoundStmt(Span)
{
    public override T Accept<T>(IBoundStatementVisitor<T> visitor) => visitor.VisitYieldFrom(this);
}

/// <summary>
/// What makes a code object a generator's body: its resume points and, for every statement that
/// contains some, the range of their numbers, so a resume walks from the body to the yield it
/// stopped at (a block enters the statement whose range holds the state, an if its branch, a loop
/// its body without testing again, a try its guarded part, handler or finally clause).
/// </summary>
internal sealed class GeneratorInfo
{
    private readonly Dictionary<BoundStmt, (int First, int Last)> _ranges = new(ReferenceEqualityComparer.Instance);

    private GeneratorInfo(int stateCount) => StateCount = stateCount;

    /// <summary>How many resume points the body has (states 1 ... StateCount; 0 is the start).</summary>
    public int StateCount { get; }

    /// <summary>Whether <paramref name="statement"/> contains a resume point (it must run resumable).</summary>
    public bool HasYield(BoundStmt statement) => _ranges.ContainsKey(statement);

    /// <summary>The first and last resume point in <paramref name="statement"/>; (int.MaxValue, 0) when none.</summary>
    public (int First, int Last) Range(BoundStmt statement) =>
        _ranges.TryGetValue(statement, out var range) ? range : (int.MaxValue, 0);

    /// <summary>The ranges of every statement of <paramref name="body"/>, whose yields are numbered 1 ... <paramref name="stateCount"/>.</summary>
    public static GeneratorInfo Analyze(BoundStmt body, int stateCount)
    {
        var info = new GeneratorInfo(stateCount);
        info.Visit(body);
        return info;
    }

    private (int First, int Last) Visit(BoundStmt statement)
    {
        var range = (First: int.MaxValue, Last: 0);
        void Add(BoundStmt? child)
        {
            if (child is null) return;
            var (first, last) = Visit(child);
            range = (Math.Min(range.First, first), Math.Max(range.Last, last));
        }
        switch (statement)
        {
            case BoundYield y: range = (y.State, y.State); break;
            case BoundYieldFrom y: range = (y.State, y.State); break;
            case BoundBlock block: foreach (var child in block.Statements) Add(child); break;
            case BoundIf s: Add(s.Then); Add(s.Else); break;
            case BoundWhile s: Add(s.Body); Add(s.OrElse); break;
            case BoundFor s: Add(s.Body); Add(s.OrElse); break;
            case BoundTry s:
                Add(s.Body);
                foreach (var handler in s.Handlers) Add(handler.Body);
                Add(s.OrElse);
                Add(s.Finally);
                break;
            default:
                // Any other statement a structured statement of another issue adds (with, ...)
                // must be listed here with its children before it may contain a yield.
                break;
        }
        if (range.Last > 0) _ranges[statement] = range;
        return range;
    }
}
