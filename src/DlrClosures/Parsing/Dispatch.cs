using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// Deciding on the next token instead of trying alternatives. <see cref="On{T}"/> replaces an
/// alternation <c>a.Or(b).Or(c)...</c> whose alternatives each begin with a distinct token: it reads
/// the token once and runs only the alternative that can start with it.
/// <list type="number">
/// <item>The alternatives that are skipped would have failed at the token's start, noting it for
/// "invalid syntax"; so the token's start is noted (a later token is always noted after a success,
/// so this changes nothing where the alternation succeeds).</item>
/// <item>No alternative starts with the token: a failure at it, as every alternative's would have been.</item>
/// <item>The chosen alternative's result is the alternation's: the others cannot start here, so
/// after the chosen one fails they would fail at the token too, and the merged failure is the
/// furthest, the chosen one's. Where the first token does not decide (a string prefix is also a
/// name), the pick returns the alternation as written.</item>
/// </list>
/// </summary>
internal static class Dispatch
{
    private static readonly string[] NoExpectations = [];

    /// <param name="pick">The alternative for the token at a position (given the table and the position), or null.</param>
    public static Parser<T> On<T>(Func<LexicalTable, int, Parser<T>?> pick) => input =>
    {
        var table = Table(input);
        int p = table.SkipBlanks(input.Position);
        ParseContext.Of(input).NoteFailure(p);
        var chosen = pick(table, p);
        if (chosen is null) return Result.Failure<T>(LogicalInput.Jump(input, p), "unexpected token", NoExpectations);
        return chosen(input);
    };

    public static LexicalTable Table(IInput input) =>
        input is LogicalInput logical ? logical.Table : ParseContext.Current.TableFor(input.Source);

    /// <summary>The keyword or name at <paramref name="p"/>, or null.</summary>
    public static string? WordAt(LexicalTable table, int p) =>
        p < table.Text.Length && table.NameAt(p, out _, out string text, out _) ? text : null;

    /// <summary>The operator at <paramref name="p"/> (the longest one), or null.</summary>
    public static string? OperatorAt(LexicalTable table, int p)
    {
        int index = table.OperatorAt(p);
        return index < 0 ? null : LexicalTable.Operators[index];
    }
}
