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
            foreach (var other in a) ((PySet)s).Update(other);
            return PyNone.Instance;
        };
        t["union"] = (s, a, k) => Union(s, a, k);
        t["intersection"] = (s, a, k) => Intersection(s, a, k, "intersection");
        t["difference"] = (s, a, k) => Difference(s, a, k);
        t["symmetric_difference"] = (s, a, k) => SequenceOps.SetOperation(BinaryOp.Xor, (PySet)s, AsSet(PyArgs.One("set.symmetric_difference", a, k)));
        // set_intersection_update_multiple: the intersection is built, then swapped in.
        t["intersection_update"] = (s, a, k) =>
        {
            ((PySet)s).SwapBodies(Intersection(s, a, k, "intersection_update"));
            return PyNone.Instance;
        };
        // set_difference_update: in place, one argument after the other.
        t["difference_update"] = (s, a, k) =>
        {
            PyArgs.NoKeywords("set.difference_update", k);
            foreach (var other in a) ((PySet)s).DifferenceUpdate(other);
            return PyNone.Instance;
        };
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

    /// <summary>frozenset's methods: the ones that do not mutate, with frozenset results; <c>copy</c> is the object itself.</summary>
    public static void RegisterFrozen(Dictionary<string, MethodBody> t)
    {
        var set = new Dictionary<string, MethodBody>(StringComparer.Ordinal);
        Register(set);
        foreach (var name in new[] { "union", "intersection", "difference", "symmetric_difference" })
        {
            var body = set[name];
            t[name] = (s, a, k) => ((PySet)body(s, a, k)).Freeze();
        }
        foreach (var name in new[] { "issubset", "issuperset", "isdisjoint" }) t[name] = set[name];
        t["copy"] = (s, a, k) =>
        {
            PyArgs.None("frozenset.copy", a, k);
            return s;
        };
    }

    private static PySet AsSet(object value) => value as PySet ?? new PySet(PyIteration.Enumerate(value));

    // The multi-argument forms as Objects/setobject.c builds them: set_union copies and updates;
    // set_intersection_multi intersects the set itself, then each result with the next argument;
    // set_difference_multi takes the first difference, then updates it in place.
    private static PySet Union(object self, object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("set.union", kw);
        var result = ((PySet)self).Copy();
        foreach (var other in args) result.Update(other);
        return result;
    }

    private static PySet Intersection(object self, object[] args, string[]? kw, string name)
    {
        PyArgs.NoKeywords("set." + name, kw);
        if (args.Length == 0) return ((PySet)self).Copy();
        var result = (PySet)self;
        foreach (var other in args) result = SequenceOps.SetOperation(BinaryOp.And, result, AsSet(other));
        return result;
    }

    private static PySet Difference(object self, object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("set.difference", kw);
        if (args.Length == 0) return ((PySet)self).Copy();
        var result = SequenceOps.SetOperation(BinaryOp.Subtract, (PySet)self, AsSet(args[0]));
        for (int i = 1; i < args.Length; i++) result.DifferenceUpdate(args[i]);
        return result;
    }
}
