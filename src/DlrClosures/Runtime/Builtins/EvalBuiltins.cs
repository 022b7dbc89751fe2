using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Builtins;

/// <summary>
/// compile, eval and exec (builtin_compile_impl, builtin_eval_impl, builtin_exec_impl). Source text
/// goes through the same pipeline as a script (the runtime's <see cref="PyRuntimeContext.Compiler"/>,
/// which the hosting layer provides), and the code runs inside the current execution: the same
/// thread, the same time, step, memory and output limits, the same recursion depth, and the same
/// permissions as the script that called it.
/// </summary>
internal static class EvalBuiltins
{
    public static object Compile(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected("compile", kw, "source", "filename", "mode", "flags", "dont_inherit", "optimize");
        int n = PyArgs.Positional(args, kw);
        if (n > 6) throw PyErrors.TypeError(PyMessages.TakesPositionalArguments("compile", 6, n));
        object Arg(int i, string name) => i < n ? args[i] : PyArgs.Keyword(args, kw, name)
            ?? throw PyErrors.TypeError($"compile() missing required argument '{name}' (pos {i + 1})");
        var source = Arg(0, "source");
        var filename = Arg(1, "filename") as string ?? throw PyErrors.TypeError("compile() argument 'filename' must be str");
        var mode = Arg(2, "mode") as string ?? throw PyErrors.TypeError("compile() argument 'mode' must be str");
        if (mode is not ("exec" or "eval" or "single"))
            throw PyErrors.ValueError("compile() mode must be 'exec', 'eval' or 'single'");
        if (source is PyModuleCode code) return code;
        var text = source as string ?? throw PyErrors.TypeError("compile() arg 1 must be a string, bytes or AST object");
        return new PyModuleCode(CompileText(text, filename, mode), mode, filename);
    }

    /// <summary>eval(source, globals=None, locals=None) and exec(source, globals=None, locals=None), with the caller's frame.</summary>
    public static object Run(string function, FrameBuiltins.CallerFrame frame, object[] args, string[]? kw)
    {
        PyArgs.NoKeywords(function, kw);
        PyArgs.Range(function, args, kw, 1, 3);
        var source = args[0];
        var globalsArg = args.Length > 1 ? args[1] : PyNone.Instance;
        var localsArg = args.Length > 2 ? args[2] : PyNone.Instance;
        if (globalsArg is not PyNone and not PyDict)
            throw PyErrors.TypeError(function == "exec"
                ? $"exec() globals must be a dict, not {PyTypes.TypeName(globalsArg)}"
                : globalsArg is Classes.PyInstance ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        if (localsArg is not PyNone and not PyDict)
            throw PyErrors.TypeError(function == "exec"
                ? $"locals must be a mapping or None, not {PyTypes.TypeName(localsArg)}"
                : "locals must be a mapping");

        PyGlobals globals;
        PyDict? locals;
        if (globalsArg is PyDict g)
        {
            globals = PyGlobals.ForDict(g, PyContext.Current);
            locals = localsArg as PyDict;
        }
        else
        {
            globals = frame.Globals;
            locals = localsArg as PyDict ?? frame.Locals;
        }

        PyCode code = source switch
        {
            PyModuleCode compiled => compiled.Code,
            // builtin_eval_impl strips leading spaces and tabs from a string.
            string text => CompileText(function == "eval" ? text.TrimStart(' ', '\t') : text, "<string>", function),
            _ => throw PyErrors.TypeError(function == "exec"
                ? $"exec() arg 1 must be a string, bytes or code object"
                : "eval() arg 1 must be a string, bytes or code object"),
        };
        object result;
        try
        {
            result = locals is null || ReferenceEquals(locals, globals.AsDictIfMade()) ? RunIn(code, globals) : RunWithLocals(code, globals, locals);
        }
        finally
        {
            // A globals dict shows what the code bound.
            if (globals.AsDictIfMade() is not null) globals.AsDict();
        }
        return function == "exec" ? PyNone.Instance : result;
    }

    private static object RunIn(PyCode code, PyGlobals globals) => new PyFunction(code, null, null, null, globals).Call0();

    // Separate locals: names resolve in the locals, then the globals, then the builtins. The code
    // runs over a namespace holding both (the locals over the globals); afterwards every name it
    // bound or changed goes back into the locals dict, as STORE_NAME would have put it there.
    private static object RunWithLocals(PyCode code, PyGlobals globals, PyDict locals)
    {
        var merged = new PyGlobals { Context = globals.Context };
        foreach (var name in globals.Names)
            if (globals.TryGetValue(name, out var value)) merged.SetValue(name, value);
        foreach (var (key, value) in locals.Entries)
            if (key is string name) merged.SetValue(name, value);
        try
        {
            return RunIn(code, merged);
        }
        finally
        {
            foreach (var name in merged.Names)
            {
                if (!merged.TryGetValue(name, out var now)) continue;
                bool known = locals.TryGetValue(name, out var before) || globals.TryGetValue(name, out before);
                if (!known || !ReferenceEquals(before, now)) locals[name] = now;
            }
        }
    }

    private static PyCode CompileText(string text, string filename, string mode)
    {
        var compiler = PyContext.Current?.Compiler
            ?? throw PyErrors.TypeError("compile(), eval() and exec() need a script runtime (ScriptRuntime)");
        return compiler(text, filename, mode);
    }
}
