using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Runtime;

/// <summary>
/// Python/suggestions.c. Each expectation is what python3 appended ("Did you mean: 'x'?") to
/// <c>getattr(O(), name)</c> for a class O whose <c>__dir__</c> returns the candidates (dir() sorts
/// them, so they are given sorted here).
/// </summary>
[TestFixture]
public class PySuggestionsTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("apend", new[] { "append", "extend" }, "append");
        yield return new TestCaseData("Foo", new[] { "fob", "foo" }, "foo");
        yield return new TestCaseData("ab", new[] { "abc", "ba" }, "abc");
        yield return new TestCaseData("x", new[] { "y" }, null);
        yield return new TestCaseData(new string('a', 41) + "b", new[] { new string('a', 41) + "c" }, new string('a', 41) + "c");
        yield return new TestCaseData("color", new[] { "colors", "colour" }, "colors");
        yield return new TestCaseData("naïve", new[] { "naive", "naïf" }, "naive");
        yield return new TestCaseData("getx", new[] { "get", "getx_" }, "get");
    }

    [TestCaseSource(nameof(Cases))]
    public void Suggest_MatchesCPython(string name, string[] candidates, string? expected) =>
        Assert.That(PySuggestions.Suggest(name, candidates), Is.EqualTo(expected));

    [Test]
    public void Suggest_750CandidatesOrMore_SuggestsNothing()
    {
        // 750 candidates: no suggestion; 749 with 'abcd' among them: 'abcd'.
        var many = Enumerable.Range(0, 750).Select(i => "abc_" + i).Order(StringComparer.Ordinal).ToList();
        Assert.That(PySuggestions.Suggest("abc", many), Is.Null);
        var fewer = new[] { "abcd" }.Concat(Enumerable.Range(0, 748).Select(i => "zz" + i)).Order(StringComparer.Ordinal).ToList();
        Assert.That(PySuggestions.Suggest("abc", fewer), Is.EqualTo("abcd"));
    }
}
