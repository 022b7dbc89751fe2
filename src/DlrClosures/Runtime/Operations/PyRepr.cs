using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary><c>repr()</c> and <c>str()</c> of every value, byte for byte as CPython 3.11 prints them.</summary>
public static class PyRepr
{
    // Containers being printed on this thread, so a list that contains itself prints as [...]
    // (Py_ReprEnter / Py_ReprLeave in Objects/object.c).
    [ThreadStatic] private static HashSet<object>? t_active;

    public static string Repr(object value)
    {
        switch (value)
        {
            case string s: return StrRepr.Repr(s);
            case long l: return l.ToString(CultureInfo.InvariantCulture);
            case bool b: return b ? "True" : "False";
            case double d: return FloatRepr.Repr(d);
            case PyNone: return "None";
            case BigInteger big: return IntOps.ToDecimalString(big);
            case PyList list: return Guarded(list, "[...]", () => Sequence("[", list.Items, "]"));
            case PyTuple tuple:
                return tuple.Count == 1
                    ? Guarded(tuple, "(...)", () => "(" + Repr(tuple.Items[0]) + ",)")
                    : Guarded(tuple, "(...)", () => Sequence("(", tuple.Items, ")"));
            case PyDict dict: return Guarded(dict, "{...}", () => DictRepr(dict));
            case PySet set:
                return set.Count == 0 ? "set()" : Guarded(set, "set(...)", () => Sequence("{", set.Items, "}"));
            case PyRange range:
                return RangeOps.Repr(range);
            case PySlice slice: return $"slice({Repr(slice.Start)}, {Repr(slice.Stop)}, {Repr(slice.Step)})";
            case PyDictView view:
                return Guarded(view, "...", () => Sequence(view.TypeName + "([", view.Items, "])"));
            case PyInstance instance:
                return instance.TryInvokeSpecial("__repr__", [], out var r) ? CheckStr(r, "__repr__") : DefaultRepr(instance);
            case PyType type: return type.ToString();
            case PyExceptionType type: return type.ToString();
            case PyExceptionObject exception: return exception.Repr();
            case PyBuiltinFunction builtin: return BuiltinRepr(builtin);
            case PyMethod method:
                return $"<bound method {QualName(method.Function)} of {Repr(method.Self)}>";
            case StrongBox<object> cell: return CellRepr(cell);
            case PyCallable function when function is IPyAttributes:
                return $"<function {QualName(function)} at {PyObjectIds.HexIdOf(function)}>";
            default: return $"<{PyTypes.TypeName(value)} object at {PyObjectIds.HexIdOf(value)}>";
        }
    }

    public static string Str(object value) => value switch
    {
        string s => s,
        PyInstance instance when instance.HasSpecial("__str__") =>
            instance.TryInvokeSpecial("__str__", [], out var r) ? CheckStr(r, "__str__") : "",
        PyExceptionObject exception => exception.Message,
        PyException exception => exception.Message,
        _ => Repr(value),
    };

    public static string Ascii(object value)
    {
        if (value is string s) return StrRepr.Repr(s, asciiOnly: true);
        string repr = Repr(value);
        var text = new StringBuilder(repr.Length);
        foreach (var rune in repr.EnumerateRunes())
        {
            int c = rune.Value;
            if (c < 0x80) text.Append((char)c);
            else if (c <= 0xff) text.Append("\\x").Append(c.ToString("x2"));
            else if (c <= 0xffff) text.Append("\\u").Append(c.ToString("x4"));
            else text.Append("\\U").Append(c.ToString("x8"));
        }
        return text.ToString();
    }

    /// <summary>object_repr: <c>&lt;__main__.C object at 0x...&gt;</c>.</summary>
    public static string DefaultRepr(PyInstance instance)
    {
        string module = instance.Type.Dict is { } dict && dict.TryGetValue("__module__", out var m) && m is string s ? s + "." : "";
        return $"<{module}{instance.Type.QualName} object at {PyObjectIds.HexIdOf(instance)}>";
    }

    private static string CheckStr(object result, string method) =>
        result as string ?? throw PyErrors.TypeError($"{method} returned non-string (type {PyTypes.TypeName(result)})");

    private static string QualName(object function) =>
        function is IPyAttributes attributes && attributes.TryGetAttribute("__qualname__", out var q) && q is string s
            ? s
            : function is PyBuiltinFunction b ? b.Name : "?";

    private static string BuiltinRepr(PyBuiltinFunction builtin)
    {
        if (builtin.OwnerType is { } owner) return $"<method '{builtin.Name}' of '{owner}' objects>";
        if (builtin.Self is { } self)
            return $"<built-in method {builtin.Name} of {PyTypes.TypeName(self)} object at {PyObjectIds.HexIdOf(self)}>";
        return $"<built-in function {builtin.Name}>";
    }

    /// <summary>cell_repr in Objects/cellobject.c.</summary>
    private static string CellRepr(StrongBox<object> cell)
    {
        var contents = cell.Value;
        return contents is null or PyUnbound
            ? $"<cell at {PyObjectIds.HexIdOf(cell)}: empty>"
            : $"<cell at {PyObjectIds.HexIdOf(cell)}: {PyTypes.TypeName(contents)} object at {PyObjectIds.HexIdOf(contents)}>";
    }

    private static string Sequence(string open, IEnumerable<object> items, string close)
    {
        var text = new StringBuilder(open);
        bool first = true;
        foreach (var item in items)
        {
            if (!first) text.Append(", ");
            text.Append(Repr(item));
            first = false;
        }
        return text.Append(close).ToString();
    }

    private static string DictRepr(PyDict dict)
    {
        var text = new StringBuilder("{");
        bool first = true;
        foreach (var (key, value) in dict.Entries)
        {
            if (!first) text.Append(", ");
            text.Append(Repr(key)).Append(": ").Append(Repr(value));
            first = false;
        }
        return text.Append('}').ToString();
    }

    private static string Guarded(object container, string recursive, Func<string> repr)
    {
        var active = t_active ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (!active.Add(container)) return recursive;
        try
        {
            return repr();
        }
        finally
        {
            active.Remove(container);
        }
    }
}
