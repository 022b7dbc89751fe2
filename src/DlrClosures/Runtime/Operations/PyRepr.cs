using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary><c>repr()</c> and <c>str()</c> of every value, byte for byte as CPython 3.11 prints them.</summary>
internal static class PyRepr
{
    // Containers being printed on this thread, so a list that contains itself prints as [...]
    // (Py_ReprEnter / Py_ReprLeave in Objects/object.c).
    [ThreadStatic] private static HashSet<object>? t_active;

    /// <summary>PyObject_Repr. Containers are written into one buffer, so deep nesting stays linear.</summary>
    public static string Repr(object value)
    {
        switch (value)
        {
            case string s: return StrRepr.Repr(s);
            case long l: return l.ToString(CultureInfo.InvariantCulture);
            case PyList or PyTuple or PyDict or PySet or PyDictView:
                var text = new StringBuilder();
                AppendRepr(text, value);
                return text.ToString();
        }
        NativeRecursion.Enter(NativeRecursion.WhileGettingRepr);
        try
        {
            return LeafRepr(value);
        }
        finally
        {
            NativeRecursion.Exit();
        }
    }

    [ThreadStatic] private static int t_itemsSinceCheck;

    // list_repr, tuple_repr, dict_repr, set_repr and dictview_repr, each item through PyObject_Repr
    // (which counts one recursion level) into the shared buffer.
    private static void AppendRepr(StringBuilder text, object value)
    {
        // A repr can run long with no script back edge (a list that holds itself twice at each of
        // 66 levels has 2**66 items to show): every 4,096 items the time, cancellation and memory
        // limits are read, so a host's limits stop it (the mutation fuzzer's soak found one that
        // ran past its 100 ms limit for a minute). Not a step: the step count stays the script's.
        if (++t_itemsSinceCheck >= 4096)
        {
            t_itemsSinceCheck = 0;
            Limits.PyLimits.CheckNow();
        }
        NativeRecursion.Enter(NativeRecursion.WhileGettingRepr);
        try
        {
            switch (value)
            {
                case PyList list: Guarded(text, list, "[...]", () => AppendItems(text, "[", list.Items, "]")); return;
                case PyTuple tuple when tuple.Count == 1:
                    Guarded(text, tuple, "(...)", () => AppendItems(text, "(", tuple.Items, ",)")); return;
                case PyTuple tuple: Guarded(text, tuple, "(...)", () => AppendItems(text, "(", tuple.Items, ")")); return;
                case PyDict dict: Guarded(text, dict, "{...}", () => AppendDict(text, dict)); return;
                case PySet { Count: 0, IsFrozen: true }: text.Append("frozenset()"); return;
                case PySet { IsFrozen: true } frozen:
                    Guarded(text, frozen, "frozenset(...)", () => AppendItems(text, "frozenset({", frozen.Items, "})")); return;
                case PySet { Count: 0 }: text.Append("set()"); return;
                case PySet set: Guarded(text, set, "set(...)", () => AppendItems(text, "{", set.Items, "}")); return;
                case PyDictView view:
                    Guarded(text, view, "...", () => AppendItems(text, view.TypeName + "([", view.Items, "])")); return;
                case string s: text.Append(StrRepr.Repr(s)); return;
                case long l: text.Append(l); return;
                default: text.Append(LeafRepr(value)); return;
            }
        }
        finally
        {
            NativeRecursion.Exit();
        }
    }

    private static string LeafRepr(object value)
    {
        switch (value)
        {
            case string s: return StrRepr.Repr(s);
            case long l: return l.ToString(CultureInfo.InvariantCulture);
            case bool b: return b ? "True" : "False";
            case double d: return FloatRepr.Repr(d);
            case PyNone: return "None";
            case PyNotImplemented: return "NotImplemented";
            case PyEllipsis: return "Ellipsis";
            case BigInteger big: return IntOps.ToDecimalString(big);
            case PyRange range:
                return RangeOps.Repr(range);
            case PyBytes bytes: return BytesOps.Repr(bytes);
            case Io.PyFile file: return file.Repr();
            case PySlice slice: return $"slice({Repr(slice.Start)}, {Repr(slice.Stop)}, {Repr(slice.Step)})";
            case PyInstance instance:
                return instance.TryInvokeSpecial("__repr__", [], out var r) ? CheckStr(r, "__repr__") : DefaultRepr(instance);
            case PyType type: return type.Metaclass.IsUserClass ? ClassSpecials.Repr(type) : type.ToString();
            case IPyTyped typed: return typed.Repr();
            case PyGenericAlias alias: return alias.Repr();
            case PyUnionType union: return union.Repr();
            case PyExceptionType type: return type.ToString();
            case PyExceptionObject exception: return exception.Repr();
            case PyBuiltinFunction builtin: return BuiltinRepr(builtin);
            case PyMethod method:
                return $"<bound method {QualName(method.Function)} of {Repr(method.Self)}>";
            case StrongBox<object> cell: return CellRepr(cell);
            case Generators.PyGenerator generator: return generator.Repr();
            case Imports.PyModule module: return module.Repr();
            case Imports.SysStream stream: return stream.Repr();
            case Imports.PyNamespace ns: return ns.Repr();
            case Interop.ClrType type: return type.ToString();
            case Interop.ClrMethodGroup group: return $"<built-in method {group.Name}>";
            case var _ when Interop.ClrObjects.IsClr(value): return Interop.ClrOperators.Repr(value);
            case PyCallable function when function is IPyAttributes:
                return $"<function {QualName(function)} at {PyObjectIds.HexIdOf(function)}>";
            default: return $"<{PyTypes.TypeName(value)} object at {PyObjectIds.HexIdOf(value)}>";
        }
    }

    public static string Str(object value) => value switch
    {
        string s => s,
        PyInstance instance when instance.HasSpecial("__str__") => InstanceStr(instance),
        PyExceptionObject exception => exception.Message,
        PyException exception => exception.Message,
        _ when Interop.ClrObjects.IsClr(value) => Interop.ClrOperators.Str(value),
        _ => Repr(value),
    };

    // PyObject_Str counts a recursion level around the user's __str__.
    private static string InstanceStr(PyInstance instance)
    {
        NativeRecursion.Enter(NativeRecursion.WhileGettingStr);
        try
        {
            return instance.TryInvokeSpecial("__str__", [], out var r) ? CheckStr(r, "__str__") : "";
        }
        finally
        {
            NativeRecursion.Exit();
        }
    }

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

    private static void AppendItems(StringBuilder text, string open, IEnumerable<object> items, string close)
    {
        text.Append(open);
        bool first = true;
        foreach (var item in items)
        {
            if (!first) text.Append(", ");
            AppendRepr(text, item);
            first = false;
        }
        text.Append(close);
    }

    private static void AppendDict(StringBuilder text, PyDict dict)
    {
        text.Append('{');
        bool first = true;
        foreach (var (key, value) in dict.Entries)
        {
            if (!first) text.Append(", ");
            AppendRepr(text, key);
            text.Append(": ");
            AppendRepr(text, value);
            first = false;
        }
        text.Append('}');
    }

    private static void Guarded(StringBuilder text, object container, string recursive, Action append)
    {
        var active = t_active ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (!active.Add(container))
        {
            text.Append(recursive);
            return;
        }
        try
        {
            append();
        }
        finally
        {
            active.Remove(container);
        }
    }
}
