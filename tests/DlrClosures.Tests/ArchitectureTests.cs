using System.Text.RegularExpressions;
using NUnit.Framework;

namespace DlrClosures.Tests;

/// <summary>
/// The layers reference each other one way only (docs/architecture.md):
/// Text ← Runtime ← Syntax ← {Parsing, Scoping} ← {Compilation, Interpretation} ← Hosting ← CLI.
/// Compilation and Interpretation never reference each other; the CLI uses only Hosting.
/// Checked on the sources: using directives, qualified names and relative sub-namespace names.
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
        ["Compilation"] = ["Text", "Runtime", "Syntax", "Scoping"],
        ["Interpretation"] = ["Text", "Runtime", "Syntax", "Scoping"],
        ["Hosting"] = ["Text", "Runtime", "Syntax", "Parsing", "Scoping", "Compilation", "Interpretation"],
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
