using NUnit.Framework;
using static DlrClosures.Tests.Parsing.ParseTestHelpers;

namespace DlrClosures.Tests.Parsing;

/// <summary>
/// Literal-level errors and their neighbours that once misparsed: numbers, f-strings and Ellipsis.
/// Every expectation is what CPython 3.11 reports for the same text (<c>compile(src, 'f', 'exec')</c>,
/// "Type: message @ line:offset").
/// </summary>
[TestFixture]
public class LiteralSyntaxTests
{
    [TestCase("x = 1.real\n", "SyntaxError: invalid decimal literal @ 1:6")]
    [TestCase("x = 1.0.real\n", "OK")]
    [TestCase("x = 1 .bit_length()\n", "OK")]
    [TestCase("x = 1.5.hex()\n", "OK")]
    [TestCase("x = 1e\n", "SyntaxError: invalid decimal literal @ 1:5")]
    [TestCase("x = 1_\n", "SyntaxError: invalid decimal literal @ 1:6")]
    [TestCase("x = 1abc\n", "SyntaxError: invalid decimal literal @ 1:5")]
    [TestCase("x = 0b102\n", "SyntaxError: invalid digit '2' in binary literal @ 1:9")]
    [TestCase("x = 0o79\n", "SyntaxError: invalid digit '9' in octal literal @ 1:8")]
    [TestCase("x = 0xg\n", "SyntaxError: invalid hexadecimal literal @ 1:6")]
    [TestCase("x = 0b\n", "SyntaxError: invalid binary literal @ 1:6")]
    [TestCase("x = 1__0\n", "SyntaxError: invalid decimal literal @ 1:6")]
    [TestCase("x = 1.e5.real\n", "OK")]
    [TestCase("x = 1e5.real\n", "OK")]
    [TestCase("x = 1.__class__\n", "SyntaxError: invalid decimal literal @ 1:6")]
    [TestCase("x = 1_000.real\n", "SyntaxError: invalid decimal literal @ 1:10")]
    [TestCase("x = 0x1f.real\n", "OK")]
    [TestCase("x = 1if x else 2\n", "OK")]
    [TestCase("x = 0_7\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1:5")]
    [TestCase("x = 00\n", "OK")]
    [TestCase("x = 0777\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1:5")]
    [TestCase("x = 0b1_\n", "SyntaxError: invalid binary literal @ 1:8")]
    [TestCase("x = 1.5e\n", "SyntaxError: invalid decimal literal @ 1:7")]
    [TestCase("x = 1.5_\n", "SyntaxError: invalid decimal literal @ 1:8")]
    [TestCase("x = 1..real\n", "OK")]
    [TestCase("x = 0e5 + 0.5 + .5 + 1e-3 + 1E+3 + 0x_FF + 0o_7 + 0B1\n", "OK")]
    [TestCase("x = 1e+\n", "SyntaxError: invalid decimal literal @ 1:7")]
    [TestCase("x = 0x\n", "SyntaxError: invalid hexadecimal literal @ 1:6")]
    [TestCase("x = 0o8\n", "SyntaxError: invalid digit '8' in octal literal @ 1:7")]
    [TestCase("x = 09.5\n", "OK")]
    [TestCase("x = 1 if 1else 2\n", "OK")]
    [TestCase("x = 0_0\n", "OK")]
    [TestCase("x = 1_000_000\n", "OK")]
    [TestCase("x = 0xfg\n", "SyntaxError: invalid hexadecimal literal @ 1:7")]
    [TestCase("@@\nd = {}\nd[...] = 1\nprint(d)\n", "SyntaxError: invalid syntax @ 1:2")]
    [TestCase("def f():\n    ...\n", "OK")]
    [TestCase("a[..., 1]\n", "OK")]
    [TestCase("x = ....real\n", "OK")]
    [TestCase("x = ...\n", "OK")]
    public void NumericLiterals_TokenizeAsCPython(string code, string expected) =>
        Assert.That(ErrorOf(code), Is.EqualTo(expected));

    [TestCase("x = f\"{}\"\n", "SyntaxError: f-string: empty expression not allowed @ 1:10")]
    [TestCase("x = f\"{ }\"\n", "SyntaxError: f-string: empty expression not allowed @ 1:11")]
    [TestCase("x = f\"{x!x}\"\n", "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @ 1:13")]
    [TestCase("x = f\"{x!}\"\n", "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @ 1:12")]
    [TestCase("x = f\"{x\"\n", "SyntaxError: f-string: expecting '}' @ 1:10")]
    [TestCase("x = f\"{x:\"\n", "SyntaxError: f-string: expecting '}' @ 1:11")]
    [TestCase("x = f\"{x!r\"\n", "SyntaxError: f-string: expecting '}' @ 1:12")]
    [TestCase("x = f\"{'a\\n'}\"\n", "SyntaxError: f-string expression part cannot include a backslash @ 1:15")]
    [TestCase("x = f\"{x:{y:{z}}}\"\n", "SyntaxError: f-string: expressions nested too deeply @ 1:19")]
    [TestCase("x = f\"}\"\n", "SyntaxError: f-string: single '}' is not allowed @ 1:9")]
    [TestCase("x = f\"{\"\n", "SyntaxError: f-string: expecting '}' @ 1:9")]
    [TestCase("x = f\"{x!rr}\"\n", "SyntaxError: f-string: expecting '}' @ 1:14")]
    [TestCase("x = f\"{x=!x}\"\n", "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @ 1:14")]
    [TestCase("@@\nx = f\"{=}\"\n", "SyntaxError: invalid syntax @ 1:2")]
    [TestCase("x = f\"{!r}\"\n", "SyntaxError: f-string: expression required before '!' @ 1:12")]
    [TestCase("x = f\"{:}\"\n", "SyntaxError: f-string: expression required before ':' @ 1:11")]
    [TestCase("x = f\"{x:{}}\"\n", "SyntaxError: f-string: empty expression not allowed @ 1:14")]
    [TestCase("x = f\"{lambda x: 1}\"\n", "SyntaxError: f-string: invalid syntax @ 1:10")]
    [TestCase("x = f\"{x!r:}\"\n", "OK")]
    [TestCase("x = f'{#}'\n", "SyntaxError: f-string expression part cannot include '#' @ 1:11")]
    [TestCase("x = f\"{x)}\"\n", "SyntaxError: f-string: unmatched ')' @ 1:12")]
    [TestCase("@@\n\n\nx = f\"{lambda x: 1}\"\n", "SyntaxError: invalid syntax @ 1:2")]
    [TestCase("\n\nx = f\"{}\" \"abc\"\n", "SyntaxError: f-string: empty expression not allowed @ 3:16")]
    [TestCase("\n\nx = \"abc\" f\"{}\"\n", "SyntaxError: f-string: empty expression not allowed @ 3:16")]
    [TestCase("@@\nx = f\"{x!r }\"\n", "SyntaxError: invalid syntax @ 1:2")]
    [TestCase("x = f\"{x:{{}}}\"\n", "OK")]
    [TestCase("x = f\"{(}\"\n", "SyntaxError: f-string: closing parenthesis '}' does not match opening parenthesis '(' @ 1:11")]
    [TestCase("x = f\"{)}\"\n", "SyntaxError: f-string: unmatched ')' @ 1:11")]
    [TestCase("x = f\"{[)}\"\n", "SyntaxError: f-string: closing parenthesis ')' does not match opening parenthesis '[' @ 1:12")]
    [TestCase("@@\nx = f\"{1 + }\"\n", "SyntaxError: invalid syntax @ 1:2")]
    [TestCase("x = f\"{x:{y!x}}\"\n", "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @ 1:17")]
    [TestCase("x = f\"{x}}\"\n", "SyntaxError: f-string: single '}' is not allowed @ 1:12")]
    [TestCase("x = f'{\"a\"}' + f'{x:\"}'\n", "OK")]
    public void FStringErrors_MatchCPython(string code, string expected) =>
        Assert.That(ErrorOf(code), Is.EqualTo(expected));
}
