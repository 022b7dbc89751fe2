using NUnit.Framework;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;

namespace DlrClosures.Tests.Runtime;

/// <summary>
/// Classes through <see cref="PyType.CreateClass"/>, with builtins standing in for the compiled
/// method bodies. Expected texts come from the CPython program in the comment of each test.
/// </summary>
[TestFixture]
public class PyClassTests
{
    private static PyBuiltinFunction Method(string name, Func<object[], object> body) => new(name, (a, _) => body(a));

    /// <summary>class P: __init__(x), __repr__, __eq__, __lt__, __add__, __len__; class Q(P): pass.</summary>
    private static (PyType P, PyType Q) MakeClasses()
    {
        var ns = new PyDict();
        PyType? p = null;
        ns["__init__"] = Method("__init__", a => { PyAttributes.SetAttr(a[0], "x", a[1]); return PyNone.Instance; });
        ns["__repr__"] = Method("__repr__", a => "P(" + PyRepr.Repr(PyAttributes.GetAttr(a[0], "x")) + ")");
        ns["__eq__"] = Method("__eq__", a => PyBool.Box(a[1] is PyInstance o && o.Type.IsSubclassOf(p!)
            && PyComparison.EqualBool(PyAttributes.GetAttr(a[0], "x"), PyAttributes.GetAttr(o, "x"))));
        ns["__lt__"] = Method("__lt__", a => PyComparison.Less(PyAttributes.GetAttr(a[0], "x"), PyAttributes.GetAttr(a[1], "x")));
        ns["__add__"] = Method("__add__", a => PyCalls.Call(p!, [PyArithmetic.Add(PyAttributes.GetAttr(a[0], "x"), PyAttributes.GetAttr(a[1], "x"))]));
        ns["__len__"] = Method("__len__", a => PyAttributes.GetAttr(a[0], "x"));
        p = PyType.CreateClass("P", "P", [], ns);
        var q = PyType.CreateClass("Q", "Q", [p], new PyDict());
        return (p, q);
    }

    private static object Builtin(string name) => PyBuiltins.TryGetValue(name, out var v) ? v : throw new ArgumentException(name);

    [Test]
    public void SpecialMethods_DispatchThroughSubclass()
    {
        // print(repr(q), q == Q(2), sorted([Q(3), q]), len(q), q + q, isinstance(q, P), P.__name__, Q.__qualname__)
        // -> P(2) True [P(2), P(3)] 2 P(4) True P Q
        var (p, q) = MakeClasses();
        var two = PyCalls.Call(q, [PyInt.Box(2)]);
        var parts = new[]
        {
            PyRepr.Repr(two),
            PyRepr.Str(PyComparison.Equal(two, PyCalls.Call(q, [PyInt.Box(2)]))),
            PyRepr.Str(PyCalls.Call(Builtin("sorted"), [new PyList([PyCalls.Call(q, [PyInt.Box(3)]), two])])),
            PyRepr.Str(PyCalls.Call(Builtin("len"), [two])),
            PyRepr.Str(PyArithmetic.Add(two, two)),
            PyRepr.Str(PyCalls.Call(Builtin("isinstance"), [two, p])),
            PyRepr.Str(PyAttributes.GetAttr(p, "__name__")),
            PyRepr.Str(PyAttributes.GetAttr(q, "__qualname__")),
        };
        Assert.That(string.Join(" ", parts), Is.EqualTo("P(2) True [P(2), P(3)] 2 P(4) True P Q"));
    }

    [Test]
    public void EqWithoutHash_IsUnhashable_AndMissingAttributeNamesClass()
    {
        var (_, q) = MakeClasses();
        var two = PyCalls.Call(q, [PyInt.Box(2)]);
        Assert.That(CaseTable.Outcome(() => PyHashing.Hash(two)), Is.EqualTo("!TypeError: unhashable type: 'Q'"));
        Assert.That(CaseTable.Outcome(() => PyAttributes.GetAttr(two, "y")), Is.EqualTo("!AttributeError: 'Q' object has no attribute 'y'"));
    }

    [Test]
    public void EmptyClass_DefaultReprAndNoArguments()
    {
        // class E: pass; print(repr(E), E()); E(1)  ->  <class '__main__.E'> <__main__.E object at 0x...>; E() takes no arguments
        var e = PyType.CreateClass("E", "E", [], new PyDict());
        Assert.That(PyRepr.Repr(e), Is.EqualTo("<class '__main__.E'>"));
        Assert.That(PyRepr.Repr(PyCalls.Call(e, [])), Does.Match("^<__main__.E object at 0x[0-9a-f]+>$"));
        Assert.That(CaseTable.Outcome(() => PyCalls.Call(e, [PyInt.Box(1)])), Is.EqualTo("!TypeError: E() takes no arguments"));
    }

    /// <summary>Stands in for a compiled Python function: any PyCallable that is not a builtin binds as a method.</summary>
    private sealed class FakeFunction(Func<object[], object> body) : PyCallable
    {
        public override object Call(object[] args) => body(args);
        public override object Call(object[] args, string[] kwNames) => body(args);
    }

    [Test]
    public void FunctionsBindToInstance_BuiltinsDoNot()
    {
        var ns = new PyDict();
        ns["get"] = new FakeFunction(a => a[0]);
        ns["builtin"] = Method("builtin", a => PyInt.Box(a.Length));
        var c = PyType.CreateClass("C", "C", [], ns);
        var instance = PyCalls.Call(c, []);
        var bound = PyAttributes.GetAttr(instance, "get");
        Assert.That(bound, Is.InstanceOf<PyMethod>());
        Assert.That(PyCalls.Call(bound, []), Is.SameAs(instance));
        Assert.That(PyCalls.Call(PyAttributes.GetAttr(instance, "builtin"), []), Is.EqualTo(0L));
    }

    [Test]
    public void InPlaceOperators_FallBackToBinaryMethods()
    {
        // class P with __add__ and no __iadd__:  p = P(1); p += P(2); print(p)  ->  P(3)
        // p -= None  ->  TypeError: unsupported operand type(s) for -=: 'P' and 'NoneType'
        // p **= 'a'  ->  TypeError: unsupported operand type(s) for **=: 'P' and 'str'
        var (p, _) = MakeClasses();
        var one = PyCalls.Call(p, [PyInt.Box(1)]);
        Assert.That(PyRepr.Repr(PyArithmetic.InPlaceAdd(one, PyCalls.Call(p, [PyInt.Box(2)]))), Is.EqualTo("P(3)"));
        Assert.That(CaseTable.Outcome(() => PyArithmetic.InPlaceSubtract(one, PyNone.Instance)),
            Is.EqualTo("!TypeError: unsupported operand type(s) for -=: 'P' and 'NoneType'"));
        Assert.That(CaseTable.Outcome(() => PyArithmetic.InPlacePower(one, "a")),
            Is.EqualTo("!TypeError: unsupported operand type(s) for **=: 'P' and 'str'"));
    }
}
