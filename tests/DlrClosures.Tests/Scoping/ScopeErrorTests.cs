using DlrClosures.Binding;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using NUnit.Framework;
using static DlrClosures.Tests.Scoping.Py;
using DlrClosures.Text;

namespace DlrClosures.Tests.Scoping;

/// <summary>
/// Compile-time errors of scope analysis and of the binding stage after it (misplaced return,
/// break and continue): CPython 3.11's exact text, line, offset and end offset (from
/// scope_expectations.py, ERRORS), and which error wins when there are several.
/// </summary>
[TestFixture]
public sealed class ScopeErrorTests
{
    private static void AssertSyntaxError(ModuleNode module, string message, int line, int offset, int endOffset)
    {
        var error = Assert.Throws<PyException>(() => Binder.Bind(module, ScopeAnalyzer.Analyze(module), CompileMode.Exec))!;
        Assert.That(error.FormatExceptionOnly(), Is.EqualTo("SyntaxError: " + message));
        Assert.That(error.SyntaxLocation, Is.Not.Null);
        Assert.That((error.SyntaxLocation!.Line, error.SyntaxLocation.Column, error.SyntaxLocation.EndColumn),
            Is.EqualTo((line, offset, endOffset)));
        Assert.That(error.SyntaxLocation.LineText, Is.EqualTo(module.Source.GetLine(line)));
    }

    private static SourceText Source(string text) => new(text, "<string>");

    [Test]
    public void NonlocalWithoutEnclosingBinding_NoBindingFound()
    {
        var src = Source("def f():\n    nonlocal x\n");
        AssertSyntaxError(Module(src, Def("f", Nonlocal("x", At(src, "nonlocal x")))),
            "no binding for nonlocal 'x' found", 2, 5, 15);
    }

    [Test]
    public void NonlocalInModuleLevelClass_NoBindingFound()
    {
        var src = Source("class C:\n    nonlocal x\n");
        AssertSyntaxError(Module(src, Class("C", Nonlocal("x", At(src, "nonlocal x")))),
            "no binding for nonlocal 'x' found", 2, 5, 15);
    }

    [Test]
    public void NonlocalAtModuleLevel_NotAllowed()
    {
        var src = Source("print(1)\nnonlocal x\n");
        AssertSyntaxError(Module(src, Do(Call("print", Const(1L))), Nonlocal("x", At(src, "nonlocal x"))),
            "nonlocal declaration not allowed at module level", 2, 1, 11);
    }

    // A global declaration in any block also marks the name global in the module's table, so the
    // module-level nonlocal meets "nonlocal and global" before "not allowed at module level".
    [Test]
    public void NonlocalAtModuleLevelAfterNestedGlobal_IsNonlocalAndGlobal()
    {
        var src = Source("def f():\n    global x\nnonlocal x\n");
        AssertSyntaxError(Module(src, Def("f", Global("x", At(src, "global x"))), Nonlocal("x", At(src, "nonlocal x"))),
            "name 'x' is nonlocal and global", 3, 1, 11);
    }

    [Test]
    public void NonlocalParameter_IsParameterAndNonlocal()
    {
        var src = Source("def g():\n    x = 1\n    def f(x):\n        nonlocal x\n");
        AssertSyntaxError(Module(src, Def("g", Assign("x", Const(1L)), Def("f", "x", Nonlocal("x", At(src, "nonlocal x"))))),
            "name 'x' is parameter and nonlocal", 4, 9, 19);
    }

    [Test]
    public void GlobalParameter_IsParameterAndGlobal()
    {
        var src = Source("def f(a):\n    global a\n");
        AssertSyntaxError(Module(src, Def("f", "a", Global("a", At(src, "global a")))),
            "name 'a' is parameter and global", 2, 5, 13);
    }

    [Test]
    public void AssignmentBeforeNonlocal_IsAssignedToBefore()
    {
        var src = Source("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n");
        AssertSyntaxError(Module(src, Def("f", Assign("x", Const(1L)), Def("g", Assign("x", Const(2L)), Nonlocal("x", At(src, "nonlocal x"))))),
            "name 'x' is assigned to before nonlocal declaration", 5, 9, 19);
    }

    [Test]
    public void UseBeforeNonlocal_IsUsedPrior()
    {
        var src = Source("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n");
        AssertSyntaxError(Module(src, Def("f", Assign("x", Const(1L)), Def("g", Do(Call("print", Name("x"))), Nonlocal("x", At(src, "nonlocal x"))))),
            "name 'x' is used prior to nonlocal declaration", 5, 9, 19);
    }

    [Test]
    public void AssignmentBeforeGlobal_IsAssignedToBefore()
    {
        var src = Source("def f():\n    x = 1\n    global x\n");
        AssertSyntaxError(Module(src, Def("f", Assign("x", Const(1L)), Global("x", At(src, "global x")))),
            "name 'x' is assigned to before global declaration", 3, 5, 13);
    }

    [Test]
    public void AssignmentBeforeGlobalAtModuleLevel_IsAssignedToBefore()
    {
        var src = Source("x = 1\nglobal x\n");
        AssertSyntaxError(Module(src, Assign("x", Const(1L)), Global("x", At(src, "global x"))),
            "name 'x' is assigned to before global declaration", 2, 1, 9);
    }

    [Test]
    public void UseBeforeGlobal_IsUsedPrior()
    {
        var src = Source("def f():\n    print(x)\n    global x\n");
        AssertSyntaxError(Module(src, Def("f", Do(Call("print", Name("x"))), Global("x", At(src, "global x")))),
            "name 'x' is used prior to global declaration", 3, 5, 13);
    }

    [Test]
    public void GlobalThenNonlocal_IsNonlocalAndGlobalAtTheGlobalStatement()
    {
        var src = Source("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n");
        AssertSyntaxError(Module(src, Def("f", Assign("x", Const(1L)),
                Def("g", Global("x", At(src, "global x")), Nonlocal("x", At(src, "nonlocal x"))))),
            "name 'x' is nonlocal and global", 4, 9, 17);
    }

    [Test]
    public void RepeatedParameter_DuplicateArgument()
    {
        var src = Source("def f(a, a):\n    pass\n");
        var args = Params([Arg("a", At(src, "a", 0)), Arg("a", At(src, "a", 1))]);
        AssertSyntaxError(Module(src, Def("f", args, Pass())),
            "duplicate argument 'a' in function definition", 1, 10, 11);
    }

    [Test]
    public void ReturnAtModuleLevel_OutsideFunction()
    {
        var src = Source("def f():\n    return 1\nreturn 2\n");
        AssertSyntaxError(Module(src, Def("f", Return(Const(1L))), Return(Const(2L), At(src, "return 2"))),
            "'return' outside function", 3, 1, 9);
    }

    [Test]
    public void ReturnInClassBody_OutsideFunction()
    {
        var src = Source("class C:\n    return 1\n");
        AssertSyntaxError(Module(src, Class("C", Return(Const(1L), At(src, "return 1")))),
            "'return' outside function", 2, 5, 13);
    }

    [Test]
    public void BreakInLoopElse_OutsideLoop()
    {
        var src = Source("for x in y:\n    pass\nelse:\n    break\n");
        AssertSyntaxError(Module(src, ForElse(Name("x"), Name("y"), [Pass()], [Break(At(src, "break"))])),
            "'break' outside loop", 4, 5, 10);
    }

    [Test]
    public void ContinueInFunctionInsideLoop_NotProperlyInLoop()
    {
        var src = Source("while 1:\n    def f():\n        continue\n");
        AssertSyntaxError(Module(src, While(Const(1L), Def("f", Continue(At(src, "continue"))))),
            "'continue' not properly in loop", 3, 9, 17);
    }

    [Test]
    public void BreakInsideLoopInsideFunction_IsAccepted()
    {
        var module = Module(Def("f", While(Const(1L), Try([Break()], [], [Continue()], []))));
        Assert.That(() => Binder.Bind(module, ScopeAnalyzer.Analyze(module), CompileMode.Exec), Throws.Nothing);
    }

    // The symbol table is built and resolved before any code is generated.
    [Test]
    public void SymtableErrorAndReturnOutsideFunction_SymtableErrorWins()
    {
        var src = Source("return 1\ndef f():\n    nonlocal x\n");
        AssertSyntaxError(Module(src, Return(Const(1L), At(src, "return 1")), Def("f", Nonlocal("x", At(src, "nonlocal x")))),
            "no binding for nonlocal 'x' found", 3, 5, 15);
    }

    // Declarations are checked while collecting (pass 1); nonlocal bindings only when resolving (pass 2).
    [Test]
    public void CollectErrorAfterResolveError_CollectErrorWins()
    {
        var src = Source("def f():\n    nonlocal y\ndef g():\n    x = 1\n    global x\n");
        AssertSyntaxError(Module(src, Def("f", Nonlocal("y", At(src, "nonlocal y"))), Def("g", Assign("x", Const(1L)), Global("x", At(src, "global x")))),
            "name 'x' is assigned to before global declaration", 5, 5, 13);
    }

    // analyze_block classifies a block's own names before it descends into its children.
    [Test]
    public void ResolveErrorsInParentAndChild_ParentWins()
    {
        var src = Source("def f():\n    def g():\n        nonlocal a\n    nonlocal b\n");
        AssertSyntaxError(Module(src, Def("f", Def("g", Nonlocal("a", At(src, "nonlocal a"))), Nonlocal("b", At(src, "nonlocal b")))),
            "no binding for nonlocal 'b' found", 4, 5, 15);
    }

    [Test]
    public void SeveralControlFlowErrors_FirstInCompileOrderWins()
    {
        var src = Source("def f():\n    break\n    return\nreturn\n");
        AssertSyntaxError(Module(src, Def("f", Break(At(src, "break")), Return()), Return(null, At(src, "return", 1))),
            "'break' outside loop", 2, 5, 10);
    }
}
