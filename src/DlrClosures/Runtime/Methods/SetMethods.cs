using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Methods;

/// <summary>set's methods (Objects/setobject.c).</summary>
internal static class SetMethods
{
    public static void Register(Dictionary<string, MethodBody> t)
    {
        t["add"] = (s, a, k) =>
        {
            ((PySet)s).Add(PyArgs.One("set.add", a, k));
            return PyNone.Instance;
        };
        t["remove"] = (s, a, k) =>
        {
            var x = PyArgs.One("set.remove", a, k);
            return ((PySet)s).Discard(x) ? PyNone.Instance : throw PyErrors.KeyError(PyRepr.Repr(x), x);
        };
        t["discard"] = (s, a, k) =>
        {
            ((PySet)s).Discard(PyArgs.One("set.discard", a, k));
            return PyNone.Instance;
        };
        t["pop"] = (s, a, k) =>
        {
            PyArgs.None("set.pop", a, k);
            return ((PySet)s).Pop();
        };
        t["clear"] = (s, a, k) =>
        {
            PyArgs.None("set.clear", a, k);
            ((PySet)s).Clear();
            return PyNone.Instance;
        };
        t["copy"] = (s, a, k) =>
        {
            PyArgs.None("set.copy", a, k);
            return ((PySet)s).Copy();
        };
        t["update"] = (s, a, k) =>
        {
            PyArgs.NoKeywords("set.update", k);
            foreach (var other in a) ((PySet)s).Merge(AsSet(other));
            return PyNone.Instance;
        };
        t["union"] = (s, a, k) => Fold(s, a, k, "union", BinaryOp.Or);
        t["intersection"] = (s, a, k) => Fold(s, a, k, "intersection", BinaryOp.And);
        t["difference"] = (s, a, k) => Fold(s, a, k, "difference", BinaryOp.Subtract);
        t["symmetric_difference"] = (s, a, k) => SequenceOps.SetOperation(BinaryOp.Xor, (PySet)s, AsSet(PyArgs.One("set.symmetric_difference", a, k)));
        t["intersection_update"] = (s, a, k) => Replace((PySet)s, Fold(s, a, k, "intersection_update", BinaryOp.And));
        t["difference_update"] = (s, a, k) => Replace((PySet)s, Fold(s, a, k, "difference_update", BinaryOp.Subtract));
        t["issubset"] = (s, a, k) =>
        {
            var other = AsSet(PyArgs.One("set.issubset", a, k));
            return PyBool.Box(((PySet)s).Items.All(other.Contains));
        };
        t["issuperset"] = (s, a, k) =>
        {
            var other = AsSet(PyArgs.One("set.issuperset", a, k));
            return PyBool.Box(other.Items.All(((PySet)s).Contains));
        };
        t["isdisjoint"] = (s, a, k) =>
        {
            var other = AsSet(PyArgs.One("set.isdisjoint", a, k));
            return PyBool.Box(!((PySet)s).Items.Any(other.Contains));
        };
    }

    private static PySet AsSet(object value) => value as PySet ?? new PySet(PyIteration.Enumerate(value));

    private static PySet Fold(object self, object[] args, string[]? kw, string name, BinaryOp op)
    {
        PyArgs.NoKeywords("set." + name, kw);
        var result = ((PySet)self).Copy();
        foreach (var other in args) result = SequenceOps.SetOperation(op, result, AsSet(other));
        return result;
    }

    private static object Replace(PySet target, PySet contents)
    {
        target.Clear();
        target.Merge(contents);
        return PyNone.Instance;
    }
}
