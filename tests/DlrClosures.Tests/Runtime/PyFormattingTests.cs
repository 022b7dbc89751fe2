using NUnit.Framework;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;

namespace DlrClosures.Tests.Runtime;

[TestFixture]
public class PyFormattingTests
{
    private static IEnumerable<TestCaseData> FormatCases() => CaseTable.Read("format.tsv");
    private static IEnumerable<TestCaseData> PercentCases() => CaseTable.Read("percent.tsv");

    [TestCaseSource(nameof(FormatCases))]
    public void Format_MatchesCPython(string value, string spec, string expected)
    {
        var v = LiteralParser.Parse(value);
        Assert.That(CaseTable.Outcome(() => PyFormatting.Format(v, spec)), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(PercentCases))]
    public void PercentOperator_MatchesCPython(string format, string args, string expected)
    {
        var f = LiteralParser.Parse(format);
        var a = LiteralParser.Parse(args);
        Assert.That(CaseTable.Outcome(() => PyArithmetic.Modulo(f, a)), Is.EqualTo(expected));
    }
}
