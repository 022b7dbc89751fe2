using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// State of the one parse running on this thread: the logical source (to turn logical positions into
/// original spans), the furthest position at which a token failed (where "invalid syntax" points),
/// and the nesting depth of recursive rules.
/// </summary>
/// <remarks>
/// The grammar is a set of static parsers (house style), and LINQ <c>select</c> clauses see values,
/// not the input; a thread-static is the one way the current file's offset map reaches them. A parse
/// never leaves its thread, and <see cref="Enter"/> restores the previous context, so nested parses
/// (f-string fields, <see cref="PythonParser.TryParseExpression"/>) are safe.
/// </remarks>
internal sealed class ParseContext
{
    /// <summary>Deeper than this, recursion is refused rather than risk the process's stack.</summary>
    private const int MaxDepth = 1000;

    /// <summary>The longest run of prefix operators (<c>- - x</c>, <c>not not x</c>) accepted; CPython 3.11 compiles 1,000 and fails at 3,000.</summary>
    public const int MaxPrefixRun = 1000;

    [ThreadStatic] private static ParseContext? _current;

    /// <summary>
    /// On the caller's own stack, nesting deeper than this hands the parse over to the large-stack
    /// thread (<see cref="PythonParser"/> explains the rule).
    /// </summary>
    public const int ShallowDepth = 40;

    private readonly ParseContext? _previous;
    private readonly bool _onCallerStack;
    private int _depth;

    private ParseContext(LogicalSource logical, ParseContext? previous, bool onCallerStack)
    {
        Logical = logical;
        _previous = previous;
        _onCallerStack = onCallerStack || previous?._onCallerStack == true;
    }

    public static ParseContext Current => _current ?? throw new InvalidOperationException("No parse is running on this thread.");

    /// <summary>The parse <paramref name="input"/> belongs to: read from the input, which is cheaper than the thread-static <see cref="Current"/>.</summary>
    public static ParseContext Of(Sprache.IInput input) => input is LogicalInput logical ? logical.Table.Context : Current;

    public LogicalSource Logical { get; }

    private LexicalTable? _table;

    /// <summary>The token table of <paramref name="text"/>: the file's own, made once per parse, or a new one for other text.</summary>
    public LexicalTable TableFor(string text)
    {
        if (_table is not null && ReferenceEquals(_table.Text, text)) return _table;
        var table = new LexicalTable(text, this);
        if (ReferenceEquals(text, Logical.Text)) _table = table;
        return table;
    }

    /// <summary>The furthest logical position at which a token was expected and not found.</summary>
    public int FurthestFailure { get; private set; } = -1;

    /// <summary>Makes a context current until the returned scope is disposed.</summary>
    /// <param name="logical">The file being parsed.</param>
    /// <param name="onCallerStack">True when the parse runs on a stack of unknown size, where deep nesting must give up (<see cref="NeedsLargeStackException"/>) rather than fail.</param>
    public static Scope Enter(LogicalSource logical, bool onCallerStack = false)
    {
        _current = new ParseContext(logical, _current, onCallerStack);
        return new Scope();
    }

    /// <summary>Undoes the failures a speculative probe (an error-hint check) noted, so it cannot move "invalid syntax".</summary>
    public void RestoreFailure(int furthest) => FurthestFailure = furthest;

    /// <summary>How many brackets enclose the position being parsed (CPython's token <c>level</c>).</summary>
    public int BracketLevel { get; set; }

    /// <summary>Above zero while a hint probe runs: hints (the comma hint) are not raised inside it.</summary>
    public int HintsOff { get; set; }

    public void NoteFailure(int position)
    {
        if (position > FurthestFailure) FurthestFailure = position;
    }

    public SourceSpan Span(int start, int end) => Logical.Span(start, end);

    public SourceSpan Span(Token first, Token last) => Logical.Span(first.Start, last.End);

    public PyException Error(string message, int start, int end, PyExceptionType? type = null) =>
        PyErrors.SyntaxError(message, Logical.Source, Span(start, end), type);

    /// <summary>The last error raised by the tokenizer's share of the work (malformed numbers): it outranks an unclosed bracket.</summary>
    public PyException? TokenizerError { get; private set; }

    public PyException TokenizerErrorAt(string message, int start, int end) => TokenizerError = Error(message, start, end);

    public PyException Error(string message, SourceSpan span, PyExceptionType? type = null) =>
        PyErrors.SyntaxError(message, Logical.Source, span, type);

    /// <summary>Enters a recursive rule; throws a SyntaxError instead of overflowing the stack.</summary>
    public void Descend(int position)
    {
        if (_onCallerStack && (_depth + 1 > ShallowDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
            throw new NeedsLargeStackException();
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth = 0;
            throw Error(SyntaxMessages.TooComplex, position, position + 1);
        }
    }

    public void Ascend() => _depth--;

    /// <summary>Restores the enclosing parse's context.</summary>
    public readonly struct Scope : IDisposable
    {
        public void Dispose()
        {
            _current?._table?.Release();
            _current = _current?._previous;
        }
    }
}
