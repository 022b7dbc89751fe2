using System.Text;
using DlrClosures.Cli;
using NUnit.Framework;

namespace DlrClosures.Tests.Cli;

/// <summary>Source bytes to text as CPython's tokenizer decodes them (PEP 263), with its error messages.</summary>
[TestFixture]
public sealed class SourceReaderTests
{
    [TestCase("# -*- coding: latin-1 -*-\nprint('caf\xe9')\n")]
    [TestCase("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nprint('caf\xe9')\n")]
    public void CodingLine_DecodesWithTheDeclaredEncoding(string latin1)
    {
        var (text, error) = SourceReader.Decode(Encoding.Latin1.GetBytes(latin1), "s.py");

        Assert.That((text, error), Is.EqualTo((latin1, (string?)null)));
    }

    [Test]
    public void CodingLineOnLineThreeOrAfterCode_IsIgnored()
    {
        var bytes = Encoding.Latin1.GetBytes("x = 1\n# coding: latin-1\nprint('caf\xe9')\n");

        var (_, error) = SourceReader.Decode(bytes, "/t/s.py");

        Assert.That(error, Is.EqualTo("Non-UTF-8 code starting with '\\xe9' in file /t/s.py on line 3, " +
                                      "but no encoding declared; see https://peps.python.org/pep-0263/ for details"));
    }

    [Test]
    public void Bom_IsSkipped()
    {
        var (text, _) = SourceReader.Decode([0xEF, 0xBB, 0xBF, .. "print('é')\n"u8], "s.py");

        Assert.That(text, Is.EqualTo("print('é')\n"));
    }

    [TestCase("# coding: latin-1\n", "encoding problem: iso-8859-1 with BOM", true)]
    [TestCase("# coding: foo\n", "encoding problem: foo", false)]
    public void BadDeclaration_GivesCPythonsMessage(string source, string message, bool bom)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(source);
        if (bom) bytes = [0xEF, 0xBB, 0xBF, .. bytes];

        Assert.That(SourceReader.Decode(bytes, "s.py").Error, Is.EqualTo(message));
    }
}
