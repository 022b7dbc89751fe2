using System.Runtime.InteropServices;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Imports;

/// <summary>
/// The built-in <c>sys</c> module of one runtime (Python/sysmodule.c, the parts a script uses):
/// <c>argv</c>, <c>path</c>, <c>modules</c>, <c>exit</c>, <c>maxsize</c>, <c>version</c>,
/// <c>version_info</c>, <c>implementation</c>, <c>platform</c>, <c>byteorder</c>, <c>executable</c>,
/// the recursion limit, the int-to-str digit limit, and <c>stdin</c>/<c>stdout</c>/<c>stderr</c>.
/// </summary>
/// <remarks>
/// Choices: <c>version_info</c> is (3, 11, 0, 'final', 0), the language this engine follows, not a
/// CPython build; <c>implementation.name</c> is 'dlrclosures' (as IronPython says 'ironpython'), so code
/// that asks which Python it runs on is told the truth; <c>platform</c> is CPython's word for the
/// operating system ('linux', 'win32', 'darwin'); <c>executable</c> is '' unless the host names its
/// program (dlrc names itself). <c>setrecursionlimit</c> never goes above the limit the host set
/// (<c>ScriptRuntimeSetup.RecursionLimit</c>): a higher request is lowered to it, so
/// <c>getrecursionlimit()</c> tells the limit in force.
/// </remarks>
internal static class SysModule
{
    /// <summary>The Python version the engine follows.</summary>
    public static readonly object[] VersionInfo = [PyInt.Box(3), PyInt.Box(11), PyInt.Box(0), "final", PyInt.Box(0)];

    public static PyModule Create(PyRuntimeContext context, ImportState state)
    {
        var globals = new PyGlobals { Context = context };
        var sys = new PyModule("sys", globals, null, builtIn: true);
        void Set(string name, object value) => globals.SetValue(name, value);
        void Function(string name, Func<object[], string[]?, object> body) => Set(name, new PyBuiltinFunction(name, body));

        Set("argv", state.Argv);
        Set("path", state.Path);
        Set("modules", state.Modules);
        Set("maxsize", PyInt.Box(long.MaxValue));
        Set("byteorder", BitConverter.IsLittleEndian ? "little" : "big");
        Set("platform", OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux");
        Set("executable", "");
        Set("version", $"3.11.0 (DlrClosures, .NET {Environment.Version})");
        var versionInfo = StructFields.Create(["major", "minor", "micro", "releaselevel", "serial"], VersionInfo);
        Set("version_info", versionInfo);
        Set("hexversion", PyInt.Box(0x030B00F0));
        Set("implementation", new PyNamespace(
        [
            new("name", "dlrclosures"),
            new("cache_tag", PyNone.Instance),
            new("version", versionInfo),
        ]));
        Set("builtin_module_names", new PyTuple(["builtins", "sys"]));
        Set("dont_write_bytecode", true);
        foreach (var stream in new[] { "stdin", "stdout", "stderr" })
        {
            var value = new SysStream(context, $"<{stream}>");
            Set(stream, value);
            Set($"__{stream}__", value);
        }

        Function("exit", (args, kw) =>
        {
            PyArgs.NoKeywords("exit", kw);
            if (args.Length > 1) throw PyErrors.TypeError($"exit expected at most 1 argument, got {args.Length}");
            throw new PyExceptionObject(PyExceptionType.SystemExit, args).ToException();
        });
        Function("getrecursionlimit", (args, kw) =>
        {
            PyArgs.None("getrecursionlimit", args, kw);
            return PyInt.Box(context.RecursionLimit);
        });
        Function("setrecursionlimit", (args, kw) =>
        {
            var value = PyArgs.One("setrecursionlimit", args, kw);
            if (value is not long requested) throw PyErrors.TypeError($"'{PyTypes.TypeName(value)}' object cannot be interpreted as an integer");
            if (requested < 1) throw PyErrors.ValueError("recursion limit must be greater or equal than 1");
            int limit = (int)Math.Min(requested, context.HostRecursionLimit);
            int depth = PyFrames.Depth;
            if (depth >= limit)
                throw PyErrors.RecursionError($"cannot set the recursion limit to {requested} at the recursion depth {depth}: the limit is too low");
            context.SetRecursionLimit(limit);
            PyFrames.SetLimit(limit);
            return PyNone.Instance;
        });
        Function("get_int_max_str_digits", (args, kw) =>
        {
            PyArgs.None("get_int_max_str_digits", args, kw);
            return PyInt.Box(context.IntMaxStrDigits);
        });
        Function("set_int_max_str_digits", (args, kw) =>
        {
            PyArgs.AllowKeywords("set_int_max_str_digits", kw, "maxdigits");
            var value = args.Length == 1 ? args[0] : throw PyErrors.TypeError($"set_int_max_str_digits() takes exactly one argument ({args.Length} given)");
            if (value is not long digits) throw PyErrors.TypeError($"'{PyTypes.TypeName(value)}' object cannot be interpreted as an integer");
            context.SetIntMaxStrDigits((int)Math.Clamp(digits, int.MinValue, int.MaxValue));
            return PyNone.Instance;
        });
        Function("getdefaultencoding", (args, kw) =>
        {
            PyArgs.None("getdefaultencoding", args, kw);
            return "utf-8";
        });
        Function("intern", (args, kw) =>
        {
            var value = PyArgs.One("intern", args, kw);
            return value is string s ? string.Intern(s) : throw PyErrors.TypeError($"intern() argument must be str, not {PyTypes.TypeName(value)}");
        });
        return sys;
    }

    /// <summary>The <c>builtins</c> module: the builtin names as a module (assigning to it does not change what names mean).</summary>
    public static PyModule CreateBuiltins(PyRuntimeContext context)
    {
        var globals = new PyGlobals { Context = context };
        var module = new PyModule("builtins", globals, null, builtIn: true);
        foreach (var name in PyBuiltins.Names)
            if (PyBuiltins.TryGetValue(name, out var value)) globals.SetValue(name, value);
        return module;
    }
}
