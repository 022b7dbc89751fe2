using System.Reflection;

namespace DlrClosures.Runtime;

/// <summary>
/// What the scripts of one runtime may reach, frozen when the runtime is created from the host's
/// <c>ScriptPermissions</c> (Hosting): the file system (optionally below one folder), the process
/// environment, other processes, and the .NET types granted by assembly, namespace or type. The
/// interop layer asks <see cref="AllowsClr(Type)"/> through <see cref="Interop.ClrAccess"/>, the
/// builtin <c>open</c> asks <see cref="FileSystem"/>; the standard-library modules (<c>os</c>,
/// <c>subprocess</c>), once they exist, ask the
/// other members.
/// </summary>
internal sealed class PyPermissions
{
    private readonly HashSet<Assembly> _assemblies;
    private readonly HashSet<Type> _types;
    private readonly string[] _namespaces;

    public PyPermissions(bool fileSystem, string? fileSystemRoot, bool environment, bool process,
        IEnumerable<Assembly> assemblies, IEnumerable<string> namespaces, IEnumerable<Type> types)
    {
        FileSystem = fileSystem;
        FileSystemRoot = fileSystemRoot;
        Environment = environment;
        Process = process;
        _assemblies = [.. assemblies];
        _namespaces = [.. namespaces];
        _types = [.. types];
    }

    /// <summary>Nothing beyond the objects the host hands in: the embedded default, and what code outside any runtime gets.</summary>
    public static PyPermissions None { get; } = new(false, null, false, false, [], [], []);

    public bool FileSystem { get; }

    /// <summary>The folder the file system is limited to (a full path), or null for all of it.</summary>
    public string? FileSystemRoot { get; }

    public bool Environment { get; }

    public bool Process { get; }

    /// <summary>True when some .NET type was granted, so <see cref="AllowsClr(Type)"/> can be true at all.</summary>
    public bool AnyClr => _assemblies.Count + _types.Count + _namespaces.Length > 0;

    /// <summary>
    /// Whether the grants cover <paramref name="type"/>: its assembly, its namespace (or one it is
    /// nested in, <c>System</c> covering <c>System.Reflection</c>), the type itself or, for a
    /// nested or constructed generic type, the type it is nested in or its generic definition.
    /// </summary>
    public bool AllowsClr(Type type) => AllowsClr(type, typeOnly: false);

    /// <summary>
    /// With <paramref name="typeOnly"/>, whether <paramref name="type"/> itself (or the type it is
    /// nested in, or its generic definition) was granted by <c>AllowClr(Type)</c>, ignoring
    /// assembly and namespace grants: what a grant of a base type passes on to derived types.
    /// </summary>
    public bool AllowsClr(Type type, bool typeOnly)
    {
        if (!AnyClr) return false;
        if (type.IsGenericType && !type.IsGenericTypeDefinition) type = type.GetGenericTypeDefinition();
        if (!typeOnly && _assemblies.Contains(type.Assembly)) return true;
        for (var t = type; t is not null; t = t.DeclaringType)
            if (_types.Contains(t)) return true;
        if (!typeOnly && type.Namespace is { } ns)
            foreach (var granted in _namespaces)
                if (ns == granted || ns.StartsWith(granted + ".", StringComparison.Ordinal)) return true;
        return false;
    }
}
