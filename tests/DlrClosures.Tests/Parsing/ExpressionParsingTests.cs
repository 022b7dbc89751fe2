using NUnit.Framework;
using static DlrClosures.Tests.Parsing.ParseTestHelpers;
using DlrClosures.Text;

namespace DlrClosures.Tests.Parsing;

/// <summary>Expression shapes; expectations follow CPython 3.11's <c>ast.parse</c> of the same text.</summary>
[TestFixture]
public class ExpressionParsingTests
{
    [TestCase("-2**2", "USub(BinOp(2 Pow 2))")]
    [TestCase("2**-1", "BinOp(2 Pow USub(1))")]
    [TestCase("2**3**2", "BinOp(2 Pow BinOp(3 Pow 2))")]
    [TestCase("-x**-y", "USub(BinOp(x Pow USub(y)))")]
    [TestCase("a or b and c", "Or[a, And[b, c]]")]
    [TestCase("a and b or c and d", "Or[And[a, b], And[c, d]]")]
    [TestCase("not a in b", "Not(Compare(a, In b))")]
    [TestCase("not not x", "Not(Not(x))")]
    [TestCase("a < b <= c != d", "Compare(a, Lt b, LtE c, NotEq d)")]
    [TestCase("a is not b", "Compare(a, IsNot b)")]
    [TestCase("a not in b", "Compare(a, NotIn b)")]
    [TestCase("~a & b | c ^ d << 2", "BinOp(BinOp(Invert(a) BitAnd b) BitOr BinOp(c BitXor BinOp(d LShift 2)))")]
    [TestCase("a @ b // c % d", "BinOp(BinOp(BinOp(a MatMult b) FloorDiv c) Mod d)")]
    [TestCase("1 + 2 * 3 - 4", "BinOp(BinOp(1 Add BinOp(2 Mult 3)) Sub 4)")]
    [TestCase("x if c else y", "IfExp(c, x, y)")]
    [TestCase("y if a else z if b else w", "IfExp(a, y, IfExp(b, z, w))")]
    [TestCase("a or b if c else d", "IfExp(c, Or[a, b], d)")]
    [TestCase("lambda: 0", "Lambda(Args(; defaults=[]; *; kwonly=; kwdefaults=[]; **), 0)")]
    [TestCase("lambda x, y=1, *a, k, **kw: x + y", "Lambda(Args(x, y; defaults=[1]; *a; kwonly=k; kwdefaults=[None]; **kw), BinOp(x Add y))")]
    [TestCase("lambda x: x if x else lambda: 1", "Lambda(Args(x; defaults=[]; *; kwonly=; kwdefaults=[]; **), IfExp(x, x, Lambda(Args(; defaults=[]; *; kwonly=; kwdefaults=[]; **), 1)))")]
    public void Precedence_MatchesCPython(string code, string expected) =>
        Assert.That(DumpExpression(code), Is.EqualTo(expected));

    [TestCase("f(x, *y, k=1, **z)", "Call(f, [x, *y], [k=1, **=z])")]
    [TestCase("f(x for x in y if x if z for w in x)", "Call(f, [GenExp(x, [for x in y if [x, z], for w in x if []])], [])")]
    [TestCase("a.b.c(d)[e]", "Call(a.b.c, [d], [])[e]")]
    [TestCase("f(a)(b)", "Call(Call(f, [a], []), [b], [])")]
    [TestCase("x[1:2, ::3]", "x[Tuple[Slice(1, 2, None), Slice(None, None, 3)]]")]
    [TestCase("x[a:b:c]", "x[Slice(a, b, c)]")]
    [TestCase("x[::]", "x[Slice(None, None, None)]")]
    [TestCase("x[i, j]", "x[Tuple[i, j]]")]
    public void Primaries_MatchCPython(string code, string expected) =>
        Assert.That(DumpExpression(code), Is.EqualTo(expected));

    [TestCase("()", "Tuple[]")]
    [TestCase("(1,)", "Tuple[1]")]
    [TestCase("(x)", "x")]
    [TestCase("1, 2", "Tuple[1, 2]")]
    [TestCase("[*a, b]", "List[*a, b]")]
    [TestCase("{}", "Dict[]")]
    [TestCase("{**a, 'b': 1}", "Dict[**a, 'b': 1]")]
    [TestCase("{1, *a}", "Set[1, *a]")]
    [TestCase("{k: v for k, v in d}", "DictComp(k, v, [for Tuple[k, v] in d if []])")]
    [TestCase("{x for x in y}", "SetComp(x, [for x in y if []])")]
    [TestCase("[i for i in range(3) if i]", "ListComp(i, [for i in Call(range, [3], []) if [i]])")]
    [TestCase("(x for x in y)", "GenExp(x, [for x in y if []])")]
    public void Displays_MatchCPython(string code, string expected) =>
        Assert.That(DumpExpression(code), Is.EqualTo(expected));

    [TestCase("0x_ff + 0o17 + 0b101 + 1_000", "BinOp(BinOp(BinOp(255 Add 15) Add 5) Add 1000)")]
    [TestCase("1. + .5 + 1e10 + 1.5e-3", "BinOp(BinOp(BinOp(1.0 Add 0.5) Add 10000000000.0) Add 0.0015)")]
    [TestCase("99999999999999999999", "99999999999999999999")]
    [TestCase("True, False, None", "Tuple[True, False, None]")]
    public void Numbers_AndKeywordConstants_HaveTheirValues(string code, string expected) =>
        Assert.That(DumpExpression(code), Is.EqualTo(expected));

    [Test]
    public void IntLiterals_AreLongOrBigInteger()
    {
        Assert.That(Constant("9223372036854775807"), Is.TypeOf<long>());
        Assert.That(Constant("9223372036854775808"), Is.TypeOf<System.Numerics.BigInteger>());
        Assert.That(Constant("1.5"), Is.EqualTo(1.5));
        Assert.That(Constant("None"), Is.SameAs(DlrClosures.Runtime.PyNone.Instance));
    }

    [TestCase("'a' 'b'", "'ab'")]
    [TestCase(@"'\x41\u0042\U00000043\101\n'", @"'ABCA\n'")]
    [TestCase(@"r'\n'", @"'\\n'")]
    [TestCase("'''a\nb'''", @"'a\nb'")]
    [TestCase("'a\\\nb'", "'ab'")]
    [TestCase("\"it's\"", @"'it\'s'")]
    [TestCase(@"'\q'", @"'\\q'")]
    public void Strings_DecodeEscapesAndConcatenate(string code, string expected) =>
        Assert.That(DumpExpression(code), Is.EqualTo(expected));

    [TestCase("f'x{y!r:>{w}}z{{'", "JoinedStr['x', Fmt(y, r, JoinedStr['>', Fmt(w, -, None)]), 'z{']")]
    [TestCase("f'{x=}'", "JoinedStr['x=', Fmt(x, r, None)]")]
    [TestCase("f'{a!s}' f\"{b}\" 'c'", "JoinedStr[Fmt(a, s, None), Fmt(b, -, None), 'c']")]
    [TestCase("f'{\"q\"}'", "JoinedStr[Fmt('q', -, None)]")]
    [TestCase("'a' f'{b}' 'c'", "JoinedStr['a', Fmt(b, -, None), 'c']")]
    [TestCase("f'{x:>10}'", "JoinedStr[Fmt(x, -, JoinedStr['>10'])]")]
    [TestCase("f'{a + b}}}'", "JoinedStr[Fmt(BinOp(a Add b), -, None), '}']")]
    [TestCase("rf'\\{x}'", @"JoinedStr['\\', Fmt(x, -, None)]")]
    public void FStrings_MatchCPython(string code, string expected) =>
        Assert.That(DumpExpression(code), Is.EqualTo(expected));

    // Regression: d[...] let a Sprache ParseException escape (Parse.Ref threw on a retried rule).
    [TestCase("d[...]", "d[Ellipsis]")]
    [TestCase("a[..., 1]", "a[Tuple[Ellipsis, 1]]")]
    [TestCase("x = ...", "[Assign([x], Ellipsis)]")]
    [TestCase("def f():\n    ...", "[Def([] f, Args(; defaults=[]; *; kwonly=; kwdefaults=[]; **), [Expr(Ellipsis)])]")]
    public void Ellipsis_IsAConstantAtom(string code, string expected) =>
        Assert.That(DumpExpression(code), Is.EqualTo(expected));

    [Test]
    public void Ellipsis_IsTheRuntimeSingleton() =>
        Assert.That(Constant("..."), Is.SameAs(DlrClosures.Runtime.PyEllipsis.Instance));

    // CPython tokenizes 1.0.real as 1.0 . real, and 1..real as 1. . real.
    [TestCase("1.0.real", "1.0.real")]
    [TestCase("1 .bit_length()", "Call(1.bit_length, [], [])")]
    [TestCase("1..real", "1.0.real")]
    public void AttributesOfNumericLiterals_MatchCPython(string code, string expected) =>
        Assert.That(DumpExpression(code), Is.EqualTo(expected));

    // A spec may start with '=', '<', '>'; a debug field keeps its text, blanks included.
    [TestCase("f\"{n:=+6}\"", "JoinedStr[Fmt(n, -, JoinedStr['=+6'])]")]
    [TestCase("f\"{x = }\"", "JoinedStr['x = ', Fmt(x, r, None)]")]
    [TestCase("f\"{x= }\"", "JoinedStr['x= ', Fmt(x, r, None)]")]
    [TestCase("f\"{x =}\"", "JoinedStr['x =', Fmt(x, r, None)]")]
    [TestCase("f\"{x = :>5}\"", "JoinedStr['x = ', Fmt(x, -, JoinedStr['>5'])]")]
    [TestCase("f\"{x = !s}\"", "JoinedStr['x = ', Fmt(x, s, None)]")]
    [TestCase("f\"{x!=2}\"", "JoinedStr[Fmt(Compare(x, NotEq 2), -, None)]")]
    [TestCase("f\"{a<b}\"", "JoinedStr[Fmt(Compare(a, Lt b), -, None)]")]
    public void FStringFields_EndWhereCPythonEndsThem(string code, string expected) =>
        Assert.That(DumpExpression(code), Is.EqualTo(expected));

    [TestCase("x + 1", "BinOp(x Add 1)")]
    [TestCase("\n# comment\n  (a,\n b)  # trailing\n\n", "Tuple[a, b]")]
    public void TryParseExpression_WholeTextIsAnExpression_ReturnsIt(string code, string expected) =>
        Assert.That(AstDump.Of(DlrClosures.Parsing.PythonParser.TryParseExpression(new DlrClosures.Text.SourceText(code, "<test>"))), Is.EqualTo(expected));

    [TestCase("x = 1")]
    [TestCase("if x: y")]
    [TestCase("x\ny")]
    [TestCase("x = (")]
    [TestCase("'abc")]
    [TestCase("def")]
    public void TryParseExpression_NotAnExpression_ReturnsNull(string code) =>
        Assert.That(DlrClosures.Parsing.PythonParser.TryParseExpression(new DlrClosures.Text.SourceText(code, "<test>")), Is.Null);

    [Test]
    public void Spans_PointIntoTheOriginalText()
    {
        var module = Module("x = (1 +\n     foo(2))  # c\n");
        var assign = (DlrClosures.Syntax.AssignStmt)module.Body[0];
        var call = ((DlrClosures.Syntax.BinOpExpr)assign.Value).Right;
        Assert.That((call.Span.Line, call.Span.Column, call.Span.EndLine, call.Span.EndColumn), Is.EqualTo((2, 6, 2, 12)));
        Assert.That((assign.Span.Line, assign.Span.Column), Is.EqualTo((1, 1)));
    }

    private static object Constant(string code) =>
        ((DlrClosures.Syntax.ConstantExpr)((DlrClosures.Syntax.ExprStmt)Module(code).Body[0]).Value).Value;
}
