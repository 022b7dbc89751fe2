using NUnit.Framework;
using static DlrClosures.Tests.Parsing.ParseTestHelpers;

namespace DlrClosures.Tests.Parsing;

/// <summary>
/// CPython 3.11's specific messages (its grammar's <c>invalid_*</c> rules, the tokenizer's TabError and
/// the compiler's "default 'except:' must be last"), each expectation produced by
/// <c>compile(src, 'f', 'exec')</c> in python3 and written as "Type: message @ line:offset".
/// </summary>
[TestFixture]
public class SyntaxHintTests
{
    [TestCase("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "SyntaxError: default 'except:' must be last @ 3:1")]
    [TestCase("try:\n    pass\nexcept:\n    pass\nexcept:\n    pass\n", "SyntaxError: default 'except:' must be last @ 3:1")]
    [TestCase("if True:\n        x = 1\n\ty = 2\n", "TabError: inconsistent use of tabs and spaces in indentation @ 3:1")]
    [TestCase("if True:\n\tx = 1\n        y = 2\n", "TabError: inconsistent use of tabs and spaces in indentation @ 3:1")]
    [TestCase("if True:\n    \tx = 1\n\ty = 2\n", "TabError: inconsistent use of tabs and spaces in indentation @ 3:1")]
    [TestCase("if True:\n\tif True:\n\t    x = 1\n\t\ty = 2\n", "TabError: inconsistent use of tabs and spaces in indentation @ 4:1")]
    [TestCase("print \"hello\"\n", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @ 1:1")]
    [TestCase("print x\n", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @ 1:1")]
    [TestCase("print\n", "OK")]
    [TestCase("if x = 1:\n    pass\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @ 1:4")]
    [TestCase("while x = 1:\n    pass\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @ 1:7")]
    [TestCase("[1 2]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:2")]
    [TestCase("f(a b)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:3")]
    [TestCase("print(\"a\" x)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:7")]
    [TestCase("x = (1 2)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:6")]
    [TestCase("x = {1 2}\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:6")]
    [TestCase("x = [a b c]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:6")]
    [TestCase("x = 1 2\n", "SyntaxError: invalid syntax @ 1:7")]
    [TestCase("del *a\n", "SyntaxError: cannot delete starred @ 1:5")]
    [TestCase("del *a, b\n", "SyntaxError: cannot delete starred @ 1:5")]
    [TestCase("d = {1: }\n", "SyntaxError: expression expected after dictionary key and ':' @ 1:7")]
    [TestCase("d = {1 2}\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:6")]
    [TestCase("d = {1: 2, 3}\n", "SyntaxError: ':' expected after dictionary key @ 1:12")]
    [TestCase("d = {1:2, 3 4}\n", "SyntaxError: ':' expected after dictionary key @ 1:11")]
    [TestCase("x = [a for a in b c]\n", "SyntaxError: invalid syntax @ 1:19")]
    [TestCase("f(x y=1)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:3")]
    [TestCase("foo(x, y z)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:8")]
    [TestCase("[x if y]\n", "SyntaxError: expected 'else' after 'if' expression @ 1:2")]
    [TestCase("x = 1 +* 2\n", "SyntaxError: invalid syntax @ 1:8")]
    [TestCase("if x.y = 1:\n    pass\n", "SyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='? @ 1:4")]
    [TestCase("if f() = 1:\n    pass\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @ 1:4")]
    [TestCase("if x = 1 == 2:\n    pass\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @ 1:4")]
    [TestCase("if (a, b) = 1:\n    pass\n", "SyntaxError: invalid syntax @ 1:11")]
    [TestCase("elif_case = 1\nif a:\n    pass\nelif b = 2:\n    pass\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @ 4:6")]
    [TestCase("exec \"code\"\n", "SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)? @ 1:1")]
    [TestCase("@@\nf(1, 2 3)\n", "SyntaxError: invalid syntax @ 1:2")]
    [TestCase("x = (a, b c)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:9")]
    [TestCase("x = {a: b c}\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:9")]
    [TestCase("x = [1, 2,\n  3 4]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 2:3")]
    [TestCase("x = f(a)(b c)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:10")]
    [TestCase("x = [a for a in b if c d]\n", "SyntaxError: invalid syntax @ 1:24")]
    [TestCase("d = {1:}\n", "SyntaxError: expression expected after dictionary key and ':' @ 1:7")]
    [TestCase("d = {1: 2, 3: }\n", "SyntaxError: expression expected after dictionary key and ':' @ 1:13")]
    [TestCase("x = [1, 2]\ny = x[0 1]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 2:7")]
    [TestCase("print(\"a\" \"b\")\n", "OK")]
    [TestCase("x = 1 if y else 2 3\n", "SyntaxError: invalid syntax @ 1:19")]
    [TestCase("x = [1 if y else 2 3]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:18")]
    [TestCase("if True:\n\tx = 1\n\ty = 2\n", "OK")]
    [TestCase("if True:\n    x = 1\n\ty = 2\n\n", "TabError: inconsistent use of tabs and spaces in indentation @ 3:1")]
    public void InvalidSource_GetsCPythonsSpecificMessage(string code, string expected) =>
        Assert.That(ErrorOf(code), Is.EqualTo(expected));

    // With a bracket never closed, a hint raised inside it gives way; tokenizer errors and errors before it stand.
    [TestCase("x = (1 2\n", "SyntaxError: '(' was never closed @ 1:5")]
    [TestCase("x = (1 2\ny = 3\n", "SyntaxError: '(' was never closed @ 1:5")]
    [TestCase("x = (1 + 2\n\n\nprint(f())\n", "SyntaxError: '(' was never closed @ 1:5")]
    [TestCase("x = (1, 2 3\n", "SyntaxError: '(' was never closed @ 1:5")]
    [TestCase("x = [a b\n", "SyntaxError: '[' was never closed @ 1:5")]
    [TestCase("f(a b\n\nz = 1\n", "SyntaxError: '(' was never closed @ 1:2")]
    [TestCase("@@\n", "SyntaxError: invalid syntax @ 1:2")]
    [TestCase("d = {1: 2, 3\n", "SyntaxError: '{' was never closed @ 1:5")]
    [TestCase("d = {1: }\nx = (\n", "SyntaxError: expression expected after dictionary key and ':' @ 1:7")]
    [TestCase("x = (1abc\n", "SyntaxError: invalid decimal literal @ 1:6")]
    [TestCase("x = (1, f\"{}\"\n", "SyntaxError: '(' was never closed @ 1:5")]
    [TestCase("x = (1,\n2abc\n", "SyntaxError: invalid decimal literal @ 2:1")]
    [TestCase("x = (lambda: 1 = 2\n", "SyntaxError: invalid syntax @ 1:16")]
    [TestCase("x = (*a = 1\n", "SyntaxError: invalid syntax @ 1:9")]
    [TestCase("x = (1 if 2\n", "SyntaxError: '(' was never closed @ 1:5")]
    [TestCase("x = [f(a=1, a=2)\n", "SyntaxError: '[' was never closed @ 1:5")]
    [TestCase("x = (0777\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1:6")]
    [TestCase("def f(:\n  x = (\n", "SyntaxError: invalid syntax @ 1:7")]
    public void UnclosedBracket_OutranksHintsAsInCPython(string code, string expected) =>
        Assert.That(ErrorOf(code), Is.EqualTo(expected));

    // python3: 'x = 1+1+...' with 100,000 terms, and 'x = a.b.b...' with 50,000 attributes, raise
    // "RecursionError: maximum recursion depth exceeded during compilation"; 2,000 of either compile.
    [TestCase("x = 1", "+1", 100000)]
    [TestCase("x = a", ".b", 50000)]
    [TestCase("x = f", "()", 50000)]
    public void VeryLongChains_AreRecursionErrorsNotCrashes(string head, string link, int count)
    {
        var error = Assert.Throws<DlrClosures.Runtime.Exceptions.PyException>(() => Module(head + string.Concat(Enumerable.Repeat(link, count)) + "\n"))!;
        Assert.That(error.FormatExceptionOnly().Trim(), Is.EqualTo("RecursionError: maximum recursion depth exceeded during compilation"));
    }

    [TestCase("x = 1", "+1")]
    [TestCase("x = a", ".b")]
    public void LongChainsCPythonCompiles_Parse(string head, string link) =>
        Assert.That(ErrorOf(head + string.Concat(Enumerable.Repeat(link, 2000)) + "\n"), Is.EqualTo("OK"));

    // Regression: nothing from Sprache may escape; the parser's own safety net is covered by these never throwing anything but PyException.
    [TestCase("d = {}\nd[...] = 1\nprint(d)\n", "OK")]
    [TestCase("x[...:...]\n", "OK")]
    [TestCase("x[..., :, 1:2]\n", "OK")]
    public void EllipsisInSubscripts_Parses(string code, string expected) =>
        Assert.That(ErrorOf(code), Is.EqualTo(expected));

    // The parse runs on the caller's thread when nesting is shallow; deeper input moves to the large
    // stack, so a caller with a small stack still gets a result, never a crash.
    [Test]
    public void DeepInputOnASmallStack_StillParses()
    {
        string[] sources =
        [
            "x = " + string.Concat(Enumerable.Repeat("f(-[{", 30)) + "a" + string.Concat(Enumerable.Repeat("}])", 30)) + "\n",
            "x = " + string.Concat(Enumerable.Repeat("2**", 200)) + "2\n",
            string.Concat(Enumerable.Range(0, 60).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 60) + "pass\n",
        ];
        foreach (string source in sources)
        {
            string result = "";
            var thread = new Thread(() => result = ErrorOf(source), 256 * 1024);
            thread.Start();
            thread.Join();
            Assert.That(result, Is.EqualTo("OK"));
        }
    }
}
