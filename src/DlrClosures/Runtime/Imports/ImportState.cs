using DlrClosures.Runtime.Functions;

namespace DlrClosures.Runtime.Imports;

/// <summary>
/// The import system of one runtime: <c>sys.modules</c>, <c>sys.path</c>, <c>sys.argv</c>, the
/// <c>sys</c> module itself, and the way to compile a module's file (given by the hosting layer,
/// which owns the engines). Created with its <see cref="PyRuntimeContext"/>.
/// </summary>
/// <remarks>
/// <para>Which folders may be searched (docs/hosting.md, "Imports"): the folder of the main script the
/// host runs and the host's search paths (<c>ScriptEngine.SetSearchPaths</c>) are always searched:
/// the host chose them. A folder a script adds to <c>sys.path</c> itself is searched only when the
/// runtime may read the file system (<c>ScriptPermissions.FileSystem</c>, below its root if it has
/// one); otherwise it is passed over as a folder that does not exist, so a sandboxed script cannot
/// make the engine read files the host did not offer.</para>
/// <para>Imports of one runtime are serialised by one re-entrant lock (CPython has one lock per module
/// and a global one for sys.modules; a script that imports on several threads at once is rare and
/// one lock keeps a half-run module from being seen by another thread).</para>
/// </remarks>
internal sealed class ImportState
{
    private readonly PyRuntimeContext _context;
    private string[] _hostPaths = [];
    private string? _scriptDirectory;

    public ImportState(PyRuntimeContext context)
    {
        _context = context;
        Sys = SysModule.Create(context, this);
        Modules["sys"] = Sys;
        Modules["builtins"] = SysModule.CreateBuiltins(context);
    }

    /// <summary><c>sys.modules</c>.</summary>
    public PyDict Modules { get; } = new();

    /// <summary><c>sys.path</c>: the main script's folder, then the host's search paths; scripts may change it.</summary>
    public PyList Path { get; } = new();

    /// <summary><c>sys.argv</c>: what the host set with <see cref="SetArguments"/> (dlrc: the script and its arguments); empty for a host that set nothing.</summary>
    public PyList Argv { get; } = new();

    /// <summary>The <c>sys</c> module of this runtime.</summary>
    public PyModule Sys { get; }

    /// <summary>The lock every import of this runtime takes.</summary>
    public object Lock { get; } = new();

    /// <summary>Compiles the module file at a full path with the runtime's engine (set by the hosting layer).</summary>
    public Func<string, PyCode>? CompileFile { get; set; }

    /// <summary>Replaces the host's part of <c>sys.path</c> (<c>ScriptEngine.SetSearchPaths</c>).</summary>
    public void SetHostPaths(IEnumerable<string> paths)
    {
        lock (Lock)
        {
            foreach (var old in _hostPaths) Path.Items.Remove(old);
            _hostPaths = paths.ToArray();
            Path.Items.AddRange(_hostPaths);
        }
    }

    /// <summary>
    /// The folder of the main script: first in <c>sys.path</c> (CPython's <c>sys.path[0]</c>). A host that
    /// runs another file later moves that entry to the new script's folder.
    /// </summary>
    public void SetScriptDirectory(string directory)
    {
        lock (Lock)
        {
            if (_scriptDirectory == directory) return;
            if (_scriptDirectory is not null && Path.Count > 0 && Equals(Path.Items[0], _scriptDirectory)) Path.Items.RemoveAt(0);
            _scriptDirectory = directory;
            Path.Items.Insert(0, directory);
        }
    }

    /// <summary><c>sys.argv</c>, as the host gives it (the command line's script and arguments).</summary>
    public void SetArguments(IEnumerable<string> arguments)
    {
        Argv.Items.Clear();
        foreach (var argument in arguments) Argv.Items.Add(argument);
    }

    /// <summary>Whether a script may find modules in <paramref name="directory"/> (see the class remarks).</summary>
    /// A package's folder (<c>__path__</c>) is searched when it lies below a folder that may be.
    public bool MaySearch(string directory)
    {
        if (FullPath(directory) is not { } full) return false;
        string?[] offered = [_scriptDirectory, .. _hostPaths];
        foreach (var root in offered)
            if (root is not null && FullPath(root) is { } allowed && IsBelow(full, allowed)) return true;
        var permissions = _context.Permissions;
        if (!permissions.FileSystem) return false;
        return permissions.FileSystemRoot is not { } fileRoot || IsBelow(full, fileRoot);
    }

    private static bool IsBelow(string path, string root) =>
        path == root || path.StartsWith(root.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The full form of <paramref name="directory"/> ("" is the current folder, as in CPython's sys.path); null when it is no valid path.</summary>
    public static string? FullPath(string directory)
    {
        try
        {
            return System.IO.Path.GetFullPath(directory.Length == 0 ? "." : directory).TrimEnd(System.IO.Path.DirectorySeparatorChar) is { Length: > 0 } full ? full : "/";
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or System.IO.PathTooLongException)
        {
            return null;
        }
    }
}
