using System.Collections.Immutable;

namespace DlrClosures.Tests.Fuzzing.Generation;

/// <summary>
/// A statement of a generated program, on the generator's side: kept apart from the engine's own
/// syntax records so that the generator can be printed and shrunk without the parser. A
/// <see cref="Simple"/> statement is one line of source; a <see cref="Compound"/> one is a list of
/// clauses (<c>if</c>/<c>elif</c>/<c>else</c>, <c>try</c>/<c>except</c>/<c>finally</c>, a
/// <c>def</c>, ...), each a header line and an indented body.
/// </summary>
internal abstract record GenStatement
{
    private GenStatement() { }

    /// <summary>One line, without indentation or line break.</summary>
    public sealed record Simple(string Line) : GenStatement;

    /// <summary>Clauses printed one after the other at the same indentation.</summary>
    public sealed record Compound(ImmutableList<Clause> Clauses) : GenStatement;

    /// <summary>A header such as <c>while w3 &lt; 4:</c> and its body (never empty when printed).</summary>
    public sealed record Clause(string Header, ImmutableList<GenStatement> Body);

    public static Compound Of(params Clause[] clauses) => new([.. clauses]);
}
