using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace DlrClosures.Tests;

/// <summary>
/// The layers reference each other one way only (docs/architecture.md):
/// Text ← Runtime ← Syntax ← {Parsing, Scoping} ← Binding ← {Compilation, Interpretation} ← Hosting ← CLI.
/// Compilation and Interpretation never reference each other, and read only the bound tree (never
/// the syntax tree or the scopes); the CLI uses only Hosting.
/// Checked on the sources (using directives, qualified names and relative sub-namespace names) and,
/// for the back ends, on the compiled metadata.
/// </summary>
[TestFixture]
public sealed class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> s_allowed = new()
    {
        ["Text"] = [],
        ["Runtime"] = ["Text"],
        ["Syntax"] = ["Text", "Runtime"],
        ["Parsing"] = ["Text", "Runtime", "Syntax"],
        ["Scoping"] = ["Text", "Runtime", "Syntax"],
        ["Binding"] = ["Text", "Runtime", "Syntax", "Scoping"],
        ["Compilation"] = ["Text", "Runtime", "Binding"],
        ["Interpretation"] = ["Text", "Runtime", "Binding"],
        ["Hosting"] = ["Text", "Runtime", "Syntax", "Parsing", "Scoping", "Binding", "Compilation", "Interpretation"],
    };

    private static string LibraryRoot => Path.Combine(TestPaths.RepositoryRoot, "src", "DlrClosures");

    public static IEnumerable<string> Layers() =>
        Directory.EnumerateDirectories(LibraryRoot)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Order()!;

    [Test]
    public void EveryLayerFolder_HasDeclaredDependencies() =>
        Assert.That(Layers(), Is.SubsetOf(s_allowed.Keys), "a new folder must say which layers it may use");

    [TestCaseSource(nameof(Layers))]
    public void Layer_ReferencesOnlyLowerLayers(string layer)
    {
        var found = ReferencedLayers(Path.Combine(LibraryRoot, layer)).Where(l => l != layer);

        Assert.That(found, Is.SubsetOf(s_allowed[layer]));
    }

    public static IEnumerable<string> BackEnds() => ["DlrClosures.Compilation", "DlrClosures.Interpretation"];

    // The source check above sees names; this one sees types, however they are spelled: no field,
    // property, parameter, return type, local's declared type or base of a back end's types is a
    // syntax-tree or scope type (or generic over one).
    [TestCaseSource(nameof(BackEnds))]
    public void BackEnd_SignaturesMentionNoSyntaxOrScopeType(string backEnd)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var library = typeof(DlrClosures.Binding.Binder).Assembly;
        var offending = new List<string>();
        foreach (var type in library.GetTypes().Where(t => t.Namespace == backEnd))
        {
            void Check(Type? used, string where)
            {
                if (used is not null && Mentions(used)) offending.Add($"{type.Name}.{where}: {used.Name}");
            }
            Check(type.BaseType, "base");
            foreach (var field in type.GetFields(all)) Check(field.FieldType, field.Name);
            foreach (var property in type.GetProperties(all)) Check(property.PropertyType, property.Name);
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method is MethodInfo info) Check(info.ReturnType, method.Name);
                foreach (var parameter in method.GetParameters()) Check(parameter.ParameterType, $"{method.Name}({parameter.Name})");
                foreach (var local in method.GetMethodBody()?.LocalVariables ?? []) Check(local.LocalType, $"{method.Name} local");
            }
        }
        Assert.That(offending, Is.Empty);
    }

    // The bound tree carries spans, never syntax nodes or scopes.
    [Test]
    public void BoundTree_HoldsNoSyntaxOrScopeType()
    {
        var library = typeof(DlrClosures.Binding.Binder).Assembly;
        var boundTypes = library.GetTypes().Where(t => t.Namespace == "DlrClosures.Binding"
            && (typeof(DlrClosures.Binding.BoundNode).IsAssignableFrom(t) || t == typeof(DlrClosures.Binding.BoundCode)
                || t == typeof(DlrClosures.Binding.FrameLayout) || t == typeof(DlrClosures.Binding.NameStorage)
                || typeof(DlrClosures.Binding.IntTree).IsAssignableFrom(t)));
        var offending = boundTypes
            .SelectMany(t => t.GetProperties().Select(p => (t, p)))
            .Where(pair => Mentions(pair.p.PropertyType))
            .Select(pair => $"{pair.t.Name}.{pair.p.Name}")
            .ToList();
        Assert.That(offending, Is.Empty);
    }

    private static bool Mentions(Type type)
    {
        if (type.HasElementType) return Mentions(type.GetElementType()!);
        if (type.IsGenericType && type.GetGenericArguments().Any(Mentions)) return true;
        return type.Namespace is "DlrClosures.Syntax" or "DlrClosures.Scoping";
    }

    [Test]
    public void Cli_UsesOnlyHosting()
    {
        var found = ReferencedLayers(Path.Combine(TestPaths.RepositoryRoot, "src", "DlrClosures.Cli"));

        Assert.That(found, Is.SubsetOf(new[] { "Hosting" }));
    }

    private static HashSet<string> ReferencedLayers(string folder)
    {
        var layers = s_allowed.Keys.ToArray();
        // Sub-namespaces (Runtime.Binders, ...) can be named relative to DlrClosures inside the library.
        var subNamespaces = Directory.EnumerateDirectories(LibraryRoot, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(LibraryRoot, d).Replace(Path.DirectorySeparatorChar, '.'))
            .Where(n => n.Contains('.') && !n.Contains("bin") && !n.Contains("obj"))
            .ToArray();
        var qualified = new Regex(@"\bDlrClosures\.(" + string.Join("|", layers) + @")\b");
        var relative = new Regex(@"(?<![\w.])(" + string.Join("|", subNamespaces.Select(Regex.Escape)) + @")\.");
        var result = new HashSet<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")) continue;
            var text = File.ReadAllText(file);
            foreach (Match match in qualified.Matches(text)) result.Add(match.Groups[1].Value);
            foreach (Match match in relative.Matches(text)) result.Add(match.Groups[1].Value.Split('.')[0]);
        }
        return result;
    }
}
