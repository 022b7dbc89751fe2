using DlrClosures.Parsing;
using DlrClosures.Syntax;
using NUnit.Framework;
using DlrClosures.Text;

namespace DlrClosures.Tests.Parsing;

/// <summary>The layout pre-pass: logical lines, INDENT/DEDENT/NEWLINE markers and the offset map.</summary>
[TestFixture]
public class LayoutScannerTests
{
    private static string Scan(string code) =>
        LayoutScanner.Scan(new SourceText(code, "<test>")).Text
            .Replace(LayoutScanner.Indent.ToString(), "<I>")
            .Replace(LayoutScanner.Dedent.ToString(), "<D>")
            .Replace(LayoutScanner.Newline.ToString(), "<N>");

    [TestCase("x = 1", "x = 1<N>")]
    [TestCase("x = 1  # comment\n\n   # only a comment\ny", "x = 1  <N>y<N>")]
    [TestCase("if x:\n    y\nz\n", "if x:<N><I>y<N><D>z<N>")]
    [TestCase("if x:\n  if y:\n    z\n", "if x:<N><I>if y:<N><I>z<N><D><D>")]
    [TestCase("f(1,\n  2)\n", "f(1,   2)<N>")]
    [TestCase("x = 1 + \\\n2\n", "x = 1 +  2<N>")]
    [TestCase("s = '''a\n# not a comment\n'''\n", "s = '''a\n# not a comment\n'''<N>")]
    [TestCase("s = 'a#b' # c\n", "s = 'a#b' <N>")]
    // A tab and eight spaces are the same width, but python3 rejects mixing them (TabError, SyntaxHintTests).
    [TestCase("if x:\n\ty\n\tz\n", "if x:<N><I>y<N>z<N><D>")]
    public void Scan_ProducesLogicalLines(string code, string expected) =>
        Assert.That(Scan(code), Is.EqualTo(expected));

    [Test]
    public void OffsetMap_PointsBackToTheOriginalText()
    {
        var logical = LayoutScanner.Scan(new SourceText("if x:  # c\n    (a,\n  b)\n", "<test>"));
        int b = logical.Text.IndexOf('b');
        Assert.That(logical.OriginalOffset(b), Is.EqualTo("if x:  # c\n    (a,\n  ".Length));
        int newline = logical.Text.IndexOf(LayoutScanner.Newline);
        // CPython's NEWLINE token starts at the comment.
        Assert.That(logical.Span(newline, newline + 1).Column, Is.EqualTo(8));
    }

    [TestCase("x = 'abc\n", "SyntaxError: unterminated string literal (detected at line 1) @ 1:5")]
    [TestCase("x = f'abc\n", "SyntaxError: unterminated string literal (detected at line 1) @ 1:5")]
    [TestCase("x = \"\"\"abc\n\ny\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @ 1:5")]
    [TestCase("x = 1)\n", "SyntaxError: unmatched ')' @ 1:6")]
    [TestCase("x = (1]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @ 1:7")]
    [TestCase("x = (1,\n2]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @ 2:2")]
    [TestCase("x = 1 \\ 2\n", "SyntaxError: unexpected character after line continuation character @ 1:8")]
    [TestCase("x = 1 \\", "SyntaxError: unexpected EOF while parsing @ 1:8")]
    [TestCase("x = 1 € 2\n", "SyntaxError: invalid character '€' (U+20AC) @ 1:7")]
    [TestCase("x = 1 \u00a0 2\n", "SyntaxError: invalid non-printable character U+00A0 @ 1:7")]
    [TestCase("if x:\n    y\n  z\n", "IndentationError: unindent does not match any outer indentation level @ 3:4")]
    [TestCase("x = [1,\n2,\n", "SyntaxError: '[' was never closed @ 1:5")]
    public void TokenizerErrors_UseCPythonsWordsAndPositions(string code, string expected) =>
        Assert.That(ParseTestHelpers.ErrorOf(code), Is.EqualTo(expected));
}
