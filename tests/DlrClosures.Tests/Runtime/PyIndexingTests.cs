using NUnit.Framework;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;

namespace DlrClosures.Tests.Runtime;

[TestFixture]
public class PyIndexingTests
{
    private static IEnumerable<TestCaseData> GetCases() => CaseTable.Read("getitem.tsv");
    private static IEnumerable<TestCaseData> SetCases() => CaseTable.Read("setitem.tsv");
    private static IEnumerable<TestCaseData> DelCases() => CaseTable.Read("delitem.tsv");
    private static IEnumerable<TestCaseData> UnpackCases() => CaseTable.Read("unpack.tsv");

    [TestCaseSource(nameof(GetCases))]
    public void GetItem_MatchesCPython(string container, string index, string expected)
    {
        var c = LiteralParser.Parse(container);
        var i = LiteralParser.Parse(index);
        Assert.That(CaseTable.Outcome(() => PyIndexing.GetItem(c, i)), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(SetCases))]
    public void SetItem_MatchesCPython(string container, string index, string value, string expected)
    {
        var c = LiteralParser.Parse(container);
        var i = LiteralParser.Parse(index);
        var v = LiteralParser.Parse(value);
        Assert.That(CaseTable.Outcome(() => { PyIndexing.SetItem(c, i, v); return c; }), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(DelCases))]
    public void DelItem_MatchesCPython(string container, string index, string expected)
    {
        var c = LiteralParser.Parse(container);
        var i = LiteralParser.Parse(index);
        Assert.That(CaseTable.Outcome(() => { PyIndexing.DelItem(c, i); return c; }), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(UnpackCases))]
    public void Unpack_MatchesCPython(string iterable, string count, string expected)
    {
        var v = LiteralParser.Parse(iterable);
        Assert.That(CaseTable.Outcome(() => new PyTuple(PyIteration.Unpack(v, int.Parse(count)))), Is.EqualTo(expected));
    }

    [Test]
    public void UnpackStarred_CollectsMiddleIntoList()
    {
        // python3 -c "a, *b, c = range(5); print(a, b, c)" -> 0 [1, 2, 3] 4 ; "a, *b, c = [1]" -> ValueError
        var parts = PyIteration.UnpackStarred(LiteralParser.Parse("range(5)"), 1, 1);
        Assert.That(PyRepr.Repr(new PyTuple(parts)), Is.EqualTo("(0, [1, 2, 3], 4)"));
        Assert.That(CaseTable.Outcome(() => new PyTuple(PyIteration.UnpackStarred(LiteralParser.Parse("[1]"), 1, 1))),
            Is.EqualTo("!ValueError: not enough values to unpack (expected at least 2, got 1)"));
    }

    [Test]
    public void ListIterator_SeesAppendsDuringLoop()
    {
        // python3 -c "a=[1,2]; [a.append(x*10) for x in a if x < 10]; print(a)"  ->  [1, 2, 10, 20]
        var list = (PyList)LiteralParser.Parse("[1, 2]");
        var iterator = PyIteration.GetIterator(list);
        while (iterator.MoveNext(out var x))
            if ((long)x < 10) list.Append(PyArithmetic.Multiply(x, PyInt.Box(10)));
        Assert.That(PyRepr.Repr(list), Is.EqualTo("[1, 2, 10, 20]"));
    }
}
