using System.Reflection;
using System.Text;
using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests;

/// <summary>
/// The library's public surface is the hosting API and the object model a host meets (issue 11,
/// point 5); everything else is internal. This pins it: every public type and every public or
/// protected member, written one per line, must equal <c>PublicApi.txt</c> next to this file. A
/// change of the surface is a deliberate act: rerun with <c>DLRC_UPDATE_PUBLIC_API=1</c> to rewrite
/// the baseline, and let the diff show what was added or removed.
/// </summary>
[TestFixture]
public sealed class PublicApiTests
{
    private static string BaselinePath => Path.Combine(TestPaths.RepositoryRoot, "tests", "DlrClosures.Tests", "PublicApi.txt");

    [Test]
    public void PublicSurface_MatchesTheBaseline()
    {
        var actual = Describe(typeof(ScriptRuntime).Assembly);
        if (Environment.GetEnvironmentVariable("DLRC_UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(BaselinePath, actual);
            Assert.Pass("baseline rewritten");
        }
        var expected = File.ReadAllText(BaselinePath);
        var missing = expected.Split('\n').Except(actual.Split('\n')).Where(line => line.Length > 0).ToList();
        var added = actual.Split('\n').Except(expected.Split('\n')).Where(line => line.Length > 0).ToList();
        Assert.That(missing.Count + added.Count, Is.Zero,
            "the public surface changed; if that is intended, rerun with DLRC_UPDATE_PUBLIC_API=1 and commit PublicApi.txt\n"
            + string.Concat(added.Select(line => "+ " + line + "\n")) + string.Concat(missing.Select(line => "- " + line + "\n")));
    }

    [Test]
    public void PublicSurface_IsTheHostingApiAndTheObjectModel()
    {
        var namespaces = typeof(ScriptRuntime).Assembly.GetExportedTypes().Select(t => t.Namespace).Distinct().Order().ToArray();
        Assert.That(namespaces, Is.EqualTo(new[] { "DlrClosures.Hosting", "DlrClosures.Runtime", "DlrClosures.Runtime.Exceptions", "DlrClosures.Text" }));
    }

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type));
            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
                text.Append(" : ").Append(Name(baseType));
            text.Append('\n');
            var members = type.GetMembers(Declared)
                .Where(Visible)
                .Select(member => "  " + Member(member))
                .Order(StringComparer.Ordinal);
            foreach (var member in members) text.Append(member).Append('\n');
        }
        return text.ToString();
    }

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase method => (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && !method.IsSpecialName || method is ConstructorInfo && (method.IsPublic || method.IsFamily),
        FieldInfo field => (field.IsPublic || field.IsFamily) && !field.IsSpecialName,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily),
        EventInfo @event => @event.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily,
        _ => false,
    };

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo ctor => $"{(ctor.IsStatic ? "static " : "")}.ctor({Parameters(ctor)})",
        MethodInfo method => $"{(method.IsStatic ? "static " : "")}{Name(method.ReturnType)} {method.Name}{Generics(method)}({Parameters(method)})",
        FieldInfo field => $"{(field.IsStatic ? "static " : "")}{(field.IsInitOnly ? "readonly " : field.IsLiteral ? "const " : "")}{Name(field.FieldType)} {field.Name}",
        PropertyInfo property => $"{Name(property.PropertyType)} {property.Name}{Indexer(property)} {{{Accessors(property)} }}",
        EventInfo @event => $"event {Name(@event.EventHandlerType!)} {@event.Name}",
        Type nested => $"nested {Kind(nested)} {nested.Name}",
        _ => member.ToString()!,
    };

    private static string Accessors(PropertyInfo property)
    {
        var text = "";
        if (property.GetMethod is { } get && (get.IsPublic || get.IsFamily)) text += " get;";
        if (property.SetMethod is { } set && (set.IsPublic || set.IsFamily))
            text += set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? " init;" : " set;";
        return text;
    }

    private static string Indexer(PropertyInfo property) =>
        property.GetIndexParameters() is { Length: > 0 } parameters ? "[" + string.Join(", ", parameters.Select(p => Name(p.ParameterType))) + "]" : "";

    private static string Generics(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "") + Name(p.ParameterType) + " " + p.Name + (p.HasDefaultValue ? " = " + (p.DefaultValue ?? (p.ParameterType.IsValueType ? "default" : "null")) : "")));

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct"
        : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
        : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";

    private static string Name(Type type)
    {
        if (type.IsByRef) return Name(type.GetElementType()!);
        if (type.IsArray) return Name(type.GetElementType()!) + "[]";
        if (type.IsGenericParameter) return type.Name;
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Name(underlying) + "?";
        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType) return name;
        return name[..name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }
}
