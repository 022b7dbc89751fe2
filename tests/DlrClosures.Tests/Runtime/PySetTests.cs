using NUnit.Framework;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;

namespace DlrClosures.Tests.Runtime;

[TestFixture]
public class PySetTests
{
    private static IEnumerable<TestCaseData> Cases() => CaseTable.Read("set_order.tsv");

    [TestCaseSource(nameof(Cases))]
    public void IterationOrder_MatchesCPythonTable(string literal, string repr, string asList, string addedOneByOne)
    {
        var set = LiteralParser.Parse(literal);
        Assert.That(PyRepr.Repr(set), Is.EqualTo(repr));
        Assert.That(PyRepr.Repr(new PyList(PyIteration.ToList(set))), Is.EqualTo(asList));
        var built = new PySet();
        foreach (var item in PyIteration.Enumerate(LiteralParser.Parse("(" + literal[1..^1] + ",)"))) built.Add(item);
        Assert.That(PyRepr.Repr(built), Is.EqualTo(addedOneByOne));
    }

    [Test]
    public void RemoveThenAdd_ReusesSlotsLikeCPython()
    {
        // python3 -c "s={1,2,3,4}; s.remove(2); s.add(10); s.add(18); print(s); print(s.pop(), s)"
        // -> {1, 3, 4, 10, 18} / 1 {3, 4, 10, 18}
        var set = (PySet)LiteralParser.Parse("{1, 2, 3, 4}");
        set.Discard(PyInt.Box(2));
        set.Add(PyInt.Box(10));
        set.Add(PyInt.Box(18));
        string before = PyRepr.Repr(set);
        var popped = set.Pop();
        Assert.That($"{before} {PyRepr.Repr(popped)} {PyRepr.Repr(set)}", Is.EqualTo("{1, 3, 4, 10, 18} 1 {3, 4, 10, 18}"));
    }

    [Test]
    public void UnhashableElement_RaisesTypeError()
    {
        var set = new PySet();
        Assert.That(CaseTable.Outcome(() => { set.Add(new PyList()); return set; }), Is.EqualTo("!TypeError: unhashable type: 'list'"));
    }

    [Test]
    public void MutationDuringIteration_RaisesRuntimeError()
    {
        // python3 -c "s={1}; [s.add(2) for x in s]" -> RuntimeError: Set changed size during iteration
        var set = (PySet)LiteralParser.Parse("{1}");
        var iterator = PyIteration.GetIterator(set);
        Assert.That(CaseTable.Outcome(() =>
        {
            while (iterator.MoveNext(out _)) set.Add(PyInt.Box(2));
            return set;
        }), Is.EqualTo("!RuntimeError: Set changed size during iteration"));
    }
}
