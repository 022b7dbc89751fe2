using DlrClosures.Scoping;
using DlrClosures.Syntax;
using NUnit.Framework;
using static DlrClosures.Tests.Scoping.Py;

namespace DlrClosures.Tests.Scoping;

/// <summary>
/// What the code objects look like: parameter and co_varnames orders, binding forms, __qualname__,
/// name mangling and the implicit __class__ cell. Expectations come from CPython 3.11 via
/// scope_expectations.py in this folder.
/// </summary>
[TestFixture]
public sealed class ScopeLayoutTests
{
    // def f(a, *args, b, **kw):
    //     c = d
    //     d = 1
    //     for i in e:
    //         pass
    //     e = 2
    [Test]
    public void VarNames_KeywordOnlyBeforeStarArgsThenLocalsInCompileOrder()
    {
        var f = Def("f", "a, *args, b, **kw",
            Assign("c", Name("d")), Assign("d", Const(1L)), For(Name("i"), Name("e"), Pass()), Assign("e", Const(2L)));
        var scope = ScopeAnalyzer.Analyze(Module(f)).GetScope(f);

        // An assignment's value is compiled before its target, a loop's iterable before its target.
        Assert.That(scope.VarNames, Is.EqualTo(new[] { "a", "b", "args", "kw", "d", "c", "e", "i" }));
        Assert.That(scope.Parameters, Is.EqualTo(new[] { "a", "args", "b", "kw" }));
    }

    // def f():
    //     try:
    //         a = 1
    //     except E as e:
    //         b = 1
    //     else:
    //         c = 1
    //     finally:
    //         d = 1
    [Test]
    public void VarNames_TryElseIsCompiledBeforeHandlers()
    {
        var f = Def("f", Try(
            [Assign("a", Const(1L))],
            [Except(Name("E"), "e", Assign("b", Const(1L)))],
            [Assign("c", Const(1L))],
            [Assign("d", Const(1L))]));
        var scope = ScopeAnalyzer.Analyze(Module(f)).GetScope(f);

        Assert.That(scope.VarNames, Is.EqualTo(new[] { "a", "c", "e", "b", "d" }));
        Assert.That(scope.Lookup("E"), Is.EqualTo(BindingKind.GlobalImplicit));
    }

    // def f():
    //     a, *b = c
    //     d += 1
    //     del e
    //     try:
    //         pass
    //     except E as g:
    //         pass
    //     h.attr = 1
    //     k[0] = 1
    [Test]
    public void BindingForms_UnpackingAugmentedDelAndExceptAsBindButAttributeAndItemTargetsDoNot()
    {
        var f = Def("f",
            Assign(Tuple(Name("a"), Star(Name("b"))), Name("c")),
            AugAdd("d", Const(1L)),
            Del("e"),
            Try([Pass()], [Except(Name("E"), "g", Pass())], [], []),
            Assign(Attr(Name("h"), "attr"), Const(1L)),
            Assign(Index(Name("k"), Const(0L)), Const(1L)));
        var scope = ScopeAnalyzer.Analyze(Module(f)).GetScope(f);

        foreach (var name in new[] { "a", "b", "d", "e", "g" })
            Assert.That(scope.Lookup(name), Is.EqualTo(BindingKind.Local), name);
        foreach (var name in new[] { "c", "E", "h", "k" })
            Assert.That(scope.Lookup(name), Is.EqualTo(BindingKind.GlobalImplicit), name);
        Assert.That(scope.VarNames, Is.EqualTo(new[] { "a", "b", "d", "e", "g" }));
    }

    // def outer():
    //     def inner():
    //         return lambda: [lambda: 0 for _ in ()]
    //     class K:
    //         def m(self):
    //             pass
    //     global g
    //     def g():
    //         pass
    // class C:
    //     def method(self):
    //         pass
    // h = lambda: 0
    [Test]
    public void QualifiedName_FollowsCompilerSetQualname()
    {
        var innerLambda = Lambda(Const(0L));
        var comp = ListComp(innerLambda, Gen(Name("_"), Tuple()));
        var outerLambda = Lambda(comp);
        var inner = Def("inner", Return(outerLambda));
        var m = Def("m", "self", Pass());
        var k = Class("K", m);
        var g = Def("g", Pass());
        var outer = Def("outer", inner, k, Global("g"), g);
        var method = Def("method", "self", Pass());
        var c = Class("C", method);
        var h = Lambda(Const(0L));
        var table = ScopeAnalyzer.Analyze(Module(outer, c, Assign("h", h)));

        Assert.That(table.Module.QualifiedName, Is.EqualTo("<module>"));
        Assert.That(table.GetScope(outer).QualifiedName, Is.EqualTo("outer"));
        Assert.That(table.GetScope(inner).QualifiedName, Is.EqualTo("outer.<locals>.inner"));
        Assert.That(table.GetScope(outerLambda).QualifiedName, Is.EqualTo("outer.<locals>.inner.<locals>.<lambda>"));
        Assert.That(table.GetScope(comp).QualifiedName, Is.EqualTo("outer.<locals>.inner.<locals>.<lambda>.<locals>.<listcomp>"));
        // Below a comprehension there is no ".<locals>".
        Assert.That(table.GetScope(innerLambda).QualifiedName, Is.EqualTo("outer.<locals>.inner.<locals>.<lambda>.<locals>.<listcomp>.<lambda>"));
        Assert.That(table.GetScope(k).QualifiedName, Is.EqualTo("outer.<locals>.K"));
        Assert.That(table.GetScope(m).QualifiedName, Is.EqualTo("outer.<locals>.K.m"));
        // A def declared global in its parent is named as if at top level.
        Assert.That(table.GetScope(g).QualifiedName, Is.EqualTo("g"));
        Assert.That(table.GetScope(method).QualifiedName, Is.EqualTo("C.method"));
        Assert.That(table.GetScope(h).QualifiedName, Is.EqualTo("<lambda>"));
        Assert.That(table.Module.Lookup("g"), Is.EqualTo(BindingKind.GlobalExplicit));
        Assert.That(table.GetScope(outer).VarNames, Is.EqualTo(new[] { "inner", "K" }));
    }

    [Test]
    public void ScopeTree_ChildrenInEntryOrderAndNestedBelowFunctionsOnly()
    {
        var lambda = Lambda(Const(0L));
        var m = Def("m", "self", Pass());
        var c = Class("C", m);
        var f = Def("f", c, Do(lambda));
        var top = Class("Top", Def("n", "self", Pass()));
        var table = ScopeAnalyzer.Analyze(Module(f, top));

        Assert.That(table.Module.Children.Select(s => s.Name), Is.EqualTo(new[] { "f", "Top" }));
        Assert.That(table.GetScope(f).Children.Select(s => s.Name), Is.EqualTo(new[] { "C", "<lambda>" }));
        Assert.That(table.GetScope(m).Parent, Is.SameAs(table.GetScope(c)));
        Assert.That(table.GetScope(m).Node, Is.SameAs(m));
        Assert.That(table.Module.IsNested, Is.False);
        Assert.That(table.GetScope(f).IsNested, Is.False);
        Assert.That(table.GetScope(c).IsNested, Is.True);
        Assert.That(table.GetScope(m).IsNested, Is.True);
        Assert.That(table.GetScope(top).IsNested, Is.False);
        Assert.That(table.GetScope(lambda).Kind, Is.EqualTo(ScopeKind.Lambda));
        Assert.That(table.GetScope(c).Kind, Is.EqualTo(ScopeKind.Class));
    }

    // class C:
    //     def __m(self, __a):
    //         __b = 1
    //         return super()
    [Test]
    public void SuperInMethod_ClassGetsImplicitClassCellAndPrivateNamesAreMangled()
    {
        var m = Def("__m", "self, __a", Assign("__b", Const(1L)), Return(Call("super")));
        var c = Class("C", m);
        var table = ScopeAnalyzer.Analyze(Module(c));

        var method = table.GetScope(m);
        Assert.That(method.VarNames, Is.EqualTo(new[] { "self", "_C__a", "_C__b" }));
        Assert.That(method.FreeVars, Is.EqualTo(new[] { "__class__" }));
        Assert.That(method.Lookup("__class__"), Is.EqualTo(BindingKind.Free));
        Assert.That(method.Lookup("__b"), Is.EqualTo(BindingKind.Local));
        Assert.That(method.Lookup("super"), Is.EqualTo(BindingKind.GlobalImplicit));
        Assert.That(method.QualifiedName, Is.EqualTo("C.__m"));
        Assert.That(table.GetScope(c).CellVars, Is.EqualTo(new[] { "__class__" }));
        Assert.That(table.GetScope(c).NeedsClassClosure, Is.True);
        Assert.That(table.GetScope(c).Locals, Is.EqualTo(new[] { "_C__m" }));
        Assert.That(table.GetScope(c).Mangle("__dunder__"), Is.EqualTo("__dunder__"));
    }

    [Test]
    public void GetScope_NodeThatOpensNoScope_Throws()
    {
        var statement = Pass();
        var table = ScopeAnalyzer.Analyze(Module(statement));

        Assert.That(() => table.GetScope(statement), Throws.ArgumentException);
        Assert.That(() => table.GetScope(Def("f", Pass())), Throws.ArgumentException);
    }
}
