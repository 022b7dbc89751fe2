using NUnit.Framework;
using DlrClosures.Syntax;
using static DlrClosures.Tests.Parsing.ParseTestHelpers;

namespace DlrClosures.Tests.Parsing;

/// <summary>Every statement kind; expectations follow CPython 3.11's <c>ast.parse</c>.</summary>
[TestFixture]
public class StatementParsingTests
{
    [TestCase("x = 1", "[Assign([x], 1)]")]
    [TestCase("a = b = 1", "[Assign([a, b], 1)]")]
    [TestCase("a, b = b, a", "[Assign([Tuple[a, b]], Tuple[b, a])]")]
    [TestCase("a, *b = x", "[Assign([Tuple[a, *b]], x)]")]
    [TestCase("[a, b] = x", "[Assign([List[a, b]], x)]")]
    [TestCase("(a, b), c.d, e[0] = x", "[Assign([Tuple[Tuple[a, b], c.d, e[0]]], x)]")]
    [TestCase("x.y[0] += 1", "[AugAssign(x.y[0] Add 1)]")]
    [TestCase("x -= 1; x *= 2; x @= m; x /= 3; x %= 4; x &= 5; x |= 6", "[AugAssign(x Sub 1), AugAssign(x Mult 2), AugAssign(x MatMult m), AugAssign(x Div 3), AugAssign(x Mod 4), AugAssign(x BitAnd 5), AugAssign(x BitOr 6)]")]
    [TestCase("x ^= 1; x <<= 2; x >>= 3; x **= 4; x //= 5", "[AugAssign(x BitXor 1), AugAssign(x LShift 2), AugAssign(x RShift 3), AugAssign(x Pow 4), AugAssign(x FloorDiv 5)]")]
    [TestCase("f(x)", "[Expr(Call(f, [x], []))]")]
    [TestCase("x = 1; y = 2;", "[Assign([x], 1), Assign([y], 2)]")]
    public void ExpressionsAndAssignments_MatchCPython(string code, string expected) =>
        Assert.That(DumpModule(code), Is.EqualTo(expected));

    [TestCase("pass", "[Pass]")]
    [TestCase("while x:\n  break\n  continue", "[While(x, [Break, Continue], [])]")]
    [TestCase("def f():\n  return\n  return 1, 2", "[Def([] f, Args(; defaults=[]; *; kwonly=; kwdefaults=[]; **), [Return(None), Return(Tuple[1, 2])])]")]
    [TestCase("del a, b[0], c.d", "[Delete[a, b[0], c.d]]")]
    [TestCase("global a, b", "[Global[a, b]]")]
    [TestCase("def f():\n  nonlocal a", "[Def([] f, Args(; defaults=[]; *; kwonly=; kwdefaults=[]; **), [Nonlocal[a]])]")]
    [TestCase("raise", "[Raise(None, None)]")]
    [TestCase("raise X from y", "[Raise(X, y)]")]
    [TestCase("assert x", "[Assert(x, None)]")]
    [TestCase("assert x, 'm'", "[Assert(x, 'm')]")]
    public void SimpleStatements_MatchCPython(string code, string expected) =>
        Assert.That(DumpModule(code), Is.EqualTo(expected));

    [TestCase("if a: b\nelif c: d\nelse: e", "[If(a, [Expr(b)], [If(c, [Expr(d)], [Expr(e)])])]")]
    [TestCase("if x:\n    if y:\n        z\n    w\nv", "[If(x, [If(y, [Expr(z)], []), Expr(w)], []), Expr(v)]")]
    [TestCase("for i, j in x:\n    pass\nelse:\n    break", "[For(Tuple[i, j], x, [Pass], [Break])]")]
    [TestCase("for x in a, b: pass", "[For(x, Tuple[a, b], [Pass], [])]")]
    [TestCase("while x:\n  continue\nelse:\n  pass", "[While(x, [Continue], [Pass])]")]
    [TestCase("try:\n  a\nexcept E as e:\n  b\nexcept:\n  c\nelse:\n  d\nfinally:\n  e", "[Try([Expr(a)], [Except(E, e, [Expr(b)]), Except(None, None, [Expr(c)])], [Expr(d)], [Expr(e)])]")]
    [TestCase("try:\n  a\nfinally:\n  e", "[Try([Expr(a)], [], [], [Expr(e)])]")]
    [TestCase("@dec\n@dec2(1)\ndef f(a, b=2, *, c, d=4, **k) -> int:\n    return a", "[Def([dec, Call(dec2, [1], [])] f, Args(a, b; defaults=[2]; *; kwonly=c, d; kwdefaults=[None, 4]; **k), [Return(a)])]")]
    [TestCase("def f(x: int = 1, *args: str):\n  pass", "[Def([] f, Args(x; defaults=[1]; *args; kwonly=; kwdefaults=[]; **), [Pass])]")]
    [TestCase("class C(B, metaclass=M):\n    x = 1", "[Class([] C, [B], [metaclass=M], [Assign([x], 1)])]")]
    [TestCase("@d\nclass C: pass", "[Class([d] C, [], [], [Pass])]")]
    [TestCase("x = (1 +\n  2)  # c\n\n# only\ny = '''a\nb'''", "[Assign([x], BinOp(1 Add 2)), Assign([y], 'a\\nb')]")]
    [TestCase("if x:\n\n    # comment\n    y\n\n", "[If(x, [Expr(y)], [])]")]
    [TestCase("if x:\n\ty\n\tz", "[If(x, [Expr(y), Expr(z)], [])]")]
    [TestCase("x = 1 + \\\n    2", "[Assign([x], BinOp(1 Add 2))]")]
    [TestCase("x = 1\r\nif x:\r\n    y = 2\r\n", "[Assign([x], 1), If(x, [Assign([y], 2)], [])]")]
    public void CompoundStatements_MatchCPython(string code, string expected) =>
        Assert.That(DumpModule(code), Is.EqualTo(expected));

    [Test]
    public void IfStatementSpan_CoversItsLastBlock()
    {
        var statement = Module("if x:\n    y = 1\nelse:\n    z = 22\n").Body[0];
        Assert.That((statement.Span.Line, statement.Span.Column, statement.Span.EndLine, statement.Span.EndColumn), Is.EqualTo((1, 1, 4, 11)));
    }

    [Test]
    public void ThousandLineFile_ParsesEveryDefinition()
    {
        // Parse speed is measured in perf/, not asserted here.
        var lines = Enumerable.Range(0, 250).Select(i =>
            $"def f{i}(a, b=2, *c, **d):\n    x = [a * b for a in range(10) if a % 2] + {{'k': f'{{a!r}}'}}\n    if x and not b: return (a, b)\n    return -a ** 2\n");
        var module = Module(string.Concat(lines));
        Assert.That(module.Body.Select(s => ((FunctionDefStmt)s).Name), Is.EqualTo(Enumerable.Range(0, 250).Select(i => $"f{i}")));
    }

    [TestCase("if x:", true)]
    [TestCase("if x:\n", true)]
    [TestCase("if x:\n  y\n", true)]
    [TestCase("if x:\n  y\n\n", false)]
    [TestCase("x = (1,", true)]
    [TestCase("x = '''abc", true)]
    [TestCase("x = 1 \\", true)]
    [TestCase("@dec\n", true)]
    [TestCase("x = 1", false)]
    [TestCase("x = 1\n", false)]
    [TestCase("x = )", false)]
    [TestCase("x = 'abc", false)]
    public void IsIncomplete_ReportsWhetherTheReplNeedsMoreLines(string text, bool expected) =>
        Assert.That(DlrClosures.Parsing.PythonParser.IsIncomplete(text), Is.EqualTo(expected));
}
