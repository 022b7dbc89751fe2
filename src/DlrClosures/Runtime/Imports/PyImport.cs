using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Imports;

/// <summary>
/// The import statements at run time: what CPython's IMPORT_NAME, IMPORT_FROM and IMPORT_STAR do
/// with importlib's <c>__import__</c> (Lib/importlib/_bootstrap.py: <c>_calc___package__</c>,
/// <c>_resolve_name</c>, <c>_find_and_load</c>, <c>_handle_fromlist</c>). The binder lowers each
/// import statement to calls of the builtin functions below (<see cref="Name"/>, <see cref="As"/>,
/// <see cref="From"/>, <see cref="FromName"/>, <see cref="Star"/>), passing the importing module's
/// namespace, so both engines run imports the same way.
/// </summary>
/// <remarks>
/// Steps of one import of a dotted name <c>a.b.c</c> (<see cref="Load"/>):
/// 1. a relative name is made absolute from the importer's <c>__package__</c> (else its <c>__name__</c>);
/// 2. each of <c>a</c>, <c>a.b</c>, <c>a.b.c</c> is taken from <c>sys.modules</c> when there, else
///    found (in <c>sys.path</c> for the first, in the parent's <c>__path__</c> for the others: a folder
///    with <c>__init__.py</c> first, then a <c>.py</c> file, then a folder as a namespace package),
///    put in <c>sys.modules</c> before its body runs (so a circular import sees it partially
///    initialized), run once, taken out again if its body raises, and set as an attribute of its parent.
/// </remarks>
internal static class PyImport
{
    /// <summary><c>import a.b.c</c>: imports all three, returns <c>a</c> (bound to the name <c>a</c>).</summary>
    public static readonly PyBuiltinFunction Name = new("__import_name__", (args, _) =>
    {
        var (state, globals) = State(args[0]);
        string name = (string)args[1];
        Load(state, name);
        return Lookup(state, name.Split('.')[0]);
    });

    /// <summary><c>import a.b.c as d</c>: imports all three, returns <c>a.b.c</c> reached by attributes (IMPORT_FROM, as 3.11 compiles it).</summary>
    public static readonly PyBuiltinFunction As = new("__import_as__", (args, _) =>
    {
        var (state, _) = State(args[0]);
        var parts = ((string)args[1]).Split('.');
        Load(state, (string)args[1]);
        object module = Lookup(state, parts[0]);
        for (int i = 1; i < parts.Length; i++) module = ImportFrom(state, module, parts[i]);
        return module;
    });

    /// <summary><c>from [.]m import x, y</c>: the module <c>m</c> (its named submodules imported).</summary>
    public static readonly PyBuiltinFunction From = new("__import_from__", (args, _) =>
    {
        var (state, globals) = State(args[0]);
        string name = args[1] as string ?? "";
        int level = (int)(long)args[2];
        var fromList = ((PyTuple)args[3]).Items;
        string resolved = level > 0 ? Resolve(globals, name, level) : name;
        if (resolved.Length == 0) throw PyErrors.ValueError(ImportMessages.EmptyModuleName);
        var module = Load(state, resolved);
        HandleFromList(state, module, fromList.Cast<string>());
        return module;
    });

    /// <summary>One name of <c>from m import x</c> (IMPORT_FROM).</summary>
    public static readonly PyBuiltinFunction FromName = new("__import_from_name__", (args, _) =>
        ImportFrom(State(args[0]).State, args[1], (string)args[2]));

    /// <summary><c>from m import *</c> (import_all_from): <c>__all__</c>, else every name without a leading underscore.</summary>
    public static readonly PyBuiltinFunction Star = new("__import_star__", (args, _) =>
    {
        var (_, globals) = State(args[0]);
        ImportAll(globals, args[1]);
        return PyNone.Instance;
    });

    /// <summary>The builtin <c>__import__(name, globals=None, locals=None, fromlist=(), level=0)</c>.</summary>
    public static object BuiltinImport(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywords("__import__", kw, "name", "globals", "locals", "fromlist", "level");
        int n = PyArgs.Positional(args, kw);
        object? Arg(int index, string keyword) => index < n ? args[index] : PyArgs.Keyword(args, kw, keyword);
        if (Arg(0, "name") is not string name)
            throw PyErrors.TypeError(n == 0 && kw is null ? "__import__() missing required argument 'name' (pos 1)" : $"__import__() argument 1 must be str, not {PyTypes.TypeName(Arg(0, "name") ?? PyNone.Instance)}");
        var fromList = Arg(3, "fromlist") switch
        {
            null or PyNone => [],
            var list => PyIteration.ToList(list).Select(item => item as string ?? throw PyErrors.TypeError($"Item in from list must be str, not {PyTypes.TypeName(item)}")).ToArray(),
        };
        int level = Arg(4, "level") switch
        {
            null or PyNone => 0,
            long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
            var other => throw PyErrors.TypeError($"'{PyTypes.TypeName(other)}' object cannot be interpreted as an integer"),
        };
        if (level < 0) throw PyErrors.ValueError("level must be >= 0");
        var state = (PyContext.Current ?? throw PyErrors.ImportError(ImportMessages.NoModuleNamed(name), name)).Imports;
        string resolved = name;
        if (level > 0)
        {
            var dict = Arg(1, "globals") as PyDict;
            string? package = dict is not null && dict.TryGetValue("__package__", out var p) && p is string ps ? ps
                : dict is not null && dict.TryGetValue("__name__", out var nm) && nm is string ns ? (dict.ContainsKey("__path__") ? ns : ns[..Math.Max(0, ns.LastIndexOf('.'))]) : null;
            resolved = ResolveName(package, name, level);
        }
        else if (name.Length == 0) throw PyErrors.ValueError(ImportMessages.EmptyModuleName);
        lock (state.Lock)
        {
            var module = Load(state, resolved);
            if (fromList.Length == 0)
            {
                // __import__ without a fromlist returns the first module of the name as written.
                int cutOff = name.Length - name.Split('.')[0].Length;
                return Lookup(state, resolved[..(resolved.Length - cutOff)]);
            }
            HandleFromList(state, module, fromList);
            return module;
        }
    }

    private static (ImportState State, PyGlobals Globals) State(object globals)
    {
        var g = (PyGlobals)globals;
        var context = g.Context ?? PyContext.Current;
        return context is null ? throw PyErrors.ImportError(ImportMessages.NoModuleNamed("sys"), "sys") : (context.Imports, g);
    }

    // _calc___package__ and _sanity_check/_resolve_name for a relative import.
    private static string Resolve(PyGlobals globals, string name, int level)
    {
        string? package;
        if (globals.TryGetValue("__package__", out var p) && p is not PyNone)
            package = p as string ?? throw PyErrors.TypeError("package must be a string");
        else
        {
            string moduleName = globals.TryGetValue("__name__", out var n) && n is string s ? s : "__main__";
            package = globals.Contains("__path__") ? moduleName : moduleName[..Math.Max(0, moduleName.LastIndexOf('.'))];
        }
        return ResolveName(package, name, level);
    }

    private static string ResolveName(string? package, string name, int level)
    {
        if (string.IsNullOrEmpty(package)) throw PyErrors.ImportError(ImportMessages.NoKnownParent, null);
        var bits = package.Split('.');
        if (bits.Length < level) throw PyErrors.ImportError(ImportMessages.BeyondTopLevel, null);
        string @base = string.Join('.', bits, 0, bits.Length - (level - 1));
        return name.Length == 0 ? @base : $"{@base}.{name}";
    }

    private static object Lookup(ImportState state, string name) =>
        state.Modules.TryGetValue(name, out var module) ? module : throw PyErrors.KeyError(StrRepr.Repr(name), name);

    /// <summary>_gcd_import: <paramref name="name"/> and each of its parents, found and run as needed.</summary>
    public static object Load(ImportState state, string name)
    {
        lock (state.Lock)
        {
            var parts = name.Split('.');
            if (parts.Any(part => part.Length == 0)) throw PyErrors.ModuleNotFoundError(ImportMessages.NoModuleNamed(name), name);
            object? parent = null;
            for (int i = 0; i < parts.Length; i++)
            {
                string prefix = string.Join('.', parts, 0, i + 1);
                if (state.Modules.TryGetValue(prefix, out var loaded))
                {
                    if (loaded is PyNone) throw PyErrors.ModuleNotFoundError(ImportMessages.HaltedNone(prefix), prefix);
                    parent = loaded;
                    continue;
                }
                var module = Find(state, prefix, parts[i], parent, i == 0 ? null : string.Join('.', parts, 0, i));
                if (parent is not null) PyAttributes.SetAttr(parent, parts[i], module);
                parent = module;
            }
            return parent!;
        }
    }

    // _find_and_load_unlocked: the search, then the run.
    private static object Find(ImportState state, string fullName, string last, object? parent, string? parentName)
    {
        IEnumerable<object> directories;
        if (parent is null) directories = state.Path.Items.ToArray();
        else if (PyAttributes.TryGetAttr(parent, "__path__", out var path)) directories = PyIteration.ToList(path);
        else throw PyErrors.ModuleNotFoundError(ImportMessages.NotAPackage(fullName, parentName!), fullName);

        var namespaceDirectories = new List<object>();
        foreach (var entry in directories)
        {
            if (entry is not string directory || !state.MaySearch(directory)) continue;
            string folder = Path.Combine(directory, last);
            string init = Path.Combine(folder, "__init__.py");
            if (File.Exists(init)) return Run(state, fullName, parentName, init, folder);
            string file = folder + ".py";
            if (File.Exists(file)) return Run(state, fullName, parentName, file, null);
            if (Directory.Exists(folder)) namespaceDirectories.Add(folder);
        }
        if (namespaceDirectories.Count > 0)
        {
            // PEP 420: a folder without __init__.py found nowhere else is a namespace package.
            var globals = new PyGlobals { Context = PyContext.Current };
            var module = new PyModule(fullName, globals, null);
            globals.SetValue("__package__", fullName);
            globals.SetValue("__path__", new PyList(namespaceDirectories));
            globals.SetValue("__file__", PyNone.Instance);
            state.Modules[fullName] = module;
            return module;
        }
        // A namespace of .NET types the host loaded (ScriptRuntime.LoadAssembly) imports by its name.
        if (parent is null && PyContext.Current?.HostGlobals is { } shared && shared.TryGetValue(last, out var clr) && clr is IPyAttributes and not PyModule)
        {
            state.Modules[fullName] = clr;
            return clr;
        }
        throw PyErrors.ModuleNotFoundError(ImportMessages.NoModuleNamed(fullName), fullName);
    }

    private static object Run(ImportState state, string fullName, string? parentName, string file, string? packageFolder)
    {
        var context = PyContext.Current;
        var globals = new PyGlobals { Context = context };
        string fullFile = Path.GetFullPath(file);
        var module = new PyModule(fullName, globals, fullFile);
        if (packageFolder is not null)
        {
            globals.SetValue("__path__", new PyList([Path.GetFullPath(packageFolder)]));
            globals.SetValue("__package__", fullName);
        }
        else globals.SetValue("__package__", parentName ?? "");
        var compile = state.CompileFile ?? throw PyErrors.ModuleNotFoundError(ImportMessages.NoModuleNamed(fullName), fullName);
        state.Modules[fullName] = module;
        module.Initializing = true;
        try
        {
            var code = compile(fullFile);
            new PyFunction(code, null, null, null, globals).Call0();
        }
        catch
        {
            state.Modules.Remove(fullName);
            throw;
        }
        finally
        {
            module.Initializing = false;
        }
        // A module may put another object in its place in sys.modules.
        return state.Modules.TryGetValue(fullName, out var result) ? result : module;
    }

    // _handle_fromlist: names of a package that are not attributes are imported as its submodules.
    private static void HandleFromList(ImportState state, object module, IEnumerable<string> fromList)
    {
        if (!PyAttributes.TryGetAttr(module, "__path__", out _)) return;
        foreach (var item in fromList)
        {
            if (item == "*")
            {
                if (PyAttributes.TryGetAttr(module, "__all__", out var all))
                    HandleFromList(state, module, PyIteration.ToList(all).OfType<string>().Where(name => name != "*"));
                continue;
            }
            if (PyAttributes.TryGetAttr(module, item, out _)) continue;
            string moduleName = PyAttributes.TryGetAttr(module, "__name__", out var n) && n is string s ? s : "";
            string sub = $"{moduleName}.{item}";
            try
            {
                Load(state, sub);
            }
            catch (PyException e) when (e.Type == PyExceptionType.ModuleNotFoundError && e.Name == sub
                && !(state.Modules.TryGetValue(sub, out var entry) && entry is PyNone))
            {
                // Not a submodule: IMPORT_FROM reports the missing name.
            }
        }
    }

    // import_from in Python/ceval.c.
    private static object ImportFrom(ImportState state, object module, string name)
    {
        if (PyAttributes.TryGetAttr(module, name, out var value)) return value;
        string? moduleName = PyAttributes.TryGetAttr(module, "__name__", out var n) && n is string s ? s : null;
        if (moduleName is not null && state.Modules.TryGetValue($"{moduleName}.{name}", out var sub)) return sub;
        string? file = PyAttributes.TryGetAttr(module, "__file__", out var f) && f is string path ? path : null;
        string shown = moduleName ?? "<unknown module name>";
        throw PyErrors.ImportError(module is PyModule { Initializing: true }
            ? ImportMessages.CannotImportNameCircular(name, shown, file)
            : ImportMessages.CannotImportName(name, shown, file), moduleName);
    }

    // import_all_from in Python/ceval.c.
    private static void ImportAll(PyGlobals globals, object module)
    {
        string moduleName = PyAttributes.TryGetAttr(module, "__name__", out var n) && n is string s ? s : "?";
        IEnumerable<object> names;
        bool fromAll = PyAttributes.TryGetAttr(module, "__all__", out var all);
        if (fromAll) names = PyIteration.ToList(all);
        else if (module is PyModule pyModule) names = pyModule.Globals.Names.ToArray();
        else names = PyDir.Dir(module);
        foreach (var item in names)
        {
            if (item is not string name)
                throw PyErrors.TypeError(fromAll ? ImportMessages.AllItemNotStr(moduleName, PyTypes.TypeName(item)) : ImportMessages.DictItemNotStr(moduleName, PyTypes.TypeName(item)));
            if (!fromAll && name.StartsWith('_')) continue;
            globals.SetValue(name, PyAttributes.GetAttr(module, name));
        }
    }
}
