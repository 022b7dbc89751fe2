using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Imports;

/// <summary>
/// A module object (CPython's <c>types.ModuleType</c>): its attributes are the live global
/// namespace its code runs in, so <c>m.x = 1</c> is seen by the module's functions and an
/// assignment inside the module is seen through <c>m.x</c>. A module whose code is still running
/// (<see cref="Initializing"/>) is the "partially initialized module" of CPython's messages.
/// </summary>
internal sealed class PyModule : IPyAttributes
{
    public PyModule(string name, PyGlobals globals, string? file, bool builtIn = false)
    {
        Globals = globals;
        File = file;
        BuiltIn = builtIn;
        globals.SetValue("__name__", name);
        globals.SetValue("__doc__", PyNone.Instance);
        globals.SetValue("__package__", PyNone.Instance);
        globals.SetValue("__loader__", PyNone.Instance);
        globals.SetValue("__spec__", PyNone.Instance);
        if (file is not null) globals.SetValue("__file__", file);
    }

    /// <summary>The module's namespace: the globals of its code.</summary>
    public PyGlobals Globals { get; }

    /// <summary>The file it was loaded from; null for a built-in or namespace module.</summary>
    public string? File { get; }

    /// <summary>True for the modules written in C# (<c>sys</c>).</summary>
    public bool BuiltIn { get; }

    /// <summary>True while the module's body runs (CPython's <c>__spec__._initializing</c>).</summary>
    public volatile bool Initializing;

    /// <summary><c>__name__</c> as it is now (a module may rename itself), else CPython's placeholder.</summary>
    public string Name => Globals.TryGetValue("__name__", out var name) && name is string s ? s : "?";

    /// <summary>Whether the module is a package: it has a <c>__path__</c>.</summary>
    public bool IsPackage => Globals.Contains("__path__");

    public bool TryGetAttribute(string name, out object value)
    {
        if (Globals.TryGetValue(name, out value)) return true;
        if (name == "__dict__")
        {
            // A snapshot: the namespace itself is a table of cells, not a dict.
            var dict = new PyDict();
            foreach (var key in Globals.Names)
                if (Globals.TryGetValue(key, out var item)) dict[key] = item;
            value = dict;
            return true;
        }
        // PEP 562: a module-level __getattr__ answers for names the module does not bind.
        if (name != "__getattr__" && Globals.TryGetValue("__getattr__", out var hook) && hook is PyCallable callable)
        {
            try
            {
                value = callable.Call([name]);
                return true;
            }
            catch (PyException e) when (e.Type.IsSubclassOf(PyExceptionType.AttributeError))
            {
                // The hook's AttributeError means "no such attribute", as CPython's module_getattro reads it.
            }
        }
        return false;
    }

    public bool TrySetAttribute(string name, object value)
    {
        Globals.SetValue(name, value);
        return true;
    }

    public bool TryDeleteAttribute(string name) => Globals.Remove(name);

    /// <summary>module_getattro's AttributeError: "module 'm' has no attribute 'x'", with the circular-import hint while the module runs.</summary>
    public PyException NoAttribute(string name) => PyErrors.AttributeError(Initializing
        ? ImportMessages.PartiallyInitializedNoAttribute(Name, name)
        : ImportMessages.ModuleHasNoAttribute(Name, name));

    /// <summary>The sorted names of <c>dir(module)</c>.</summary>
    public List<string> Dir()
    {
        var names = Globals.Names.ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>module_repr: <c>&lt;module 'm' from '/path/m.py'&gt;</c>, <c>&lt;module 'sys' (built-in)&gt;</c>.</summary>
    public string Repr()
    {
        string name = StrRepr.Repr(Name);
        if (BuiltIn) return $"<module {name} (built-in)>";
        if (Globals.TryGetValue("__file__", out var file) && file is string path) return $"<module {name} from {StrRepr.Repr(path)}>";
        return $"<module {name} (namespace)>";
    }
}
