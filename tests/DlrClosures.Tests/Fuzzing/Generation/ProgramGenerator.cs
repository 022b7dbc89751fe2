using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using static DlrClosures.Tests.Fuzzing.Generation.GenStatement;
using E = DlrClosures.Tests.Fuzzing.Generation.ExpressionGenerator;

namespace DlrClosures.Tests.Fuzzing.Generation;

/// <summary>
/// An FsCheck generator of well-formed Python programs in the subset both engines run and CPython
/// 3.11 runs the same way (issue 13, point 5): ints, strings, lists, dicts, tuples; if, while and
/// for; def, lambda and closures with nonlocal and global; classes with a subclass calling its
/// base's method; raise and try/except/else/finally; comprehensions; f-strings; print.
/// </summary>
/// <remarks>
/// Every program ends, and quickly: loops run a literal count (a <c>while</c> counts its own
/// counter, incremented first so that <c>continue</c> cannot skip it; a <c>for</c> runs over a
/// range or a slice of at most a few items), nested loops stay within
/// <see cref="GenScope.IterationBudget"/> iterations, recursion stops at depth 50, a function with
/// loops calls only functions without calls, and values grow at most exponentially in the number of
/// iterations. Names are known with their kind before use, so most programs run to their end or to
/// an exception a program of that shape can raise (a missing key, an index out of range, a bad
/// int() argument, a division by zero, a comparison of str and int). Statements are here; the
/// definitions (functions, closures, lambdas, classes) in ProgramGenerator.Definitions.cs.
/// </remarks>
internal static partial class ProgramGenerator
{
    private static readonly ValueKind[] s_dataKinds = [ValueKind.Int, ValueKind.Int, ValueKind.Str, ValueKind.Str, ValueKind.List, ValueKind.Dict, ValueKind.Tuple];

    /// <summary>A program of about <c>size</c> top-level statements.</summary>
    public static Gen<GeneratedProgram> Program =>
        Gen.Sized(size => from block in Block(GenScope.Module, Math.Max(3, size))
                          select new GeneratedProgram(block.Body));

    private sealed record Step(ImmutableList<GenStatement> Body, GenScope After);

    private static Step One(GenStatement statement, GenScope after) => new([statement], after);

    private static Gen<Step> Block(GenScope s, int count) =>
        count == 0
            ? Gen.Constant(new Step([], s))
            : from first in Statement(s)
              from rest in Block(first.After, count - 1)
              select new Step(first.Body.AddRange(rest.Body), rest.After);

    /// <summary>The body of a nested block: one to three statements, whose names do not outlive it.</summary>
    private static Gen<(ImmutableList<GenStatement> Body, GenScope After)> Body(GenScope outer, GenScope inner, int? count = null) =>
        from n in count is { } c ? Gen.Constant(c) : Gen.Choose(1, 3)
        from block in Block(inner, n)
        select (block.Body, outer.AfterBlock(block.After));

    private static Gen<Step> Statement(GenScope s)
    {
        bool canNest = s.Depth < GenScope.MaxDepth;
        var choices = new List<(int, Gen<Step>)>
        {
            (6, NewVariable(s)),
            (5, Print(s)),
            (4, Mutation(s)),
        };
        if (canNest)
        {
            choices.Add((3, If(s)));
            choices.Add((3, For(s)));
            choices.Add((2, While(s)));
            choices.Add((3, Try(s)));
        }
        if (s.InLoop) choices.Add((2, BreakOrContinue(s)));
        if (s.InFunction) choices.Add((1, from c in E.Cond(s, 1) from v in E.Int(s, 1)
                                          select One(Of(new Clause($"if {c}:", [new Simple($"return {v}")])), s)));
        choices.Add((1, Raise(s)));
        choices.Add((2, Unpacking(s)));
        choices.Add((1, LateBinding(s)));
        // An assert whose condition is random fails half the time and ends the program: rare.
        choices.Add((1, from c in E.Cond(s, 1) from m in E.Str(s, 1) from chance in Gen.Choose(0, 3)
                        select One(new Simple(chance == 0 ? $"assert {c}, {m}" : $"assert ({c}) or True"), s)));
        if (s.Depth == 0)
        {
            choices.Add((3, Function(s)));
            choices.Add((2, ClosureFactory(s)));
            choices.Add((2, Lambda(s)));
            choices.Add((1, Recursive(s)));
            choices.Add((2, Class(s)));
            // No class deriving from an exception (class E(Exception)): DlrClosures refuses it with
            // "TypeError: metaclass conflict ..." (PyNames.ClassBases accepts only a PyType; built-in
            // exception classes are PyExceptionType), where CPython makes the class.
        }
        return Gen.Frequency(choices);
    }

    private static Gen<Step> NewVariable(GenScope s) =>
        from kind in Gen.Elements(s_dataKinds)
        from value in E.Of(s, kind, 2)
        let fresh = s.Fresh("v")
        select One(new Simple($"{fresh.Name} = {value}"), fresh.After.Define(fresh.Name, kind));

    private static Gen<Step> Print(GenScope s) => Gen.Frequency(
        (1, from l in E.List(s, 1) from sep in Gen.Elements("", ", sep=','") select One(new Simple($"print(*{l}{sep})"), s)),
        (8, PrintValues(s)));

    private static Gen<Step> PrintValues(GenScope s) =>
        from n in Gen.Choose(0, 3)
        from args in Gen.ListOf(E.Printable(s, 2), n)
        from tail in Gen.Frequency((6, Gen.Constant("")), (1, Gen.Elements(", sep=''", ", sep=' | '", ", end=''", ", end='!\\n'")))
        select One(new Simple($"print({string.Join(", ", args)}{(n == 0 ? tail.TrimStart(',', ' ') : tail)})"), s);

    // Assignments to existing names of the same kind, augmented assignments, and the methods that
    // change lists, dicts and objects in place (no assignment needed, so also on names read from an
    // enclosing scope).
    private static Gen<Step> Mutation(GenScope s)
    {
        var choices = new List<(int, Gen<string>)>();
        foreach (var kind in new[] { ValueKind.Int, ValueKind.Str, ValueKind.List, ValueKind.Dict, ValueKind.Tuple })
        {
            if (s.AssignableOf(kind) is not { Length: > 0 } names) continue;
            choices.Add((2, from n in Gen.Elements(names) from v in E.Of(s, kind, 2) select $"{n} = {v}"));
            if (kind == ValueKind.Int)
                choices.Add((3, from n in Gen.Elements(names) from op in Gen.Elements("+=", "-=", "//=", "%=", "|=")
                                from v in op is "//=" or "%=" ? Gen.Choose(1, 9).Select(k => k.ToString()) : E.Int(s, 1)
                                select $"{n} {op} {v}"));
            if (kind == ValueKind.Str)
                choices.Add((2, from n in Gen.Elements(names) from v in E.StrLiteral select $"{n} += {v}"));
            if (kind == ValueKind.Tuple)
                choices.Add((1, from n in Gen.Elements(names) from v in E.Int(s, 1) select $"{n} += ({v},)"));
        }
        if (s.Of(ValueKind.List) is { Length: > 0 } lists)
        {
            var i = E.Int(s, 1);
            choices.Add((4, from l in Gen.Elements(lists) from v in i
                            from form in Gen.Frequency((8, Gen.Choose(0, 1)), (1, Gen.Choose(2, 7)))
                            select form switch
                            {
                                0 or 1 => $"{l}.append({v})",
                                2 => $"{l}.insert({v}, {v})",
                                3 => $"{l}[{v}] = {v}",
                                4 => $"{l}.extend([{v}, {v}])",
                                5 => $"{l}.pop()",
                                6 => $"{l}.sort()",
                                _ => $"del {l}[{v}]",
                            }));
        }
        if (s.Of(ValueKind.Dict) is { Length: > 0 } dicts)
        {
            choices.Add((3, from d in Gen.Elements(dicts) from k in E.Str(s, 0) from v in E.Int(s, 1)
                            from form in Gen.Frequency((6, Gen.Choose(0, 1)), (1, Gen.Choose(2, 4)))
                            select form switch
                            {
                                0 or 1 => $"{d}[{k}] = {v}",
                                2 => $"del {d}[{k}]",
                                3 => $"{d}.setdefault({k}, {v})",
                                _ => $"{d}.update({{{k}: {v}}})",
                            }));
        }
        if (s.Of(ValueKind.Obj) is { Length: > 0 } objects)
            choices.Add((2, from o in Gen.Elements(objects) from op in Gen.Elements("=", "+=") from v in E.Int(s, 1) select $"{o}.x {op} {v}"));
        if (s.Of(ValueKind.Int) is { Length: >= 2 } ints && s.AssignableOf(ValueKind.Int) is { Length: >= 2 } targets)
            choices.Add((1, from a in Gen.Elements(targets) from b in Gen.Elements(targets.Where(t => t != a).ToArray()) select $"{a}, {b} = {b}, {a}"));
        if (choices.Count == 0) return NewVariable(s);
        return from line in Gen.Frequency(choices) select One(new Simple(line), s);
    }

    // a, b = ...: from divmod (always two), from a tuple or list (ValueError: not enough / too
    // many values to unpack when its length is wrong), with a starred target (a list).
    private static Gen<Step> Unpacking(GenScope s)
    {
        var (a, s1) = s.Fresh("v");
        var (b, s2) = s1.Fresh("v");
        var ints = E.Int(s, 1);
        return Gen.Frequency(
            (3, from x in ints from k in Gen.Choose(1, 9) select One(new Simple($"{a}, {b} = divmod({x}, {k})"), s2.Define(a, ValueKind.Int).Define(b, ValueKind.Int))),
            (1, from t in E.Tuple(s, 1) select One(new Simple($"{a}, {b} = {t}"), s2.Define(a, ValueKind.Int).Define(b, ValueKind.Int))),
            (1, from l in E.List(s, 1) from first in Gen.Elements(true, false)
            select first
                ? One(new Simple($"{a}, *{b} = {l}"), s2.Define(a, ValueKind.Int).Define(b, ValueKind.List))
                : One(new Simple($"*{b}, {a} = {l}"), s2.Define(a, ValueKind.Int).Define(b, ValueKind.List))));
    }

    private static Gen<Step> If(GenScope s) =>
        from c in E.Cond(s, 2)
        from then in Body(s, s.Nested())
        from elifs in Gen.Choose(0, 1)
        from c2 in E.Cond(s, 1)
        from elif in Body(then.After, then.After.Nested())
        from hasElse in Gen.Elements(true, false)
        from otherwise in Body(elif.After, elif.After.Nested())
        let clauses = ImmutableList.Create(new Clause($"if {c}:", then.Body))
            .AddRange(elifs == 1 ? [new Clause($"elif {c2}:", elif.Body)] : [])
            .AddRange(hasElse ? [new Clause("else:", otherwise.Body)] : [])
        select One(new Compound(clauses), otherwise.After);

    private static Gen<int> Times(GenScope s) => Gen.Choose(0, Math.Max(0, Math.Min(5, GenScope.IterationBudget / s.Iterations)));

    private static Gen<Step> For(GenScope s) => Gen.Frequency((4, SimpleFor(s)), (1, PairFor(s)));

    // for i, x in enumerate(...) / d.items() / zip(...): two targets, each a new name.
    private static Gen<Step> PairFor(GenScope s)
    {
        var (x, s1) = s.Fresh("i");
        var (y, inner) = s1.Fresh("i");
        return from n in Times(s)
               from source in Gen.OneOf(
                   from l in E.List(s, 1) select ($"enumerate({l}[:{n}])", ValueKind.Int, ValueKind.Int),
                   from d in E.Dict(s, 1) select ($"list({d}.items())[:{n}]", ValueKind.Str, ValueKind.Int),
                   from l in E.List(s, 1) from t in E.Str(s, 1) select ($"zip({l}[:{n}], {t})", ValueKind.Int, ValueKind.Str))
               from body in Body(s, inner.Nested(Math.Max(1, n), loop: true).Define(x, source.Item2).Define(y, source.Item3))
               select One(Of(new Clause($"for {x}, {y} in {source.Item1}:", body.Body)), body.After);
    }

    private static Gen<Step> SimpleFor(GenScope s)
    {
        var (x, inner) = s.Fresh("i");
        return from n in Times(s)
               from source in ForSource(s, n)
               let kind = source.Kind
               from body in Body(s, inner.Nested(Math.Max(1, n), loop: true).Define(x, kind))
               from hasElse in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
               from otherwise in Body(body.After, body.After.Nested())
               let clauses = ImmutableList.Create(new Clause($"for {x} in {source.Text}:", body.Body))
                   .AddRange(hasElse ? [new Clause("else:", otherwise.Body)] : [])
               select One(new Compound(clauses), otherwise.After);
    }

    // What a for loop runs over: never more than n items, and never a list the body can grow.
    private static Gen<(string Text, ValueKind Kind)> ForSource(GenScope s, int n)
    {
        var choices = new List<(int, Gen<(string, ValueKind)>)>
        {
            (4, Gen.Constant(($"range({n})", ValueKind.Int))),
            (1, from a in Gen.Choose(-2, 2) select ($"range({a}, {a + n})", ValueKind.Int)),
            (1, from x in E.Str(s, 1) select ($"{x}[:{n}]", ValueKind.Str)),
            (1, from l in E.List(s, 1) select ($"{l}[:{n}]", ValueKind.Int)),
            (1, from t in E.Tuple(s, 1) select ($"{t}[:{n}]", ValueKind.Int)),
            (1, from d in E.Dict(s, 1) select ($"list({d})[:{n}]", ValueKind.Str)),
            (1, from l in E.List(s, 1) select ($"sorted({l})[:{n}]", ValueKind.Int)),
        };
        return Gen.Frequency(choices);
    }

    private static Gen<Step> While(GenScope s)
    {
        var (w, inner) = s.Fresh("w");
        return from n in Times(s)
               // The counter is read-only in the body: the loop's end depends on it alone.
               from body in Body(s, inner.Nested(Math.Max(1, n), loop: true).DefineReadOnly(w, ValueKind.Int))
               select new Step(
                   [new Simple($"{w} = 0"), Of(new Clause($"while {w} < {n}:", body.Body.Insert(0, new Simple($"{w} += 1"))))],
                   body.After);
    }

    private static Gen<Step> BreakOrContinue(GenScope s) =>
        from c in E.Cond(s, 1)
        from word in Gen.Elements("break", "continue")
        from bare in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select One(bare ? new Simple(word) : Of(new Clause($"if {c}:", [new Simple(word)])), s);

    private static Gen<string> ExceptionType(GenScope s)
    {
        return Gen.Elements("ValueError", "KeyError", "IndexError", "TypeError", "ZeroDivisionError", "RuntimeError", "Exception", "LookupError", "ArithmeticError");
    }

    private static Gen<Step> Raise(GenScope s) =>
        from type in ExceptionType(s)
        from message in Gen.OneOf(E.Str(s, 1), E.Int(s, 0))
        from bare in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from c in E.Cond(s, 1)
        let raise = new Simple(bare ? $"raise {type}" : $"raise {type}({message})")
        from guarded in Gen.Elements(true, true, false)
        select One(guarded ? Of(new Clause($"if {c}:", [raise])) : raise, s);

    private static Gen<Step> Try(GenScope s)
    {
        var (e, inner) = s.Fresh("e");
        return from body in Body(s, s.Nested())
               from n in Gen.Choose(0, 2)
               from types in Gen.ListOf(Gen.OneOf(
                   ExceptionType(s),
                   from a in ExceptionType(s) from b in ExceptionType(s) select $"({a}, {b})"), n)
               from handlers in Gen.CollectToList(types, t => Handler(body.After, t, e))
               from hasElse in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
               from otherwise in Body(body.After, body.After.Nested())
               from hasFinally in Gen.Elements(n == 0, n == 0, true, false)
               from last in Body(otherwise.After, otherwise.After.Nested())
               let clauses = ImmutableList.Create(new Clause("try:", body.Body))
                   .AddRange(handlers)
                   .AddRange(hasElse && n > 0 ? [new Clause("else:", otherwise.Body)] : [])
                   .AddRange(hasFinally || n == 0 ? [new Clause("finally:", last.Body)] : [])
               select One(new Compound(clauses), last.After.AfterBlock(inner));
    }

    private static Gen<Clause> Handler(GenScope s, string type, string name) =>
        from form in Gen.Choose(0, 3)
        from more in Body(s, s.Nested())
        select form switch
        {
            0 => new Clause($"except {type}:", more.Body),
            1 => new Clause($"except {type} as {name}:", more.Body.Insert(0, new Simple($"print('caught', type({name}).__name__, {name})"))),
            2 => new Clause($"except {type} as {name}:", [new Simple($"print({name}.args)"), new Simple("raise")]),
            _ => new Clause($"except {type} as {name}:", [new Simple($"print(repr({name}))")]),
        };
}
