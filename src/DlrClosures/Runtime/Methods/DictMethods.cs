using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Methods;

/// <summary>dict's methods (Objects/dictobject.c).</summary>
internal static class DictMethods
{
    public static void Register(Dictionary<string, MethodBody> t)
    {
        // dict_fromkeys: a class method, so s is dict or a dict; every key maps to the same value.
        t["fromkeys"] = (s, a, k) =>
        {
            PyArgs.NoKeywords("fromkeys", k);
            PyArgs.Range("fromkeys", a, k, 1, 2);
            var value = a.Length > 1 ? a[1] : PyNone.Instance;
            var result = new PyDict();
            foreach (var key in PyIteration.Enumerate(a[0])) result[key] = value;
            return result;
        };
        t["get"] = (s, a, k) =>
        {
            PyArgs.NoKeywords("get", k);
            PyArgs.Range("get", a, k, 1, 2);
            return Get(s, a[0], a.Length > 1 ? a[1] : PyNone.Instance);
        };
        t["keys"] = (s, a, k) => View(s, a, k, "keys", PyDictViewKind.Keys);
        t["values"] = (s, a, k) => View(s, a, k, "values", PyDictViewKind.Values);
        t["items"] = (s, a, k) => View(s, a, k, "items", PyDictViewKind.Items);
        t["pop"] = (s, a, k) =>
        {
            PyArgs.NoKeywords("pop", k);
            PyArgs.Range("pop", a, k, 1, 2);
            return a.Length > 1 ? Pop(s, a[0], a[1]) : Pop(s, a[0]);
        };
        t["popitem"] = (s, a, k) =>
        {
            PyArgs.None("dict.popitem", a, k);
            return PopItem(s);
        };
        t["setdefault"] = (s, a, k) =>
        {
            PyArgs.NoKeywords("setdefault", k);
            PyArgs.Range("setdefault", a, k, 1, 2);
            return SetDefault(s, a[0], a.Length > 1 ? a[1] : PyNone.Instance);
        };
        t["update"] = (s, a, k) =>
        {
            int n = PyArgs.Positional(a, k);
            if (n > 1) throw PyErrors.TypeError(PyMessages.ExpectedAtMost("update", 1, n));
            Update((PyDict)s, n == 1 ? a[0] : null, a, k);
            return PyNone.Instance;
        };
        t["copy"] = (s, a, k) =>
        {
            PyArgs.None("dict.copy", a, k);
            return ((PyDict)s).Copy();
        };
        t["clear"] = (s, a, k) =>
        {
            PyArgs.None("dict.clear", a, k);
            ((PyDict)s).Clear();
            return PyNone.Instance;
        };
    }

    // The bodies shared by the method table and the call fast path (FastMethods): self is a PyDict.

    /// <summary><c>d.get(key)</c>.</summary>
    public static object Get(object self, object key) => Get(self, key, PyNone.Instance);

    /// <summary><c>d.get(key, default)</c>.</summary>
    public static object Get(object self, object key, object fallback) =>
        ((PyDict)self).TryGetValue(key, out var v) ? v : fallback;

    /// <summary><c>d.get((a, b))</c>, with the key tuple never made (PyDict.TryGetPair).</summary>
    public static object GetPair(object self, object a, object b) => GetPair(self, a, b, PyNone.Instance);

    /// <summary><c>d.get((a, b), default)</c>, with the key tuple never made.</summary>
    public static object GetPair(object self, object a, object b, object fallback) =>
        ((PyDict)self).TryGetPair(a, b, out var v) ? v : fallback;

    /// <summary><c>d.setdefault(key)</c>.</summary>
    public static object SetDefault(object self, object key) => SetDefault(self, key, PyNone.Instance);

    /// <summary><c>d.setdefault(key, default)</c>.</summary>
    public static object SetDefault(object self, object key, object fallback) => ((PyDict)self).SetDefault(key, fallback);

    /// <summary><c>d.pop(key)</c>: KeyError when absent.</summary>
    public static object Pop(object self, object key) =>
        ((PyDict)self).TryPop(key, out var v) ? v : throw PyErrors.KeyError(PyRepr.Repr(key), key);

    /// <summary><c>d.pop(key, default)</c>.</summary>
    public static object Pop(object self, object key, object fallback) => ((PyDict)self).TryPop(key, out var v) ? v : fallback;

    /// <summary><c>d.popitem()</c>: the last inserted pair, KeyError when empty.</summary>
    public static object PopItem(object self) =>
        ((PyDict)self).TryPopLast(out var key, out var value)
            ? new PyTuple([key, value])
            : throw PyErrors.KeyError(PyRepr.Repr(PyMessages.PopItemEmptyDict), PyMessages.PopItemEmptyDict);

    private static PyDictView View(object self, object[] args, string[]? kw, string name, PyDictViewKind kind)
    {
        PyArgs.None("dict." + name, args, kw);
        return new PyDictView((PyDict)self, kind);
    }

    /// <summary>dict_update_arg and the keyword merge: a dict, or an iterable of pairs, then keywords.</summary>
    internal static void Update(PyDict dict, object? source, object[] args, string[]? kw)
    {
        switch (source)
        {
            case null: break;
            case PyDict other:
                dict.Merge(other);
                break;
            default:
                int index = 0;
                foreach (var item in PyIteration.Enumerate(source))
                {
                    var iterator = PyIteration.TryGetIterator(item)
                        ?? throw PyErrors.TypeError(PyMessages.DictUpdateNotSequence(index));
                    var pair = new List<object>();
                    while (iterator.MoveNext(out var x)) pair.Add(x);
                    if (pair.Count != 2) throw PyErrors.ValueError(PyMessages.DictUpdateWrongLength(index, pair.Count));
                    dict[pair[0]] = pair[1];
                    index++;
                }
                break;
        }
        if (kw is null) return;
        for (int i = 0; i < kw.Length; i++) dict[kw[i]] = args[args.Length - kw.Length + i];
    }
}
