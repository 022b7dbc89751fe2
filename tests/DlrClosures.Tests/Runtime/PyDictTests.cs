using NUnit.Framework;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;

namespace DlrClosures.Tests.Runtime;

[TestFixture]
public class PyDictTests
{
    [Test]
    public void EqualNumbers_AreOneKey_FirstKeyKept()
    {
        // python3 -c "d={1:'a'}; d[1.0]='b'; d[True]='c'; print(d)"  ->  {1: 'c'}
        var dict = new PyDict();
        dict[PyInt.Box(1)] = "a";
        dict[1.0] = "b";
        dict[PyBool.True] = "c";
        Assert.That(PyRepr.Repr(dict), Is.EqualTo("{1: 'c'}"));
    }

    [Test]
    public void DeleteThenReinsert_MovesKeyToEnd()
    {
        // python3 -c "d={'a':1,'b':2,'c':3}; del d['a']; d['a']=4; print(d, list(d))"
        var dict = (PyDict)LiteralParser.Parse("{'a': 1, 'b': 2, 'c': 3}");
        PyIndexing.DelItem(dict, "a");
        PyIndexing.SetItem(dict, "a", PyInt.Box(4));
        Assert.That(PyRepr.Repr(dict) + " " + PyRepr.Repr(new PyList(PyIteration.ToList(dict))),
            Is.EqualTo("{'b': 2, 'c': 3, 'a': 4} ['b', 'c', 'a']"));
    }

    [Test]
    public void ManyDeletions_KeepInsertionOrder()
    {
        // python3 -c "d={}; [d.__setitem__(i, i) for i in range(100)]; [d.__delitem__(i) for i in range(0,100,3)]; print(list(d)[:5], len(d))"
        var dict = new PyDict();
        for (long i = 0; i < 100; i++) dict[PyInt.Box(i)] = PyInt.Box(i);
        for (long i = 0; i < 100; i += 3) dict.Remove(PyInt.Box(i));
        var keys = PyIteration.ToList(dict);
        Assert.That(PyRepr.Repr(new PyList(keys.Take(5).ToList())) + " " + dict.Count, Is.EqualTo("[1, 2, 4, 5, 7] 66"));
    }

    [Test]
    public void AddingDuringIteration_RaisesRuntimeError()
    {
        var dict = (PyDict)LiteralParser.Parse("{'b': 2}");
        var iterator = PyIteration.GetIterator(dict);
        Assert.That(CaseTable.Outcome(() =>
        {
            while (iterator.MoveNext(out _)) dict["z"] = PyInt.Box(1);
            return dict;
        }), Is.EqualTo("!RuntimeError: dictionary changed size during iteration"));
    }

    [Test]
    public void Equality_IgnoresOrder_AndViewsCompareAsSets()
    {
        // python3 -c "print({1:2}=={1.0:2}, {'a':1,'b':2}=={'b':2,'a':1}, {'a':1}.keys() == {'a'})"  ->  True True True
        Assert.That(PyComparison.EqualBool(LiteralParser.Parse("{1: 2}"), LiteralParser.Parse("{1.0: 2}")), Is.True);
        Assert.That(PyComparison.EqualBool(LiteralParser.Parse("{'a': 1, 'b': 2}"), LiteralParser.Parse("{'b': 2, 'a': 1}")), Is.True);
        var keys = PyAttributes.GetAttr(LiteralParser.Parse("{'a': 1}"), "keys");
        Assert.That(PyComparison.Equal(PyCalls.Call(keys, []), LiteralParser.Parse("{'a'}")), Is.EqualTo(true));
    }

    [Test]
    public void MissingKeyAndUnhashableKey_RaiseCPythonErrors()
    {
        var dict = new PyDict();
        Assert.That(CaseTable.Outcome(() => dict["x"]), Is.EqualTo("!KeyError: 'x'"));
        Assert.That(CaseTable.Outcome(() => dict[new PyList()]), Is.EqualTo("!TypeError: unhashable type: 'list'"));
    }
}
