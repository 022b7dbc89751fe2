using NUnit.Framework;
using static DlrClosures.Tests.Parsing.ParseTestHelpers;
using DlrClosures.Text;

namespace DlrClosures.Tests.Parsing;

/// <summary>
/// Syntax and indentation errors: the full <c>Type: message</c> line and the line:column, each
/// expectation produced by running the same text through CPython 3.11 (<c>compile(src, 'f', 'exec')</c>).
/// </summary>
[TestFixture]
public class SyntaxErrorSpanTests
{
    [TestCase("if x:\n  y\n    z\n", "IndentationError: unexpected indent @ 3:4")]
    [TestCase("if x:\n    y\n  z\n", "IndentationError: unindent does not match any outer indentation level @ 3:4")]
    [TestCase("x = 1\n  y = 2\n", "IndentationError: unexpected indent @ 2:2")]
    [TestCase("if x:\ny = 1\n", "IndentationError: expected an indented block after 'if' statement on line 1 @ 2:1")]
    [TestCase("def f():\nreturn 1\n", "IndentationError: expected an indented block after function definition on line 1 @ 2:1")]
    [TestCase("class C:\npass\n", "IndentationError: expected an indented block after class definition on line 1 @ 2:1")]
    [TestCase("for x in y:\npass\n", "IndentationError: expected an indented block after 'for' statement on line 1 @ 2:1")]
    [TestCase("while x:\npass\n", "IndentationError: expected an indented block after 'while' statement on line 1 @ 2:1")]
    [TestCase("if x:\n  pass\nelse:\npass\n", "IndentationError: expected an indented block after 'else' statement on line 3 @ 4:1")]
    [TestCase("if x:\n  pass\nelif y:\npass\n", "IndentationError: expected an indented block after 'elif' statement on line 3 @ 4:1")]
    [TestCase("try:\npass\n", "IndentationError: expected an indented block after 'try' statement on line 1 @ 2:1")]
    [TestCase("try:\n  pass\nexcept E:\npass\n", "IndentationError: expected an indented block after 'except' statement on line 3 @ 4:1")]
    [TestCase("try:\n  pass\nfinally:\npass\n", "IndentationError: expected an indented block after 'finally' statement on line 3 @ 4:1")]
    [TestCase("if x:\n", "IndentationError: expected an indented block after 'if' statement on line 1 @ 1:6")]
    [TestCase("if x:", "IndentationError: expected an indented block after 'if' statement on line 1 @ 1:6")]
    [TestCase("x = 'abc\n", "SyntaxError: unterminated string literal (detected at line 1) @ 1:5")]
    [TestCase("x = \"\"\"abc\n\ny", "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @ 1:5")]
    [TestCase("x = (1,\n2\n", "SyntaxError: '(' was never closed @ 1:5")]
    [TestCase("x = 1)\n", "SyntaxError: unmatched ')' @ 1:6")]
    [TestCase("x = (1]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @ 1:7")]
    [TestCase("x = 1 \\ 2\n", "SyntaxError: unexpected character after line continuation character @ 1:8")]
    [TestCase("x = 1 € 2\n", "SyntaxError: invalid character '€' (U+20AC) @ 1:7")]
    [TestCase("x = 1 $ 2\n", "SyntaxError: invalid syntax @ 1:7")]
    [TestCase("if x\n  y\n", "SyntaxError: expected ':' @ 1:5")]
    [TestCase("if x  # c\n  y\n", "SyntaxError: expected ':' @ 1:7")]
    [TestCase("while x\n  y\n", "SyntaxError: expected ':' @ 1:8")]
    [TestCase("def f(:\n  y\n", "SyntaxError: invalid syntax @ 1:7")]
    [TestCase("def f()\n  y\n", "SyntaxError: expected ':' @ 1:8")]
    [TestCase("x = = 1\n", "SyntaxError: invalid syntax @ 1:5")]
    [TestCase("1 = x\n", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @ 1:1")]
    [TestCase("f() = x\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @ 1:1")]
    [TestCase("a + b = x\n", "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? @ 1:1")]
    [TestCase("x + 1 += 1\n", "SyntaxError: 'expression' is an illegal expression for augmented assignment @ 1:1")]
    [TestCase("(a, 1) = x\n", "SyntaxError: cannot assign to literal @ 1:5")]
    [TestCase("x = 1 2\n", "SyntaxError: invalid syntax @ 1:7")]
    [TestCase("foo(1, [2\n", "SyntaxError: '[' was never closed @ 1:8")]
    [TestCase("x = (1,\n2]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @ 2:2")]
    [TestCase("x = (\n1 +\n2)]\n", "SyntaxError: unmatched ']' @ 3:3")]
    [TestCase("x = 1 \\", "SyntaxError: unexpected EOF while parsing @ 1:8")]
    [TestCase("None = 1\n", "SyntaxError: cannot assign to None @ 1:1")]
    // test_with.py's testAssignmentToNoneError, testAssignmentToTupleOnlyContainingNoneError and
    // testAssignmentToTupleContainingNoneError (cpython_ports/test_with.md).
    [TestCase("with mock as None:\n  pass\n", "SyntaxError: cannot assign to None @ 1:14")]
    [TestCase("with mock as (None):\n  pass\n", "SyntaxError: cannot assign to None @ 1:15")]
    [TestCase("with mock as None,:\n  pass\n", "SyntaxError: cannot assign to None @ 1:14")]
    [TestCase("with mock as (None,):\n  pass\n", "SyntaxError: cannot assign to None @ 1:15")]
    [TestCase("with mock as (foo, None, bar):\n  pass\n", "SyntaxError: cannot assign to None @ 1:20")]
    [TestCase("x.y, f() = 1\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @ 1:6")]
    [TestCase("[a, *f()] = 1\n", "SyntaxError: cannot assign to function call @ 1:6")]
    [TestCase("for 1 in x: pass\n", "SyntaxError: cannot assign to literal @ 1:5")]
    [TestCase("del 1\n", "SyntaxError: cannot delete literal @ 1:5")]
    [TestCase("del f()\n", "SyntaxError: cannot delete function call @ 1:5")]
    [TestCase("f() += 1\n", "SyntaxError: 'function call' is an illegal expression for augmented assignment @ 1:1")]
    [TestCase("lambda: 1 = 1\n", "SyntaxError: cannot assign to lambda @ 1:1")]
    [TestCase("a < b = 1\n", "SyntaxError: cannot assign to comparison @ 1:1")]
    [TestCase("x if y else z = 1\n", "SyntaxError: cannot assign to conditional expression @ 1:1")]
    [TestCase("[x for x in y] = 1\n", "SyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='? @ 1:1")]
    [TestCase("{a: 1} = 1\n", "SyntaxError: cannot assign to dict literal here. Maybe you meant '==' instead of '='? @ 1:1")]
    [TestCase("f\"{x}\" = 1\n", "SyntaxError: cannot assign to f-string expression here. Maybe you meant '==' instead of '='? @ 1:1")]
    [TestCase("-x = 1\n", "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? @ 1:1")]
    [TestCase("a, b += 1\n", "SyntaxError: 'tuple' is an illegal expression for augmented assignment @ 1:1")]
    [TestCase("x = 1 if y\n", "SyntaxError: expected 'else' after 'if' expression @ 1:5")]
    [TestCase("def f(x, x): pass\n", "SyntaxError: duplicate argument 'x' in function definition @ 1:10")]
    [TestCase("f(**x, *y)\n", "SyntaxError: iterable argument unpacking follows keyword argument unpacking @ 1:8")]
    [TestCase("f(x for x in y, 1)\n", "SyntaxError: Generator expression must be parenthesized @ 1:3")]
    [TestCase("try:\n  pass\nexcept A, B:\n  pass\n", "SyntaxError: multiple exception types must be parenthesized @ 3:8")]
    [TestCase("try:\n  pass\nexcept* A, B as e:\n  pass\n", "SyntaxError: multiple exception types must be parenthesized @ 3:9")]
    [TestCase("def f(a=1, b): pass\n", "SyntaxError: non-default argument follows default argument @ 1:12")]
    [TestCase("x = 0777\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1:5")]
    [TestCase("def f() x:\n  pass\n", "SyntaxError: expected ':' @ 1:9")]
    [TestCase("for x in y\n  pass\n", "SyntaxError: expected ':' @ 1:11")]
    [TestCase("class C\n  pass\n", "SyntaxError: expected ':' @ 1:8")]
    [TestCase("try x:\n  pass\n", "SyntaxError: expected ':' @ 1:5")]
    [TestCase("if x:\n  pass\nelse x:\n  pass\n", "SyntaxError: expected ':' @ 3:6")]
    [TestCase("try:\n  pass\nexcept E\n  pass\n", "SyntaxError: expected ':' @ 3:9")]
    [TestCase("x = 1\n\ty\n", "IndentationError: unexpected indent @ 2:1")]
    [TestCase("x = 1 \u0001 2\n", "SyntaxError: invalid non-printable character U+0001 @ 1:7")]
    [TestCase("def f(*): pass\n", "SyntaxError: named arguments must follow bare * @ 1:7")]
    [TestCase("def f(**k, a): pass\n", "SyntaxError: arguments cannot follow var-keyword argument @ 1:12")]
    [TestCase("f(a=1, a=2)\n", "SyntaxError: keyword argument repeated: a @ 1:8")]
    [TestCase("f(1=2)\n", "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? @ 1:3")]
    [TestCase("try:\n  pass\nx = 1\n", "SyntaxError: expected 'except' or 'finally' block @ 3:1")]
    [TestCase("def f(:\n", "SyntaxError: invalid syntax @ 1:7")]
    [TestCase("if x:\n    pass\n  else:\n    pass\n", "IndentationError: unindent does not match any outer indentation level @ 3:8")]
    [TestCase("x = 1 +\n", "SyntaxError: invalid syntax @ 1:8")]
    [TestCase("x = 5 if\n", "SyntaxError: invalid syntax @ 1:9")]
    [TestCase("class C(:\n  pass\n", "SyntaxError: invalid syntax @ 1:9")]
    [TestCase("a.1\n", "SyntaxError: invalid syntax @ 1:2")]
    [TestCase("def f(a, *, b=1): pass\nf(,)\n", "SyntaxError: invalid syntax @ 2:3")]
    public void InvalidSource_RaisesCPythonsErrorAtCPythonsPosition(string code, string expected) =>
        Assert.That(ErrorOf(code), Is.EqualTo(expected));

    [TestCase(200, "OK")]
    [TestCase(201, "SyntaxError: too many nested parentheses @ 1:205")]
    public void NestedParentheses_LimitIsCPythons(int depth, string expected) =>
        Assert.That(ErrorOf("x = " + new string('(', depth) + "1" + new string(')', depth)), Is.EqualTo(expected));

    [Test]
    public void TenThousandParentheses_IsTooManyNestedParentheses() =>
        Assert.That(ErrorOf(new string('(', 10000) + "1" + new string(')', 10000)), Does.StartWith("SyntaxError: too many nested parentheses @ 1:201"));

    // CPython 3.11 raises MemoryError for these; a SyntaxError with its words is what a host can handle.
    [TestCase("-", 100000)]
    [TestCase("not ", 100000)]
    [TestCase("~", 5000)]
    public void VeryLongPrefixChains_AreSyntaxErrorsNotStackOverflows(string op, int count) =>
        Assert.That(ErrorOf(string.Concat(Enumerable.Repeat(op, count)) + "x"),
            Does.StartWith("SyntaxError: Parser stack overflowed - Python source too complex to parse"));

    [Test]
    public void DeepPowerAndLambdaChains_AreSyntaxErrorsNotStackOverflows()
    {
        Assert.That(ErrorOf(string.Concat(Enumerable.Repeat("2**", 20000)) + "2"), Does.StartWith("SyntaxError: Parser stack overflowed"));
        Assert.That(ErrorOf(string.Concat(Enumerable.Repeat("lambda: ", 20000)) + "2"), Does.StartWith("SyntaxError: Parser stack overflowed"));
    }

    [Test]
    public void ModeratelyDeepNesting_Parses() =>
        Assert.That(ErrorOf("x = " + string.Concat(Enumerable.Repeat("[", 150)) + string.Concat(Enumerable.Repeat("]", 150)) + " + " + string.Concat(Enumerable.Repeat("-", 500)) + "1"), Is.EqualTo("OK"));

    [Test]
    public void SyntaxError_CarriesPathAndLineText()
    {
        var error = Assert.Throws<DlrClosures.Runtime.Exceptions.PyException>(
            () => DlrClosures.Parsing.PythonParser.ParseModule(new DlrClosures.Text.SourceText("x = 1\ny = = 2\n", "prog.py")))!;
        Assert.That(error.SyntaxLocation!.Path, Is.EqualTo("prog.py"));
        Assert.That(error.SyntaxLocation.LineText, Is.EqualTo("y = = 2"));
        Assert.That(error.FormatTraceback(), Is.EqualTo("  File \"prog.py\", line 2\n    y = = 2\n        ^\nSyntaxError: invalid syntax\n"));
    }

    // Rendered as CPython 3.11 writes them to stderr (run on a file of the same text): an
    // IndentationError gets one caret whatever its end column (which still spans the token, as
    // CPython's end_offset does); a SyntaxError's carets span its range.
    [TestCase("if x:\npass\n", "  File \"prog.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n", 5)]
    [TestCase("try:\n  pass\nexcept A, B:\n  pass\n", "  File \"prog.py\", line 3\n    except A, B:\n           ^^^^\nSyntaxError: multiple exception types must be parenthesized\n", 12)]
    public void SyntaxError_IsRenderedAsCPythonRendersIt(string code, string report, int endColumn)
    {
        var error = Assert.Throws<DlrClosures.Runtime.Exceptions.PyException>(
            () => DlrClosures.Parsing.PythonParser.ParseModule(new DlrClosures.Text.SourceText(code, "prog.py")))!;
        Assert.That(error.FormatTraceback(), Is.EqualTo(report));
        Assert.That(error.SyntaxLocation!.EndColumn, Is.EqualTo(endColumn));
    }
}
