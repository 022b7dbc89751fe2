using NUnit.Framework;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;

namespace DlrClosures.Tests.Runtime;

[TestFixture]
public class BuiltinMethodsTests
{
    private static IEnumerable<TestCaseData> Cases() => CaseTable.Read("methods.tsv");

    [TestCaseSource(nameof(Cases))]
    public void Method_ResultAndReceiver_MatchCPython(string receiver, string method, string args, string expected)
    {
        var self = LiteralParser.Parse(receiver);
        var arguments = ((PyTuple)LiteralParser.Parse(args)).Items;
        Assert.That(CaseTable.Outcome(() =>
        {
            var result = PyCalls.Call(PyAttributes.GetAttr(self, method), arguments);
            return new PyTuple([result, self]);
        }), Is.EqualTo(expected));
    }

    [Test]
    public void SortWithKeyAndReverse_IsStable()
    {
        // python3 -c "a=[('b',1),('a',1),('c',0)]; a.sort(key=lambda p: p[1], reverse=True); print(a)"
        var list = (PyList)LiteralParser.Parse("[('b', 1), ('a', 1), ('c', 0)]");
        var key = new DlrClosures.Runtime.Builtins.PyBuiltinFunction("key", (a, _) => ((PyTuple)a[0]).Items[1]);
        PyCalls.Call(PyAttributes.GetAttr(list, "sort"), [key, PyBool.True], ["key", "reverse"]);
        Assert.That(PyRepr.Repr(list), Is.EqualTo("[('b', 1), ('a', 1), ('c', 0)]"));
    }

    [Test]
    public void SettingAttributeOnBuiltinValue_RaisesAttributeError()
    {
        // python3 -c "[].foo = 1" and "(1).real = 2"
        Assert.That(CaseTable.Outcome(() => { PyAttributes.SetAttr(new PyList(), "foo", PyInt.Box(1)); return PyNone.Instance; }),
            Is.EqualTo("!AttributeError: 'list' object has no attribute 'foo'"));
        Assert.That(CaseTable.Outcome(() => { PyAttributes.SetAttr(PyInt.Box(1), "real", PyInt.Box(2)); return PyNone.Instance; }),
            Is.EqualTo("!AttributeError: attribute 'real' of 'int' objects is not writable"));
        Assert.That(CaseTable.Outcome(() => PyAttributes.GetAttr(PyNone.Instance, "foo")),
            Is.EqualTo("!AttributeError: 'NoneType' object has no attribute 'foo'"));
    }
}
