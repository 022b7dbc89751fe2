using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using static DlrClosures.Tests.Fuzzing.Generation.GenStatement;
using E = DlrClosures.Tests.Fuzzing.Generation.ExpressionGenerator;

namespace DlrClosures.Tests.Fuzzing.Generation;

// The statements that define something callable: functions (with a global), closure factories
// (with nonlocal), lambdas, late-binding lambdas, bounded recursion, classes and subclasses.
internal static partial class ProgramGenerator
{
    // Closures made in a loop see the variable's last value, unless a default captured it at once.
    private static Gen<Step> LateBinding(GenScope s)
    {
        var (c, _) = s.Fresh("c");
        var inner = s.Define(c, ValueKind.Int);
        return from n in Gen.Choose(0, 4)
               from body in E.Int(inner.FunctionBody([], leaf: true).Define(c, ValueKind.Int), 1)
               from captured in Gen.Elements(false, true)
               select One(new Simple(captured
                   ? $"print([f() for f in [lambda {c}={c}: {body} for {c} in range({n})]])"
                   : $"print([f() for f in [lambda: {body} for {c} in range({n})]])"), s);
    }

    // def fN(a, b): ... return <int>. With loops it may call only leaf functions; without calls it
    // is a leaf itself. Sometimes it assigns a module int through a global declaration.
    private static Gen<Step> Function(GenScope s)
    {
        var (f, afterName) = s.Fresh("f");
        return from arity in Gen.Choose(0, 3)
               let parameters = Enumerable.Range(0, arity).Select(i => $"p{afterName.NextName}_{i}").ToArray()
               from globalName in s.AssignableOf(ValueKind.Int) is { Length: > 0 } ints
                   ? Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements(ints).Select(g => (string?)g)))
                   : Gen.Constant<string?>(null)
               let plain = afterName.FunctionBody(parameters, leaf: false)
               let bodyScope = globalName is null ? plain : plain with { Assignable = plain.Assignable.Add(globalName) }
               from count in Gen.Choose(1, 4)
               from body in Body(afterName, bodyScope, count)
               from result in E.Int(bodyScope, 2)
               let statements = (globalName is null ? body.Body : body.Body.Insert(0, new Simple($"global {globalName}")))
                   .Add(new Simple($"return {result}"))
               select One(Of(new Clause($"def {f}({string.Join(", ", parameters)}):", statements)),
                          body.After with { Functions = s.Functions.Add(new GenFunction(f, arity, Leaf: false)) });
    }

    // def fN(a): cell = a; def inner(b): nonlocal cell; ...; return inner. The closure returned
    // (a Func value) is made right away and called later, each call changing the cell.
    private static Gen<Step> ClosureFactory(GenScope s)
    {
        var (f, s1) = s.Fresh("f");
        var (cell, s2) = s1.Fresh("cell");
        var (inner, s3) = s2.Fresh("g");
        var (v, s4) = s3.Fresh("v");
        string a = $"a{s4.NextName}", b = $"b{s4.NextName}";
        var outerScope = s4.FunctionBody([a], leaf: true).Define(cell, ValueKind.Int);
        var innerScope = outerScope.FunctionBody([b], leaf: true) with { Assignable = [b, cell] };
        return from count in Gen.Choose(1, 3)
               from body in Body(s4, innerScope, count)
               from update in Gen.Elements($"{cell} += {b}", $"{cell} = {cell} * 2 + {b}", $"{cell} -= 1")
               from result in E.Int(innerScope, 1)
               from arg in E.Int(s, 1)
               select new Step(
                   [
                       Of(new Clause($"def {f}({a}):",
                       [
                           new Simple($"{cell} = {a}"),
                           Of(new Clause($"def {inner}({b}):", body.Body.Insert(0, new Simple($"nonlocal {cell}")).Insert(1, new Simple(update)).Add(new Simple($"return {result}")))),
                           new Simple($"return {inner}"),
                       ])),
                       new Simple($"{v} = {f}({arg})"),
                   ],
                   body.After.Define(v, ValueKind.Func));
    }

    private static Gen<Step> Lambda(GenScope s)
    {
        var (v, s1) = s.Fresh("v");
        string p = $"x{s1.NextName}";
        var body = s1.FunctionBody([p], leaf: true);
        return from result in E.Int(body, 2)
               from withDefault in Gen.Elements(false, false, true)
               from captured in E.Int(s, 0)
               select One(new Simple(withDefault ? $"{v} = lambda {p}, d={captured}: {result} + d" : $"{v} = lambda {p}: {result}"),
                          s1.Define(v, ValueKind.Func));
    }

    private static Gen<Step> Recursive(GenScope s)
    {
        var (f, s1) = s.Fresh("f");
        string n = $"n{s1.NextName}";
        var body = s1.FunctionBody([n], leaf: true);
        return from stop in E.Int(body, 1)
               from op in Gen.Elements("+", "-", "* 2 +")
               from step in E.Int(body, 1)
               select One(Of(new Clause($"def {f}({n}):",
                          [
                              Of(new Clause($"if {n} <= 0 or {n} > 50:", [new Simple($"return {stop}")])),
                              new Simple($"return {f}({n} - 1) {op} {step}"),
                          ])),
                          s1 with { Functions = s.Functions.Add(new GenFunction(f, 1, Leaf: true)) });
    }

    // class CN: __init__ sets x, m(b) returns an int, __repr__ shows x; sometimes a subclass whose
    // m calls the base class's m. Then an instance (an Obj value). Methods read self.x as an int name.
    private static Gen<Step> Class(GenScope s)
    {
        var (c, s1) = s.Fresh("C");
        var (v, s2) = s1.Fresh("v");
        string b = $"b{s2.NextName}";
        var method = s2.FunctionBody([b], leaf: true);
        method = method with { Vars = method.Vars.SetItem("self.x", ValueKind.Int), Assignable = method.Assignable.Add("self.x") };
        var bases = s.Classes.Where(k => k.StartsWith('C')).ToArray();
        return from count in Gen.Choose(0, 2)
               from body in Body(s2, method, count)
               from result in E.Int(method, 2)
               from baseClass in bases.Length > 0 ? Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Gen.Elements(bases).Select(x => (string?)x))) : Gen.Constant<string?>(null)
               from arg in E.Int(s, 1)
               let m = baseClass is null
                   ? body.Body.Add(new Simple($"return {result}"))
                   // Base.m(self, ...) rather than super().m(...): the generated programs predate super() support.
                   : body.Body.Add(new Simple($"return {baseClass}.m(self, {b}) + {result}"))
               let members = ImmutableList.Create<GenStatement>(
                   Of(new Clause("def __init__(self, a):", [new Simple("self.x = a")])),
                   Of(new Clause($"def m(self, {b}):", m)),
                   Of(new Clause("def __repr__(self):", [new Simple($"return f\"{c}({{self.x!r}})\"")])))
               select new Step(
                   [
                       Of(new Clause(baseClass is null ? $"class {c}:" : $"class {c}({baseClass}):", baseClass is null ? members : members.RemoveAt(0).RemoveAt(1))),
                       new Simple($"{v} = {c}({arg})"),
                   ],
                   body.After with { Classes = s.Classes.Add(c), Vars = s.Vars.SetItem(v, ValueKind.Obj), Assignable = s.Assignable.Add(v) });
    }
}
