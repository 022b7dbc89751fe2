using DlrClosures.Scoping;
using DlrClosures.Syntax;
using NUnit.Framework;
using static DlrClosures.Tests.Scoping.Py;
using DlrClosures.Text;

namespace DlrClosures.Tests.Scoping;

/// <summary>
/// How names are classified in tricky programs. Each test quotes its program; every expectation
/// was produced by CPython 3.11 (scope_expectations.py in this folder, which prints symtable scopes
/// and co_varnames/co_cellvars/co_freevars/co_qualname for the same programs).
/// </summary>
[TestFixture]
public sealed class ScopeAnalyzerTests
{
    private const BindingKind Local = BindingKind.Local, Cell = BindingKind.Cell, Free = BindingKind.Free;
    private const BindingKind GlobalExplicit = BindingKind.GlobalExplicit, GlobalImplicit = BindingKind.GlobalImplicit;

    private static void AssertCode(Scope scope, string[] varNames, string[] cellVars, string[] freeVars)
    {
        Assert.That(scope.VarNames, Is.EqualTo(varNames), $"{scope.QualifiedName} co_varnames");
        Assert.That(scope.CellVars, Is.EqualTo(cellVars), $"{scope.QualifiedName} co_cellvars");
        Assert.That(scope.FreeVars, Is.EqualTo(freeVars), $"{scope.QualifiedName} co_freevars");
    }

    // def make():
    //     fs = []
    //     for i in range(3):
    //         fs.append(lambda: i)
    //     return fs
    [Test]
    public void LateBindingLoopClosure_LoopVariableIsCellAndLambdaTakesItFree()
    {
        var lambda = Lambda(Name("i"));
        var make = Def("make",
            Assign("fs", List()),
            For(Name("i"), Call("range", Const(3L)), Do(Call(Attr(Name("fs"), "append"), lambda))),
            Return(Name("fs")));
        var table = ScopeAnalyzer.Analyze(Module(make));

        var outer = table.GetScope(make);
        Assert.That(outer.Lookup("i"), Is.EqualTo(Cell));
        Assert.That(outer.Lookup("fs"), Is.EqualTo(Local));
        Assert.That(outer.Lookup("range"), Is.EqualTo(GlobalImplicit));
        Assert.That(table.GetScope(lambda).Lookup("i"), Is.EqualTo(Free));
        AssertCode(outer, ["fs"], ["i"], []);
        AssertCode(table.GetScope(lambda), [], [], ["i"]);
        Assert.That(table.GetScope(lambda).QualifiedName, Is.EqualTo("make.<locals>.<lambda>"));
    }

    // def counter():
    //     n = 0
    //     def inc():
    //         nonlocal n
    //         n += 1
    //         return n
    //     def get():
    //         return n
    //     return inc, get
    [Test]
    public void LocalCapturedByTwoSiblings_OneCellSharedByBoth()
    {
        var inc = Def("inc", Nonlocal("n"), AugAdd("n", Const(1L)), Return(Name("n")));
        var get = Def("get", Return(Name("n")));
        var counter = Def("counter", Assign("n", Const(0L)), inc, get, Return(Tuple(Name("inc"), Name("get"))));
        var table = ScopeAnalyzer.Analyze(Module(counter));

        Assert.That(table.GetScope(counter).Lookup("n"), Is.EqualTo(Cell));
        Assert.That(table.GetScope(inc).Lookup("n"), Is.EqualTo(Free));
        Assert.That(table.GetScope(get).Lookup("n"), Is.EqualTo(Free));
        AssertCode(table.GetScope(counter), ["inc", "get"], ["n"], []);
        AssertCode(table.GetScope(inc), [], [], ["n"]);
        AssertCode(table.GetScope(get), [], [], ["n"]);
    }

    // def a():
    //     x = 1
    //     def b():
    //         def c():
    //             nonlocal x
    //             x = 2
    //         return c
    //     return b
    [Test]
    public void NonlocalThroughTwoLevels_MiddleFunctionPassesTheCellThrough()
    {
        var c = Def("c", Nonlocal("x"), Assign("x", Const(2L)));
        var b = Def("b", c, Return(Name("c")));
        var a = Def("a", Assign("x", Const(1L)), b, Return(Name("b")));
        var table = ScopeAnalyzer.Analyze(Module(a));

        Assert.That(table.GetScope(a).Lookup("x"), Is.EqualTo(Cell));
        Assert.That(table.GetScope(b).Lookup("x"), Is.EqualTo(Free));
        Assert.That(table.GetScope(c).Lookup("x"), Is.EqualTo(Free));
        AssertCode(table.GetScope(a), ["b"], ["x"], []);
        AssertCode(table.GetScope(b), ["c"], [], ["x"]);
        AssertCode(table.GetScope(c), [], [], ["x"]);
        Assert.That(table.GetScope(c).QualifiedName, Is.EqualTo("a.<locals>.b.<locals>.c"));
    }

    // def f():
    //     x = 1
    //     class C:
    //         x = 2
    //         def m(self):
    //             nonlocal x
    //             x = 3
    //     return C
    [Test]
    public void NonlocalSkipsClassScope_BindsTheFunctionsVariableAndClassPassesItThrough()
    {
        var m = Def("m", "self", Nonlocal("x"), Assign("x", Const(3L)));
        var c = Class("C", Assign("x", Const(2L)), m);
        var f = Def("f", Assign("x", Const(1L)), c, Return(Name("C")));
        var table = ScopeAnalyzer.Analyze(Module(f));

        Assert.That(table.GetScope(f).Lookup("x"), Is.EqualTo(Cell));
        Assert.That(table.GetScope(c).Lookup("x"), Is.EqualTo(Local));
        Assert.That(table.GetScope(m).Lookup("x"), Is.EqualTo(Free));
        AssertCode(table.GetScope(f), ["C"], ["x"], []);
        AssertCode(table.GetScope(c), [], [], ["x"]);
        AssertCode(table.GetScope(m), ["self"], [], ["x"]);
        Assert.That(table.GetScope(m).QualifiedName, Is.EqualTo("f.<locals>.C.m"));
    }

    // def outer():
    //     x = 1
    //     def reader():
    //         return x
    //     def writer():
    //         global x
    //         x = 2
    //     return reader, writer
    [Test]
    public void GlobalInInnerFunction_OuterStillHasACellOfTheSameName()
    {
        var reader = Def("reader", Return(Name("x")));
        var writer = Def("writer", Global("x"), Assign("x", Const(2L)));
        var outer = Def("outer", Assign("x", Const(1L)), reader, writer, Return(Tuple(Name("reader"), Name("writer"))));
        var table = ScopeAnalyzer.Analyze(Module(outer));

        Assert.That(table.GetScope(outer).Lookup("x"), Is.EqualTo(Cell));
        Assert.That(table.GetScope(reader).Lookup("x"), Is.EqualTo(Free));
        Assert.That(table.GetScope(writer).Lookup("x"), Is.EqualTo(GlobalExplicit));
        AssertCode(table.GetScope(writer), [], [], []);
        AssertCode(table.GetScope(outer), ["reader", "writer"], ["x"], []);
        // symtable.c also records the declaration in the module's own table.
        Assert.That(table.Module.Lookup("x"), Is.EqualTo(GlobalExplicit));
    }

    // def f():
    //     global x
    //     x = 1
    //     def g():
    //         return x
    [Test]
    public void GlobalDeclaration_NestedFunctionReadsTheGlobal()
    {
        var g = Def("g", Return(Name("x")));
        var f = Def("f", Global("x"), Assign("x", Const(1L)), g);
        var table = ScopeAnalyzer.Analyze(Module(f));

        Assert.That(table.GetScope(f).Lookup("x"), Is.EqualTo(GlobalExplicit));
        Assert.That(table.GetScope(g).Lookup("x"), Is.EqualTo(GlobalImplicit));
        AssertCode(table.GetScope(f), ["g"], [], []);
    }

    // class C:
    //     y = 1
    //     def m(self):
    //         return y
    [Test]
    public void ClassMethod_DoesNotSeeClassVariables()
    {
        var m = Def("m", "self", Return(Name("y")));
        var c = Class("C", Assign("y", Const(1L)), m);
        var table = ScopeAnalyzer.Analyze(Module(c));

        Assert.That(table.GetScope(c).Lookup("y"), Is.EqualTo(Local));
        Assert.That(table.GetScope(m).Lookup("y"), Is.EqualTo(GlobalImplicit));
        Assert.That(table.GetScope(c).Lookup("unknown"), Is.EqualTo(GlobalImplicit));
        AssertCode(table.GetScope(c), [], [], []);
        Assert.That(table.GetScope(m).QualifiedName, Is.EqualTo("C.m"));
    }

    // def f():
    //     x = 1
    //     class C:
    //         global x
    //         def m(self):
    //             return x
    [Test]
    public void ClassDeclaresGlobal_MethodStillTakesTheFunctionsCell()
    {
        var m = Def("m", "self", Return(Name("x")));
        var c = Class("C", Global("x"), m);
        var f = Def("f", Assign("x", Const(1L)), c);
        var table = ScopeAnalyzer.Analyze(Module(f));

        Assert.That(table.GetScope(c).Lookup("x"), Is.EqualTo(GlobalExplicit));
        Assert.That(table.GetScope(m).Lookup("x"), Is.EqualTo(Free));
        Assert.That(table.GetScope(f).Lookup("x"), Is.EqualTo(Cell));
        AssertCode(table.GetScope(c), [], [], ["x"]);
        AssertCode(table.GetScope(f), ["C"], ["x"], []);
    }

    // def f(xs):
    //     k = 2
    //     return [x * k for x in xs if x > k]
    [Test]
    public void Comprehension_CapturesEnclosingLocalAndReadsOutermostIterableOutside()
    {
        var comp = ListComp(Mul(Name("x"), Name("k")), Gen(Name("x"), Name("xs"), Gt(Name("x"), Name("k"))));
        var f = Def("f", "xs", Assign("k", Const(2L)), Return(comp));
        var table = ScopeAnalyzer.Analyze(Module(f));

        var inner = table.GetScope(comp);
        Assert.That(table.GetScope(f).Lookup("xs"), Is.EqualTo(Local));
        Assert.That(table.GetScope(f).Lookup("k"), Is.EqualTo(Cell));
        Assert.That(inner.Lookup("k"), Is.EqualTo(Free));
        Assert.That(inner.Lookup("x"), Is.EqualTo(Local));
        Assert.That(inner.Lookup("xs"), Is.EqualTo(GlobalImplicit));
        Assert.That(inner.Kind, Is.EqualTo(ScopeKind.Comprehension));
        Assert.That(inner.Parameters, Is.EqualTo(new[] { ".0" }));
        AssertCode(table.GetScope(f), ["xs"], ["k"], []);
        AssertCode(inner, [".0", "x"], [], ["k"]);
        Assert.That(inner.QualifiedName, Is.EqualTo("f.<locals>.<listcomp>"));
    }

    // def f(xs):
    //     ys = 1
    //     return {y: x for x in xs for y in ys}
    [Test]
    public void NestedComprehensionIterable_IsEvaluatedInsideTheComprehension()
    {
        var comp = DictComp(Name("y"), Name("x"), Gen(Name("x"), Name("xs")), Gen(Name("y"), Name("ys")));
        var f = Def("f", "xs", Assign("ys", Const(1L)), Return(comp));
        var table = ScopeAnalyzer.Analyze(Module(f));

        Assert.That(table.GetScope(f).Lookup("ys"), Is.EqualTo(Cell));
        AssertCode(table.GetScope(f), ["xs"], ["ys"], []);
        AssertCode(table.GetScope(comp), [".0", "x", "y"], [], ["ys"]);
        Assert.That(table.GetScope(comp).Name, Is.EqualTo("<dictcomp>"));
    }

    // class C:
    //     y = 1
    //     z = [y for _ in range(3)]
    [Test]
    public void ComprehensionInClassBody_DoesNotSeeClassVariables()
    {
        var comp = ListComp(Name("y"), Gen(Name("_"), Call("range", Const(3L))));
        var c = Class("C", Assign("y", Const(1L)), Assign("z", comp));
        var table = ScopeAnalyzer.Analyze(Module(c));

        Assert.That(table.GetScope(comp).Lookup("y"), Is.EqualTo(GlobalImplicit));
        Assert.That(table.GetScope(c).Lookup("range"), Is.EqualTo(GlobalImplicit));
        AssertCode(table.GetScope(comp), [".0", "_"], [], []);
        Assert.That(table.GetScope(comp).QualifiedName, Is.EqualTo("C.<listcomp>"));
    }

    // def f():
    //     for i in range(3):
    //         g = lambda i=i: i
    //     return g
    [Test]
    public void LambdaDefault_IsEvaluatedOutsideSoNothingIsCaptured()
    {
        var lambda = Lambda(Params("i", Name("i")), Name("i"));
        var f = Def("f", For(Name("i"), Call("range", Const(3L)), Assign("g", lambda)), Return(Name("g")));
        var table = ScopeAnalyzer.Analyze(Module(f));

        Assert.That(table.GetScope(f).Lookup("i"), Is.EqualTo(Local));
        Assert.That(table.GetScope(lambda).Lookup("i"), Is.EqualTo(Local));
        AssertCode(table.GetScope(f), ["i", "g"], [], []);
        AssertCode(table.GetScope(lambda), ["i"], [], []);
    }

    // def f():
    //     d = 1
    //     B = object
    //     @d
    //     def g(p=d, *, q=B):
    //         pass
    //     class C(B):
    //         pass
    [Test]
    public void DecoratorsDefaultsAndBases_AreEvaluatedInTheEnclosingScope()
    {
        var gArgs = Params([Arg("p")], keywordOnly: [Arg("q")], defaults: [Name("d")], kwDefaults: [Name("B")]);
        var g = new FunctionDefStmt("g", gArgs, [Pass()], [Name("d")], SourceSpan.None);
        var c = new ClassDefStmt("C", [Name("B")], [], [Pass()], [], SourceSpan.None);
        var f = Def("f", Assign("d", Const(1L)), Assign("B", Name("object")), g, c);
        var table = ScopeAnalyzer.Analyze(Module(f));

        Assert.That(table.GetScope(f).Lookup("d"), Is.EqualTo(Local));
        Assert.That(table.GetScope(f).Lookup("B"), Is.EqualTo(Local));
        AssertCode(table.GetScope(f), ["d", "B", "g", "C"], [], []);
        AssertCode(table.GetScope(g), ["p", "q"], [], []);
    }

    // def f(a, b):
    //     x = 1
    //     y = 2
    //     def g():
    //         return a + x + z
    //     z = 3
    [Test]
    public void ParameterCapturedByInnerFunction_StaysInVarNamesAndIsACell()
    {
        var g = Def("g", Return(Add(Add(Name("a"), Name("x")), Name("z"))));
        var f = Def("f", "a, b", Assign("x", Const(1L)), Assign("y", Const(2L)), g, Assign("z", Const(3L)));
        var table = ScopeAnalyzer.Analyze(Module(f));

        Assert.That(table.GetScope(f).Lookup("a"), Is.EqualTo(Cell));
        Assert.That(table.GetScope(f).Lookup("b"), Is.EqualTo(Local));
        AssertCode(table.GetScope(f), ["a", "b", "y", "g"], ["a", "x", "z"], []);
        AssertCode(table.GetScope(g), [], [], ["a", "x", "z"]);
        Assert.That(table.GetScope(f).Locals, Is.EquivalentTo(new[] { "a", "b", "x", "y", "g", "z" }));
    }

    // def f():
    //     b = 1
    //     a = 2
    //     def g():
    //         return b + a
    [Test]
    public void CellAndFreeVars_AreSortedByName()
    {
        var g = Def("g", Return(Add(Name("b"), Name("a"))));
        var f = Def("f", Assign("b", Const(1L)), Assign("a", Const(2L)), g);
        var table = ScopeAnalyzer.Analyze(Module(f));

        AssertCode(table.GetScope(f), ["g"], ["a", "b"], []);
        AssertCode(table.GetScope(g), [], [], ["a", "b"]);
    }

    // def f():
    //     x = [x]
    [Test]
    public void SelfReferencingAssignment_NameIsLocal()
    {
        var f = Def("f", Assign("x", List(Name("x"))));
        var module = Module(f, Assign("x", List(Name("x"))));
        var table = ScopeAnalyzer.Analyze(module);

        Assert.That(table.GetScope(f).Lookup("x"), Is.EqualTo(Local));
        Assert.That(table.Module.Lookup("x"), Is.EqualTo(Local));
        AssertCode(table.GetScope(f), ["x"], [], []);
    }

    // x = 0
    // def f():
    //     print(x)
    //     x = 1
    [Test]
    public void AssignmentAfterUse_MakesTheNameLocalForTheWholeFunction()
    {
        var f = Def("f", Do(Call("print", Name("x"))), Assign("x", Const(1L)));
        var table = ScopeAnalyzer.Analyze(Module(Assign("x", Const(0L)), f));

        Assert.That(table.GetScope(f).Lookup("x"), Is.EqualTo(Local));
        Assert.That(table.GetScope(f).Lookup("print"), Is.EqualTo(GlobalImplicit));
        AssertCode(table.GetScope(f), ["x"], [], []);
    }
}
