using System.Collections.Concurrent;
using System.Reflection;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// The public members of a .NET type by name, instance and static apart, built once per type:
/// what <c>obj.Name</c> and <c>Type.Name</c> find. Methods of one name form one group (overloads
/// from base types and generic definitions included); accessor and operator methods are not listed.
/// </summary>
internal sealed class ClrTypeInfo
{
    private static readonly ConcurrentDictionary<Type, ClrTypeInfo> s_infos = new();

    private readonly Dictionary<string, ClrMember> _instance = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClrMember> _static = new(StringComparer.Ordinal);

    private ClrTypeInfo(Type type)
    {
        Type = type;
        Name = ClrTypeNames.Name(type);
        Collect(BindingFlags.Instance, _instance);
        Collect(BindingFlags.Static, _static);
        foreach (var nested in type.GetNestedTypes(BindingFlags.Public)) _static.TryAdd(nested.Name, new ClrNestedType(nested));
        Constructors = type.GetConstructors();
        Indexers = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length > 0).ToArray();
        _indexerGuards = Indexers.Select(ClrAccess.GuardsOf).ToArray();
        if (_indexerGuards.All(g => g.Length == 0)) _indexerGuards = null;
    }

    public static ClrTypeInfo Of(Type type) => s_infos.GetOrAdd(type, t => new ClrTypeInfo(t));

    public Type Type { get; }

    /// <summary>The type's C# name, for messages.</summary>
    public string Name { get; }

    public ConstructorInfo[] Constructors { get; }

    /// <summary>The indexers (<c>this[...]</c>), what <c>obj[key]</c> calls when no collection protocol applies.</summary>
    public PropertyInfo[] Indexers { get; }

    // The guards of each indexer (ClrAccess.GuardsOf); null when none has any.
    private readonly Type[][]? _indexerGuards;

    /// <summary>The indexers the script running now may use: an indexer of a guarded type, or yielding one, needs its grant.</summary>
    public PropertyInfo[] VisibleIndexers =>
        _indexerGuards is null ? Indexers : Indexers.Where((_, i) => ClrAccess.Allows(_indexerGuards[i])).ToArray();

    public bool TryGetInstance(string name, out ClrMember member) => _instance.TryGetValue(name, out member!);

    public bool TryGetStatic(string name, out ClrMember member) => _static.TryGetValue(name, out member!);

    /// <summary>The names <c>dir()</c> lists: the members the script running now may see (<see cref="ClrAccess"/>).</summary>
    public IEnumerable<string> InstanceNames => _instance.Values.Where(m => m.IsVisible).Select(m => m.Name);

    /// <summary>The static member names <c>dir()</c> lists on the type object, granted ones only.</summary>
    public IEnumerable<string> StaticNames => _static.Values.Where(m => m.IsVisible).Select(m => m.Name);

    private void Collect(BindingFlags scope, Dictionary<string, ClrMember> members)
    {
        var flags = BindingFlags.Public | scope | (scope == BindingFlags.Static ? BindingFlags.FlattenHierarchy : 0);
        foreach (var property in Type.GetProperties(flags))
            if (property.GetIndexParameters().Length == 0) members.TryAdd(property.Name, new ClrProperty(property));
        foreach (var field in Type.GetFields(flags)) members.TryAdd(field.Name, new ClrField(field));
        foreach (var info in Type.GetEvents(flags)) members.TryAdd(info.Name, new ClrEventMember(info));
        foreach (var group in Type.GetMethods(flags)
                     .Where(m => !m.IsSpecialName && (m.IsGenericMethodDefinition || !m.ContainsGenericParameters))
                     .GroupBy(m => m.Name))
        {
            // A method a derived type hides (new) is listed once, the most derived first.
            var overloads = group
                .GroupBy(m => string.Join(",", m.GetParameters().Select(p => p.ParameterType.FullName ?? p.ParameterType.Name)))
                .Select(same => same.OrderByDescending(m => Depth(m.DeclaringType)).First())
                .ToArray();
            members.TryAdd(group.Key, new ClrMethods(group.Key, Name, overloads));
        }
    }

    private static int Depth(Type? type)
    {
        int depth = 0;
        for (; type is not null; type = type.BaseType) depth++;
        return depth;
    }
}
