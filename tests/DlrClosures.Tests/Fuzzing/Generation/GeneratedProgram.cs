using System.Collections.Immutable;
using System.Text;

namespace DlrClosures.Tests.Fuzzing.Generation;

/// <summary>
/// A generated program: its statements, printed back to Python source by <see cref="ToString"/>,
/// and the one-step reductions the shrinker tries (<see cref="Reductions"/>).
/// </summary>
internal sealed record GeneratedProgram(ImmutableList<GenStatement> Body)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        Print(text, Body, 0);
        return text.ToString();
    }

    public int StatementCount => Count(Body);

    private static int Count(ImmutableList<GenStatement> body) =>
        body.Sum(s => s is GenStatement.Compound c ? 1 + c.Clauses.Sum(k => Count(k.Body)) : 1);

    private static void Print(StringBuilder text, ImmutableList<GenStatement> body, int indent)
    {
        // An emptied body (after shrinking) still needs a statement to be a block.
        if (body.IsEmpty && indent > 0) text.Append(' ', indent).Append("pass\n");
        foreach (var statement in body)
        {
            switch (statement)
            {
                case GenStatement.Simple simple:
                    text.Append(' ', indent).Append(simple.Line).Append('\n');
                    break;
                case GenStatement.Compound compound:
                    foreach (var clause in compound.Clauses)
                    {
                        text.Append(' ', indent).Append(clause.Header).Append('\n');
                        Print(text, clause.Body, indent + 4);
                    }
                    break;
            }
        }
    }

    /// <summary>
    /// Every program one step smaller, the biggest steps first: a statement deleted, a compound
    /// statement replaced by the body of one of its clauses, a clause after the first dropped. Many
    /// are no longer valid Python; the shrinker keeps only those CPython still runs.
    /// </summary>
    public IEnumerable<GeneratedProgram> Reductions() =>
        Reduce(Body).OrderByDescending(r => StatementCount - Count(r)).Select(r => new GeneratedProgram(r));

    private static IEnumerable<ImmutableList<GenStatement>> Reduce(ImmutableList<GenStatement> body)
    {
        for (int i = 0; i < body.Count; i++)
        {
            yield return body.RemoveAt(i);
            if (body[i] is not GenStatement.Compound compound) continue;
            foreach (var clause in compound.Clauses)
                yield return body.RemoveAt(i).InsertRange(i, clause.Body);
            for (int c = 1; c < compound.Clauses.Count; c++)
                yield return body.SetItem(i, compound with { Clauses = compound.Clauses.RemoveAt(c) });
            for (int c = 0; c < compound.Clauses.Count; c++)
            {
                var clause = compound.Clauses[c];
                foreach (var smaller in Reduce(clause.Body))
                    yield return body.SetItem(i, compound with { Clauses = compound.Clauses.SetItem(c, clause with { Body = smaller }) });
            }
        }
    }
}
