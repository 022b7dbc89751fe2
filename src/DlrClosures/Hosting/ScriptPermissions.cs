using System.Reflection;
using DlrClosures.Runtime;

namespace DlrClosures.Hosting;

/// <summary>
/// What the scripts of a runtime may reach beyond the objects the host hands them: the host's
/// decision, set on <see cref="ScriptRuntimeSetup.Permissions"/> and frozen when the
/// <see cref="ScriptRuntime"/> is created (later changes to this object do not reach it).
/// <para>
/// Two presets: <see cref="Embedded"/> (the default of <see cref="ScriptRuntimeSetup"/>) grants
/// nothing; <see cref="CommandLine"/> (what <c>dlrc</c> uses) grants the file system and the
/// environment, as CPython has them. A grant is added with the <c>Allow...</c> methods, which return
/// this object so they chain: <c>ScriptPermissions.Embedded.AllowFileSystem("/srv/data").AllowClr(typeof(Math))</c>.
/// </para>
/// <para>
/// The .NET part is enforced now: without a grant that covers them, reflection and the other ways
/// out of the sandbox (<c>obj.GetType()</c>, members typed <see cref="Type"/>, <see cref="MethodInfo"/>,
/// <see cref="Assembly"/>, <c>Delegate.Method</c>, <c>Exception.TargetSite</c>, the members of
/// <see cref="Activator"/>, <see cref="Environment"/>, <see cref="File"/>, <c>Process</c>, ...) are
/// absent from the objects a script was given (<c>AttributeError</c>, as for a name the object does
/// not have), and a value of such a type that .NET code returns raises <c>PermissionError</c>.
/// The builtin <c>open</c> asks <see cref="FileSystem"/> (and <see cref="FileSystemRoot"/>) now;
/// <see cref="Environment"/> and <see cref="Process"/> are the grants the standard library's
/// <c>os</c> and <c>subprocess</c> will ask once they exist; so are
/// the CLR grants for <c>import clr</c> and <c>import System</c>, which wait for the language's
/// <c>import</c> statement. docs/hosting.md has the table.
/// </para>
/// </summary>
public sealed class ScriptPermissions
{
    private readonly List<Assembly> _assemblies = [];
    private readonly List<string> _namespaces = [];
    private readonly List<Type> _types = [];

    /// <summary>A new set that grants nothing: the default for a runtime a host embeds.</summary>
    public static ScriptPermissions Embedded => new();

    /// <summary>A new set that grants the whole file system and the environment: what <c>dlrc</c> runs scripts with.</summary>
    public static ScriptPermissions CommandLine => new() { FileSystem = true, Environment = true };

    /// <summary>Whether scripts may read and write files (<c>open</c>, <c>os</c>'s file functions), within <see cref="FileSystemRoot"/> when it is set.</summary>
    public bool FileSystem { get; set; }

    /// <summary>The folder file access is limited to, with everything below it; null for the whole file system. Only meaningful with <see cref="FileSystem"/>.</summary>
    public string? FileSystemRoot { get; set; }

    /// <summary>Whether scripts may read the process environment (<c>os.environ</c>, <c>os.getenv</c>).</summary>
    public bool Environment { get; set; }

    /// <summary>Whether scripts may start or signal processes (<c>subprocess</c>, <c>os.system</c>).</summary>
    public bool Process { get; set; }

    /// <summary>The assemblies whose every type is granted, in the order granted.</summary>
    public IReadOnlyList<Assembly> ClrAssemblies => _assemblies;

    /// <summary>The namespaces granted, each with the namespaces nested in it, in the order granted.</summary>
    public IReadOnlyList<string> ClrNamespaces => _namespaces;

    /// <summary>The types granted, each with its nested types and, for a generic definition, its constructions, in the order granted.</summary>
    public IReadOnlyList<Type> ClrTypes => _types;

    /// <summary>Grants the file system, below <paramref name="root"/> only when it is given (made a full path).</summary>
    /// <returns>This object.</returns>
    public ScriptPermissions AllowFileSystem(string? root = null)
    {
        FileSystem = true;
        FileSystemRoot = root is null ? null : System.IO.Path.GetFullPath(root);
        return this;
    }

    /// <summary>Grants the process environment.</summary>
    /// <returns>This object.</returns>
    public ScriptPermissions AllowEnvironment()
    {
        Environment = true;
        return this;
    }

    /// <summary>Grants starting and signalling processes.</summary>
    /// <returns>This object.</returns>
    public ScriptPermissions AllowProcess()
    {
        Process = true;
        return this;
    }

    /// <summary>
    /// Grants every type of <paramref name="assembly"/>. <c>AllowClr(typeof(object).Assembly)</c>
    /// grants the core library, reflection, <see cref="System.Environment"/> and <see cref="File"/>
    /// included: a script can then do anything the host process can.
    /// </summary>
    /// <returns>This object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    public ScriptPermissions AllowClr(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (!_assemblies.Contains(assembly)) _assemblies.Add(assembly);
        return this;
    }

    /// <summary>
    /// Grants <paramref name="type"/>, its nested types and what derives from it among the guarded
    /// types: <c>AllowClr(typeof(Type))</c> makes <c>obj.GetType()</c> and members typed
    /// <see cref="Type"/> appear; <c>AllowClr(typeof(MemberInfo))</c> all of reflection's member objects.
    /// </summary>
    /// <returns>This object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public ScriptPermissions AllowClr(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsGenericType && !type.IsGenericTypeDefinition) type = type.GetGenericTypeDefinition();
        if (!_types.Contains(type)) _types.Add(type);
        return this;
    }

    /// <summary>Grants the types of namespace <paramref name="name"/> and of the namespaces nested in it (<c>"System.Reflection"</c>).</summary>
    /// <returns>This object.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public ScriptPermissions AllowClrNamespace(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!_namespaces.Contains(name)) _namespaces.Add(name);
        return this;
    }

    /// <summary>The frozen copy a runtime keeps.</summary>
    internal PyPermissions Freeze() => new(FileSystem, FileSystem ? FileSystemRoot : null, Environment, Process, _assemblies, _namespaces, _types);
}
