using NUnit.Framework;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;

namespace DlrClosures.Tests.Runtime;

[TestFixture]
public class PyComparisonTests
{
    private static IEnumerable<TestCaseData> CompareCases() => CaseTable.Read("compare.tsv");
    private static IEnumerable<TestCaseData> ContainsCases() => CaseTable.Read("contains.tsv");
    private static IEnumerable<TestCaseData> TruthCases() => CaseTable.Read("truth.tsv");

    [TestCaseSource(nameof(CompareCases))]
    public void Compare_MatchesCPython(string op, string left, string right, string expected)
    {
        var a = LiteralParser.Parse(left);
        var b = LiteralParser.Parse(right);
        Func<object, object, object> f = op switch
        {
            "==" => PyComparison.Equal,
            "!=" => PyComparison.NotEqual,
            "<" => PyComparison.Less,
            "<=" => PyComparison.LessEqual,
            ">" => PyComparison.Greater,
            _ => PyComparison.GreaterEqual,
        };
        Assert.That(CaseTable.Outcome(() => f(a, b)), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(ContainsCases))]
    public void Contains_MatchesCPython(string container, string item, string expected)
    {
        var c = LiteralParser.Parse(container);
        var i = LiteralParser.Parse(item);
        Assert.That(CaseTable.Outcome(() => PyComparison.Contains(c, i)), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(TruthCases))]
    public void IsTrue_MatchesCPython(string value, string expected) =>
        Assert.That(PyRepr.Repr(PyComparison.IsTrue(LiteralParser.Parse(value))), Is.EqualTo(expected));
}
