using System.Collections.Immutable;

namespace DlrClosures.Tests.Fuzzing.Generation;

/// <summary>The kind of value a generated name holds; the generator keeps each name to one kind.</summary>
internal enum ValueKind { Int, Str, List, Dict, Tuple, Func, Obj }

/// <summary>A generated function: every one takes ints and returns an int.</summary>
/// <param name="Leaf">Whether its body calls no generated function, so that calling it costs a bounded amount.</param>
internal sealed record GenFunction(string Name, int Arity, bool Leaf);

/// <summary>
/// What the generator knows at one point of a program: the names it may read (with their kind),
/// those it may assign (its own locals, or names declared <c>nonlocal</c>/<c>global</c>), the
/// functions and classes it may call, and how deep it is. Statements thread it forward; a block's
/// new names do not survive it (a loop may not run, a branch may not be taken), only its name counter
/// does, so names are never reused.
/// </summary>
/// <param name="Iterations">The product of the iteration counts of the enclosing loops, kept under
/// a budget so that every program ends quickly: loops run a literal number of times, recursion goes
/// a literal depth, and a function with loops calls only leaf functions.</param>
internal sealed record GenScope(
    ImmutableDictionary<string, ValueKind> Vars,
    ImmutableHashSet<string> Assignable,
    ImmutableList<GenFunction> Functions,
    ImmutableList<string> Classes,
    int NextName,
    int Depth,
    int Iterations,
    bool InFunction,
    bool InLoop)
{
    /// <summary>Most iterations any statement may run in one program, as a product of nested loops.</summary>
    public const int IterationBudget = 30;

    public const int MaxDepth = 3;

    public static readonly GenScope Module = new(
        ImmutableDictionary<string, ValueKind>.Empty, [], [], [], 0, 0, 1, InFunction: false, InLoop: false);

    public string[] Of(ValueKind kind) => [.. Vars.Where(v => v.Value == kind).Select(v => v.Key).Order(StringComparer.Ordinal)];

    public string[] AssignableOf(ValueKind kind) => [.. Of(kind).Where(Assignable.Contains)];

    public (string Name, GenScope After) Fresh(string prefix) => ($"{prefix}{NextName}", this with { NextName = NextName + 1 });

    public GenScope Define(string name, ValueKind kind) =>
        this with { Vars = Vars.SetItem(name, kind), Assignable = Assignable.Add(name) };

    /// <summary>A name the code may read but not assign (a while loop's counter).</summary>
    public GenScope DefineReadOnly(string name, ValueKind kind) => this with { Vars = Vars.SetItem(name, kind) };

    /// <summary>The scope after a block generated from this one: the block's names are gone, its counter stays.</summary>
    public GenScope AfterBlock(GenScope inner) => this with { NextName = Math.Max(NextName, inner.NextName) };

    /// <summary>A nested block (the body of an if, a loop running <paramref name="times"/>, a try).</summary>
    public GenScope Nested(int times = 1, bool loop = false) =>
        this with { Depth = Depth + 1, Iterations = Iterations * times, InLoop = InLoop || loop };

    /// <summary>
    /// The body of a function: it reads what is visible here, assigns only its parameters (and the
    /// names it declares), and runs once per call. A leaf calls nothing generated (no function,
    /// closure, lambda or method); any other function calls only leaves. So a call chain is two deep
    /// at most and every call costs a bounded amount.
    /// </summary>
    public GenScope FunctionBody(IEnumerable<string> parameters, bool leaf)
    {
        var visible = leaf ? Vars.Where(v => v.Value is not (ValueKind.Func or ValueKind.Obj)).ToImmutableDictionary() : Vars;
        return this with
        {
            Vars = visible.SetItems(parameters.Select(p => KeyValuePair.Create(p, ValueKind.Int))),
            Assignable = [.. parameters],
            Functions = leaf ? [] : [.. Functions.Where(f => f.Leaf)],
            Depth = Depth + 1,
            Iterations = 1,
            InFunction = true,
            InLoop = false,
        };
    }
}
