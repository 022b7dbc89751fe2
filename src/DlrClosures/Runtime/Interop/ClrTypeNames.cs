using System.Collections.Concurrent;
using System.Numerics;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// .NET type names as C# writes them, for messages and reprs: <c>List&lt;int&gt;</c>,
/// <c>Func&lt;int, int&gt;</c>, <c>int[]</c>, <c>int?</c>, <c>Dictionary&lt;string, List&lt;int&gt;&gt;</c>,
/// nested types as <c>Outer.Inner</c>. Reflection's names (<c>List`1</c>) never reach a script.
/// </summary>
internal static class ClrTypeNames
{
    private static readonly ConcurrentDictionary<Type, string> s_names = new();
    private static readonly ConcurrentDictionary<Type, string> s_fullNames = new();

    private static readonly Dictionary<Type, string> s_keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char",
        [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint",
        [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double",
        [typeof(decimal)] = "decimal", [typeof(string)] = "string", [typeof(object)] = "object", [typeof(void)] = "void",
        [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    /// <summary>The C# name without namespace: <c>List&lt;int&gt;</c>.</summary>
    public static string Name(Type type) => s_names.GetOrAdd(type, t => Format(t, qualified: false));

    /// <summary>The C# name with namespace: <c>System.Collections.Generic.List&lt;int&gt;</c>.</summary>
    public static string FullName(Type type) => s_fullNames.GetOrAdd(type, t => Format(t, qualified: true));

    private static string Format(Type type, bool qualified)
    {
        if (s_keywords.TryGetValue(type, out var keyword)) return keyword;
        if (type.IsArray)
            return Format(type.GetElementType()!, qualified) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        if (type.IsByRef) return Format(type.GetElementType()!, qualified);
        if (type.IsPointer) return Format(type.GetElementType()!, qualified) + "*";
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Format(underlying, qualified) + "?";
        if (type.IsGenericParameter) return type.Name;
        if (type == typeof(BigInteger) && !qualified) return "BigInteger";

        // A nested type carries its declaring types' generic arguments first (Outer<T>.Inner is
        // Outer`1+Inner with one argument), so the arguments are dealt out level by level.
        var arguments = type.IsGenericType ? type.GetGenericArguments() : [];
        var chain = new List<Type>();
        for (var t = type; t is not null; t = t.IsNested ? t.DeclaringType : null) chain.Insert(0, t);
        var text = new System.Text.StringBuilder();
        if (qualified && !string.IsNullOrEmpty(chain[0].Namespace)) text.Append(chain[0].Namespace).Append('.');
        int used = 0;
        for (int i = 0; i < chain.Count; i++)
        {
            if (i > 0) text.Append('.');
            string name = chain[i].Name;
            int tick = name.IndexOf('`');
            if (tick < 0)
            {
                text.Append(name);
                continue;
            }
            text.Append(name, 0, tick);
            int count = int.Parse(name.AsSpan(tick + 1), System.Globalization.CultureInfo.InvariantCulture);
            text.Append('<');
            for (int k = 0; k < count; k++)
            {
                if (k > 0) text.Append(", ");
                text.Append(used < arguments.Length ? Format(arguments[used++], qualified) : "");
            }
            text.Append('>');
        }
        // Compiler-generated names (<>f__AnonymousType0`2) read as C# calls them.
        var result = text.ToString();
        return result.StartsWith("<>f__AnonymousType", StringComparison.Ordinal) ? "anonymous type" : result;
    }
}
