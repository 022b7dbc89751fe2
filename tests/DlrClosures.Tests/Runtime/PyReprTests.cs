using NUnit.Framework;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;

namespace DlrClosures.Tests.Runtime;

[TestFixture]
public class PyReprTests
{
    private static IEnumerable<TestCaseData> Cases() => CaseTable.Read("repr.tsv");

    [TestCaseSource(nameof(Cases))]
    public void Repr_StrAndAscii_MatchCPython(string literal, string repr, string str, string ascii)
    {
        var value = LiteralParser.Parse(literal);
        Assert.That(CaseTable.Outcome(() => PyRepr.Repr(value)), Is.EqualTo(repr), "repr");
        Assert.That(CaseTable.Outcome(() => PyRepr.Str(value)), Is.EqualTo(str), "str");
        Assert.That(CaseTable.Outcome(() => PyRepr.Ascii(value)), Is.EqualTo(ascii), "ascii");
    }

    [Test]
    public void SelfReferencingContainers_PrintEllipsis()
    {
        // python3 -c "a=[1]; a.append(a); d={}; d['d']=d; print(a, d)"  ->  [1, [...]] {'d': {...}}
        var list = new PyList([PyInt.Box(1)]);
        list.Append(list);
        var dict = new PyDict();
        dict["d"] = dict;
        Assert.That(PyRepr.Repr(list), Is.EqualTo("[1, [...]]"));
        Assert.That(PyRepr.Repr(dict), Is.EqualTo("{'d': {...}}"));
    }

    [Test]
    public void TypesAndBuiltins_PrintLikeCPython()
    {
        // python3 -c "print(int, len, type(None), [].append.__self__.__class__)"
        Assert.That(PyRepr.Repr(PyBuiltinTypes.Int), Is.EqualTo("<class 'int'>"));
        Assert.That(PyBuiltins.TryGetValue("len", out var len), Is.True);
        Assert.That(PyRepr.Repr(len), Is.EqualTo("<built-in function len>"));
        Assert.That(PyRepr.Repr(PyTypes.TypeOf(PyNone.Instance)), Is.EqualTo("<class 'NoneType'>"));
        Assert.That(PyBuiltins.TryGetValue("ValueError", out var valueError), Is.True);
        Assert.That(PyRepr.Repr(valueError), Is.EqualTo("<class 'ValueError'>"));
        Assert.That(PyRepr.Repr(PyAttributes.GetAttr(PyBuiltinTypes.Str, "upper")), Is.EqualTo("<method 'upper' of 'str' objects>"));
    }

    [Test]
    public void BoundBuiltinMethod_ShowsOwnerAndAddress()
    {
        var list = new PyList();
        string repr = PyRepr.Repr(PyAttributes.GetAttr(list, "append"));
        Assert.That(repr, Does.Match("^<built-in method append of list object at 0x[0-9a-f]+>$"));
        Assert.That(repr, Does.EndWith(PyObjectIds.HexIdOf(list) + ">"));
    }

    [Test]
    public void Cells_ShowContentsTypeOrEmpty()
    {
        var full = new StrongBox<object>(PyInt.Box(5000));
        var empty = new StrongBox<object>(PyUnbound.Instance);
        Assert.That(PyRepr.Repr(full), Does.Match("^<cell at 0x[0-9a-f]+: int object at 0x[0-9a-f]+>$"));
        Assert.That(PyRepr.Repr(empty), Does.Match("^<cell at 0x[0-9a-f]+: empty>$"));
        Assert.That(PyTypes.TypeName(full), Is.EqualTo("cell"));
        Assert.That(CaseTable.Outcome(() => PyAttributes.GetAttr(empty, "cell_contents")), Is.EqualTo("!ValueError: Cell is empty"));
        PyAttributes.SetAttr(empty, "cell_contents", "x");
        Assert.That(PyAttributes.GetAttr(empty, "cell_contents"), Is.EqualTo("x"));
    }

    [Test]
    public void Iterators_PrintTypeAndAddress()
    {
        PyBuiltins.TryGetValue("map", out var map);
        PyBuiltins.TryGetValue("len", out var len);
        var iterator = PyCalls.Call(map!, [len!, new PyList()]);
        Assert.That(PyRepr.Repr(iterator), Does.Match("^<map object at 0x[0-9a-f]+>$"));
        Assert.That(PyRepr.Repr(PyIteration.GetIterator(new PyList())), Does.Match("^<list_iterator object at 0x[0-9a-f]+>$"));
    }
}
