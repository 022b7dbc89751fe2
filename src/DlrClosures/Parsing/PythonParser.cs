using DlrClosures.Runtime.Operations;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using Sprache;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// The one way into the parser. Input: Python 3 source text. Output: an immutable
/// <see cref="ModuleNode"/> (or expression) whose every node carries its span in that text; any
/// problem is a <see cref="PyException"/> of type SyntaxError or IndentationError, worded and placed
/// as CPython 3.11 places it.
/// <list type="number">
/// <item><see cref="LayoutScanner"/> turns the file into logical lines with INDENT/DEDENT/NEWLINE
/// markers and raises tokenizer errors.</item>
/// <item>The Sprache grammar (<see cref="CompoundStatementGrammar"/> down to <see cref="Tokens"/>)
/// parses the logical text; validation errors (bad targets, argument order) are raised as they are met.</item>
/// <item>If the grammar stops early, the furthest position where a token was expected becomes
/// "invalid syntax" (or "unexpected indent" when an INDENT marker stands there).</item>
/// </list>
/// <para>Where it runs. A combinator parser spends many frames per nesting level, and CPython accepts
/// 200 bracket levels, so deep input is parsed on a thread with a 256 MB stack. Starting a thread
/// per parse is wasteful for ordinary code, so the rule is:</para>
/// <list type="number">
/// <item>The layout scan (iterative, safe on any stack) runs on the calling thread and records the
/// deepest bracket nesting. Above <see cref="ShallowBracketDepth"/> levels, parse on the large stack.</item>
/// <item>Otherwise parse on the calling thread. Nesting without brackets (<c>2**2**...</c>,
/// <c>lambda: lambda: ...</c>, long <c>elif</c> chains, deep blocks) is not visible to the scan,
/// so <see cref="ParseContext.Descend"/> also gives up past <see cref="ParseContext.ShallowDepth"/>
/// recursive levels or when <see cref="System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack"/>
/// says the caller's stack is running low; the parse is then done again from the start on the
/// large stack. The grammar is deterministic and has no effects but its ParseContext, so the second
/// run reaches the same result.</item>
/// </list>
/// Runs of prefix operators (<c>- - - x</c>, <c>not not x</c>) and long binary or trailer chains are
/// read iteratively (<c>Many</c>), so their length costs no stack and is not part of the rule.
/// <para>Nothing from Sprache escapes: any exception other than a <see cref="PyException"/> becomes
/// "invalid syntax" at the furthest position the grammar reached.</para>
/// </summary>
internal static class PythonParser
{
    /// <summary>Files whose brackets nest deeper than this are parsed on the large stack straight away.</summary>
    private const int ShallowBracketDepth = 20;

    /// <summary>Parses a whole file or code string.</summary>
    /// <exception cref="PyException">A SyntaxError or IndentationError, with its location.</exception>
    public static ModuleNode ParseModule(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var logical = LayoutScanner.Scan(source);
        return Run(logical, onCallerStack =>
        {
            using var scope = ParseContext.Enter(logical, onCallerStack);
            var body = Guard(logical, () => logical.UnclosedBracket is { } unclosed
                ? ParseWithUnclosedBracket(logical, unclosed)
                : ParseAll(CompoundStatementGrammar.Module, logical));
            return new ModuleNode(body, source, source.Span(0, source.Text.Length));
        });
    }

    /// <summary>
    /// The expression that makes up the whole of <paramref name="source"/> (blank lines and comments
    /// around it allowed), or null when the text is not exactly one expression. Never throws for that.
    /// </summary>
    public static Expr? TryParseExpression(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        LogicalSource logical;
        try
        {
            logical = LayoutScanner.Scan(source);
        }
        catch (PyException)
        {
            return null;
        }
        return Run(logical, onCallerStack =>
        {
            try
            {
                using var scope = ParseContext.Enter(logical, onCallerStack);
                // Leading indentation is allowed, as eval() strips it.
                var parser =
                    from indent in Tokens.IndentMarker.Optional()
                    from expr in ExpressionGrammar.TestListStarExpr
                    from newline in Tokens.NewlineMarker
                    from dedent in Tokens.DedentMarker.Many()
                    select expr;
                var result = Guard(logical, () => parser(new LogicalInput(logical.Text)));
                return result.WasSuccessful && result.Remainder.AtEnd ? result.Value : null;
            }
            catch (PyException)
            {
                return null;
            }
        });
    }

    /// <summary>
    /// For a REPL: true when <paramref name="text"/> (lines as typed, each ending in a newline) needs
    /// more lines: an open bracket, an unterminated triple-quoted string, a trailing backslash, or a
    /// compound statement not yet ended by a blank line.
    /// </summary>
    public static bool IsIncomplete(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LayoutScanner.NeedsMoreInput(text);
    }

    /// <summary>
    /// A file with an unclosed bracket cannot parse. Which error wins follows CPython 3.11
    /// (pegen_errors.c, <c>_PyPegen_tokenize_full_source_to_check_for_errors</c>): a tokenizer error
    /// (a malformed number) and any error before the bracket stand; "invalid syntax" on the bracket's
    /// own line stands (the parser failed before reaching the end); any other error, such as a hint
    /// raised inside the bracket, gives way to "'(' was never closed".
    /// </summary>
    private static System.Collections.Immutable.ImmutableArray<Stmt> ParseWithUnclosedBracket(LogicalSource logical, PyException unclosed)
    {
        try
        {
            ParseAll(CompoundStatementGrammar.Module, logical);
        }
        catch (PyException error) when (Stands(error, unclosed, logical))
        {
            throw;
        }
        catch (PyException)
        {
        }
        throw unclosed;
    }

    private static bool Stands(PyException error, PyException unclosed, LogicalSource logical)
    {
        if (error.Type != PyExceptionType.SyntaxError || ReferenceEquals(error, ParseContext.Current.TokenizerError)) return true;
        // A parse that ran out of input (the file ends inside the bracket, with or without a final
        // newline) is the bracket's fault: CPython's tokenizer reports it at end of file.
        if (error.Span is { } end && end.Start >= logical.Source.Text.TrimEnd().Length) return false;
        if (error.Span is { } at && unclosed.Span is { } bracket && at.Start < bracket.Start) return true;
        return error.Message == SyntaxMessages.InvalidSyntax && error.SyntaxLocation?.Line == unclosed.SyntaxLocation?.Line;
    }

    private static T ParseAll<T>(Parser<T> parser, LogicalSource logical)
    {
        var result = parser(new LogicalInput(logical.Text));
        if (result.WasSuccessful && result.Remainder.AtEnd) return result.Value;
        int stop = result.WasSuccessful ? result.Remainder.Position : 0;
        throw InvalidSyntax(logical, Math.Max(stop, ParseContext.Current.FurthestFailure));
    }

    private static PyException InvalidSyntax(LogicalSource logical, int position)
    {
        var context = ParseContext.Current;
        string text = logical.Text;
        if (position < text.Length && text[position] == LayoutScanner.Indent)
        {
            // CPython places "unexpected indent" on the last character of the indentation.
            var at = logical.Source.GetPosition(logical.OriginalOffset(position));
            int column = Math.Max(1, at.Column - 1);
            var span = new SourceSpan(logical.OriginalOffset(position), logical.OriginalOffset(position), at.Line, column, at.Line, column);
            return context.Error(SyntaxMessages.UnexpectedIndent, span, PyExceptionType.IndentationError);
        }
        return context.Error(SyntaxMessages.InvalidSyntax, CompoundStatementGrammar.WordSpan(logical, Math.Min(position, text.Length)));
    }

    /// <summary>Runs <paramref name="parse"/> on the calling thread when that is safe, else on the large stack (see the class summary).</summary>
    private static T Run<T>(LogicalSource logical, Func<bool, T> parse)
    {
        if (logical.MaxBracketDepth <= ShallowBracketDepth)
        {
            try
            {
                return parse(true);
            }
            catch (NeedsLargeStackException)
            {
            }
        }
        return LargeStack.OnLargeStack(() => parse(false));
    }

    /// <summary>The safety net: an exception the grammar did not mean (a Sprache <c>ParseException</c>, a bug) becomes "invalid syntax".</summary>
    private static T Guard<T>(LogicalSource logical, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is not (PyException or NeedsLargeStackException))
        {
            throw InvalidSyntax(logical, Math.Max(0, ParseContext.Current.FurthestFailure));
        }
    }
}
