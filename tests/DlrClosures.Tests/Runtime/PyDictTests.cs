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

    [Test]
    public void GrowingFromEmpty_KeepsEveryKeyAndOrder()
    {
        // Many resizes (8, 16, 32, ... slots), keys of three kinds, then every key read back.
        var dict = new PyDict();
        for (long i = 0; i < 10_000; i++)
        {
            dict[PyInt.Box(i * 7919)] = PyInt.Box(i);
            dict["k" + i] = PyInt.Box(-i);
            dict[new PyTuple([PyInt.Box(i), "t"])] = PyInt.Box(i + 1);
        }
        Assert.That(dict.Count, Is.EqualTo(30_000));
        for (long i = 0; i < 10_000; i += 97)
        {
            Assert.That(dict[PyInt.Box(i * 7919)], Is.EqualTo(i));
            Assert.That(dict["k" + i], Is.EqualTo(-i));
            Assert.That(dict[new PyTuple([PyInt.Box(i), "t"])], Is.EqualTo(i + 1));
        }
        Assert.That(dict.Keys.Take(4).Select(k => PyRepr.Repr(k)), Is.EqualTo(new[] { "0", "'k0'", "(0, 't')", "7919" }));
    }

    [Test]
    public void IntKeyFindsEqualFloatAndBoolKeys_ThroughTheSlowPath()
    {
        // The int fast path meets a stored float or bool with the same hash and must use Python ==.
        var dict = new PyDict();
        dict[2.0] = "two";
        dict[PyBool.True] = "one";
        dict[3.5] = "x";
        Assert.That(dict[PyInt.Box(2)], Is.EqualTo("two"));
        Assert.That(dict[PyInt.Box(1)], Is.EqualTo("one"));
        Assert.That(dict.ContainsKey(PyInt.Box(3)), Is.False);
        dict[PyInt.Box(2)] = "deux";
        Assert.That(PyRepr.Repr(dict), Is.EqualTo("{2.0: 'deux', True: 'one', 3.5: 'x'}"));
    }

    [Test]
    public void IntsWithEqualHashes_StayDistinctKeys()
    {
        // hash(-1) == hash(-2) == -2 and hash(2**61 - 1) == hash(0): same probe chain, not equal.
        var dict = new PyDict();
        long mersenne = (1L << 61) - 1;
        foreach (long k in new[] { -1L, -2L, 0L, mersenne, long.MinValue, long.MaxValue })
            dict[PyInt.Box(k)] = PyInt.Box(k);
        Assert.That(dict.Count, Is.EqualTo(6));
        foreach (long k in new[] { -1L, -2L, 0L, mersenne, long.MinValue, long.MaxValue })
            Assert.That(dict[PyInt.Box(k)], Is.EqualTo(k));
    }

    [Test]
    public void ChurnAtConstantSize_ReusesTheTable_AndKeepsOrder()
    {
        // A sliding window: deletions leave holes until an insertion finds nothing usable and the
        // table is rebuilt from the live entries only.
        var dict = new PyDict();
        for (long i = 0; i < 100_000; i++)
        {
            dict[PyInt.Box(i)] = PyInt.Box(i);
            if (i >= 50) Assert.That(dict.Remove(PyInt.Box(i - 50)), Is.True);
        }
        Assert.That(dict.Count, Is.EqualTo(50));
        Assert.That(dict.Keys.First(), Is.EqualTo(99_950L));
        Assert.That(dict.Keys.Last(), Is.EqualTo(99_999L));
        Assert.That(dict.EntryCount, Is.LessThanOrEqualTo(150));
    }

    [Test]
    public void PopItem_IsLastInFirstOut_AndSkipsHoles()
    {
        var dict = (PyDict)LiteralParser.Parse("{'a': 1, 'b': 2, 'c': 3, 'd': 4}");
        dict.Remove("d");
        Assert.That(dict.TryPopLast(out var key, out var value), Is.True);
        Assert.That((key, value), Is.EqualTo(("c", (object)3L)));
        dict["e"] = PyInt.Box(5);
        Assert.That(PyRepr.Repr(dict), Is.EqualTo("{'a': 1, 'b': 2, 'e': 5}"));
    }

    [Test]
    public void CopyAndUpdate_KeepOrderAndKeys_WithoutRehashing()
    {
        var source = (PyDict)LiteralParser.Parse("{1: 'a', 2: 'b', 3: 'c'}");
        source.Remove(PyInt.Box(2));
        var copy = source.Copy();
        copy[PyInt.Box(4)] = "d";
        var target = (PyDict)LiteralParser.Parse("{3.0: 'x'}");
        target.Merge(copy);
        Assert.That(PyRepr.Repr(source) + " " + PyRepr.Repr(copy) + " " + PyRepr.Repr(target),
            Is.EqualTo("{1: 'a', 3: 'c'} {1: 'a', 3: 'c', 4: 'd'} {3.0: 'c', 1: 'a', 4: 'd'}"));
    }

    [Test]
    public void Pop_OnEmptyDict_DoesNotHashTheKey()
    {
        // _PyDict_Pop returns the default before hashing: {}.pop([], 0) is 0, [] in {} is a TypeError.
        var dict = new PyDict();
        Assert.That(dict.TryPop(new PyList(), out _), Is.False);
        Assert.That(CaseTable.Outcome(() => dict.ContainsKey(new PyList())), Is.EqualTo("!TypeError: unhashable type: 'list'"));
    }

    [Test]
    public void SwappingKeysDuringIteration_RaisesKeysChanged()
    {
        // python3 -c "d={1:1,2:2,3:3,4:4}
        // for k in d: del d[k]; d[k+100]=k"  ->  RuntimeError: dictionary keys changed during iteration
        var dict = (PyDict)LiteralParser.Parse("{1: 1, 2: 2, 3: 3, 4: 4}");
        var iterator = PyIteration.GetIterator(dict);
        Assert.That(CaseTable.Outcome(() =>
        {
            while (iterator.MoveNext(out var k))
            {
                dict.Remove(k);
                dict[PyInt.Box((long)k + 100)] = k;
            }
            return dict;
        }), Is.EqualTo("!RuntimeError: dictionary keys changed during iteration"));
        Assert.That(iterator.MoveNext(out _), Is.False);
    }
}
