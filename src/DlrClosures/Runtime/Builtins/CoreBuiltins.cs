using System.Text;
using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;
using DlrClosures.Runtime.Limits;

namespace DlrClosures.Runtime.Builtins;

/// <summary>print, len, isinstance, the attribute builtins and the other object-level builtins (Python/bltinmodule.c).</summary>
internal static class CoreBuiltins
{
    public static object Print(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywords("print", kw, "sep", "end", "file", "flush");
        int n = PyArgs.Positional(args, kw);
        string sep = TextOption(PyArgs.Keyword(args, kw, "sep"), "sep", " ");
        string end = TextOption(PyArgs.Keyword(args, kw, "end"), "end", "\n");
        var file = PyArgs.Keyword(args, kw, "file");
        bool flush = PyComparison.IsTrue(PyArgs.Keyword(args, kw, "flush") ?? PyBool.False);
        if (file is not null and not PyNone)
        {
            PrintTo(file, args, n, sep, end, flush);
            return PyNone.Instance;
        }
        var text = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            if (i > 0) text.Append(sep);
            text.Append(PyRepr.Str(args[i]));
        }
        text.Append(end);
        var output = text.ToString();
        PyLimits.ChargeOutput(output);
        PyContext.Out.Write(output);
        if (flush) PyContext.Out.Flush();
        return PyNone.Instance;
    }

    // builtin_print_impl with a file: each item, separator and the end is a separate file.write(str)
    // call, whatever the object is; flush=True then calls file.flush().
    private static void PrintTo(object file, object[] args, int n, string sep, string end, bool flush)
    {
        var write = PyAttributes.GetAttr(file, "write");
        for (int i = 0; i < n; i++)
        {
            if (i > 0) PyCalls.Call(write, [sep]);
            PyCalls.Call(write, [PyRepr.Str(args[i])]);
        }
        PyCalls.Call(write, [end]);
        if (flush) PyCalls.Call(PyAttributes.GetAttr(file, "flush"), []);
    }

    private static string TextOption(object? value, string name, string fallback) => value switch
    {
        null or PyNone => fallback,
        string s => s,
        _ => throw PyErrors.TypeError($"{name} must be None or a string, not {PyTypes.TypeName(value)}"),
    };

    /// <summary>repr(): the call of a builtin counts one recursion level (CALL_NO_KW_BUILTIN_O in Python/ceval.c).</summary>
    public static object Repr(object value)
    {
        NativeRecursion.Enter(NativeRecursion.WhileCallingPythonObject);
        try
        {
            return PyRepr.Repr(value);
        }
        finally
        {
            NativeRecursion.Exit();
        }
    }

    public static object Len(object value)
    {
        long n = value switch
        {
            string s => s.Length,
            PyList l => l.Count,
            PyTuple t => t.Count,
            PyDict d => d.Count,
            PySet s => s.Count,
            PyBytes b => b.Count,
            PyRange r => r.Count,
            PyDictView v => v.Dict.Count,
            PyInstance i when i.TryInvokeSpecial("__len__", [], out var r) =>
                PyInt.TryGetLong(r, out long len) ? (len >= 0 ? len : throw PyErrors.ValueError("__len__() should return >= 0"))
                    : throw PyErrors.TypeError(PyMessages.CannotInterpretAsInteger(PyTypes.TypeName(r))),
            _ when Interop.ClrCollections.TryLen(value, out long count) => count,
            _ => throw PyErrors.TypeError(PyMessages.ObjectHasNoLen(PyTypes.TypeName(value))),
        };
        return PyInt.Box(n);
    }

    public static object IsInstance(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("isinstance", kw);
        if (args.Length != 2) throw PyErrors.TypeError(PyMessages.ExpectedArguments("isinstance", 2, args.Length));
        return PyBool.Box(IsInstance(args[0], args[1]));
    }

    private static bool IsInstance(object value, object classInfo) => classInfo switch
    {
        PyType type => PyTypes.IsInstance(value, type),
        PyExceptionType type => value switch
        {
            PyExceptionObject e => e.Type.IsSubclassOf(type),
            PyException e => e.Type.IsSubclassOf(type),
            _ => false,
        },
        PyTuple tuple => AnyOf(tuple, NativeRecursion.InInstanceCheck, value, static (v, item) => IsInstance(v, item)),
        PyUnionType union => AnyOf(union.ClassesForCheck("isinstance"), NativeRecursion.InInstanceCheck, value, static (v, item) => IsInstance(v, item)),
        PyGenericAlias => throw PyErrors.TypeError("isinstance() argument 2 cannot be a parameterized generic"),
        // An exposed .NET type: a .NET object is an instance of its class, base classes and interfaces.
        Interop.ClrType clr => Interop.ClrObjects.IsClr(value) && clr.Type.IsInstanceOfType(value),
        _ => throw PyErrors.TypeError(PyMessages.IsInstanceArg2),
    };

    public static object IsSubclass(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("issubclass", kw);
        if (args.Length != 2) throw PyErrors.TypeError(PyMessages.ExpectedArguments("issubclass", 2, args.Length));
        return PyBool.Box(IsSubclass(args[0], args[1]));
    }

    private static bool IsSubclass(object cls, object classInfo) => (cls, classInfo) switch
    {
        (PyType a, PyType b) => a.IsSubclassOf(b),
        (PyExceptionType a, PyExceptionType b) => a.IsSubclassOf(b),
        (_, PyTuple tuple) => AnyOf(tuple, NativeRecursion.InSubclassCheck, cls, static (c, item) => IsSubclass(c, item)),
        (_, PyUnionType union) => AnyOf(union.ClassesForCheck("issubclass"), NativeRecursion.InSubclassCheck, cls, static (c, item) => IsSubclass(c, item)),
        (_, PyGenericAlias) => throw PyErrors.TypeError("issubclass() argument 2 cannot be a parameterized generic"),
        (PyType or PyExceptionType, PyType or PyExceptionType) => false,
        (PyType or PyExceptionType, _) => throw PyErrors.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
        _ => throw PyErrors.TypeError("issubclass() arg 1 must be a class"),
    };

    // object_isinstance / object_issubclass: each level of a nested tuple is a recursive call
    // (Py_EnterRecursiveCall), so a tuple nested past the recursion limit is a RecursionError.
    private static bool AnyOf(PyTuple classes, string where, object subject, Func<object, object, bool> test)
    {
        NativeRecursion.Enter(where);
        try
        {
            foreach (var item in classes.Items)
                if (test(subject, item)) return true;
            return false;
        }
        finally
        {
            NativeRecursion.Exit();
        }
    }

    public static object Callable(object value) => PyBool.Box(value switch
    {
        PyCallable or PyExceptionType => true,
        PyInstance instance => instance.HasSpecial("__call__"),
        _ => false,
    });

    public static object GetAttr(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("getattr", kw);
        PyArgs.Range("getattr", args, kw, 2, 3);
        string name = Name(args[1]);
        if (args.Length == 2) return PyAttributes.GetAttr(args[0], name);
        try
        {
            return PyAttributes.TryGetAttr(args[0], name, out var value) ? value : args[2];
        }
        catch (PyException e) when (e.Type.IsSubclassOf(PyExceptionType.AttributeError))
        {
            return args[2];
        }
    }

    public static object SetAttr(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("setattr", kw);
        PyArgs.Range("setattr", args, kw, 3, 3);
        PyAttributes.SetAttr(args[0], Name(args[1]), args[2]);
        return PyNone.Instance;
    }

    public static object HasAttr(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("hasattr", kw);
        PyArgs.Range("hasattr", args, kw, 2, 2);
        return PyBool.Box(PyAttributes.HasAttr(args[0], Name(args[1])));
    }

    public static object DelAttr(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("delattr", kw);
        PyArgs.Range("delattr", args, kw, 2, 2);
        PyAttributes.DelAttr(args[0], Name(args[1]));
        return PyNone.Instance;
    }

    private static string Name(object value) =>
        value as string ?? throw PyErrors.TypeError(PyMessages.AttributeNameMustBeString(PyTypes.TypeName(value)));

    public static object Iter(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("iter", kw);
        PyArgs.Range("iter", args, kw, 1, 2);
        if (args.Length == 1) return PyIteration.GetIterator(args[0]);
        if (!PyComparison.IsTrue(Callable(args[0]))) throw PyErrors.TypeError("iter(v, w): v must be callable");
        return new Iterators.CallableIterator(args[0], args[1]);
    }

    public static object Format(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("format", kw);
        PyArgs.Range("format", args, kw, 1, 2);
        string spec = args.Length > 1
            ? args[1] as string ?? throw PyErrors.TypeError($"format() argument 2 must be str, not {PyTypes.TypeName(args[1])}")
            : "";
        return PyFormatting.Format(args[0], spec);
    }
}
