using System.Reflection;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Interop;

namespace DlrClosures.Hosting;

/// <summary>
/// A .NET namespace of the assemblies a host loaded (<see cref="ScriptRuntime.LoadAssembly"/>), as
/// scripts see it: its attributes are its nested namespaces and its public types
/// (<c>System.Text.StringBuilder</c>), each type the same type object a host's <c>SetVariable(name,
/// typeof(T))</c> gives. A generic type is named without its arity (<c>List</c> for <c>List`1</c>),
/// as IronPython names it, unless a non-generic type has the name. Loading more assemblies adds
/// their types to the same namespace objects.
/// </summary>
internal sealed class ClrNamespace(string fullName) : IPyAttributes
{
    private readonly Dictionary<string, object> _members = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    /// <summary>The dotted name: <c>System.Text</c>.</summary>
    public string FullName { get; } = fullName;

    /// <summary>Adds the public types of <paramref name="assembly"/> that live in this namespace or below it.</summary>
    public void Add(Assembly assembly)
    {
        foreach (var type in assembly.GetExportedTypes())
        {
            if (type.IsNested || type.Namespace is not { } ns) continue;
            if (ns != FullName && !ns.StartsWith(FullName + ".", StringComparison.Ordinal)) continue;
            var target = this;
            foreach (var part in ns.Length == FullName.Length ? [] : ns[(FullName.Length + 1)..].Split('.'))
                target = target.Child(part);
            target.AddType(type);
        }
    }

    private ClrNamespace Child(string name)
    {
        lock (_lock)
        {
            if (_members.TryGetValue(name, out var existing) && existing is ClrNamespace child) return child;
            child = new ClrNamespace(FullName + "." + name);
            _members[name] = child;
            return child;
        }
    }

    private void AddType(Type type)
    {
        int tick = type.Name.IndexOf('`');
        string name = tick < 0 ? type.Name : type.Name[..tick];
        lock (_lock)
        {
            // A non-generic type keeps the short name; a generic one takes it only when it is free.
            if (tick < 0 || !_members.ContainsKey(name)) _members[name] = ClrType.Of(type);
        }
    }

    public bool TryGetAttribute(string name, out object value)
    {
        lock (_lock)
        {
            if (_members.TryGetValue(name, out value!) && Visible(value)) return true;
        }
        if (name is "__name__") { value = FullName; return true; }
        value = null!;
        return false;
    }

    public bool TrySetAttribute(string name, object value) => false;

    /// <summary>The names a script finds in the namespace, sorted.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            lock (_lock) return _members.Where(m => Visible(m.Value)).Select(m => m.Key).Order(StringComparer.Ordinal).ToList();
        }
    }

    // A guarded type (System.IO.File, System.Type, ...) is absent unless the runtime grants it:
    // loading an assembly makes its names reachable, not its ways out of the sandbox.
    private static bool Visible(object member) => member is not ClrType type || ClrAccess.AllowsType(type.Type);

    public override string ToString() => $"<module '{FullName}' (CLR namespace)>";
}
