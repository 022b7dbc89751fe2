using System.Text.RegularExpressions;
using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// docs/hosting.md cannot rot: each C# block on the page that is marked
/// <c>&lt;!-- snippet: Name --&gt;</c> must be, line for line, the region <c>// snippet: Name</c> of a
/// test below, and that test runs it (on both engines) and checks what the page says it does.
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed partial class HostingDocTests(ExecutionMode mode)
{
    private ScriptEngine CreateEngine() => new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode }).GetEngine("python");

    [Test]
    public void EverySnippetOnThePage_IsATestedRegion()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "hosting.md"));
        var source = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "DlrClosures.Tests", "Hosting", "HostingDocTests.cs"));
        var snippets = PageSnippet().Matches(page).ToDictionary(m => m.Groups[1].Value, m => Normalize(m.Groups[2].Value));
        var regions = SourceRegion().Matches(source).ToDictionary(m => m.Groups[1].Value, m => Normalize(m.Groups[2].Value));
        Assert.That(snippets.Keys, Is.EquivalentTo(regions.Keys).And.Count.GreaterThanOrEqualTo(5));
        foreach (var (name, text) in snippets) Assert.That(text, Is.EqualTo(regions[name]), name);
    }

    [Test]
    public void Embed()
    {
        // snippet: Embed
        var lines = new List<string>();
        var engine = CreateEngine();   // Python.CreateEngine() in a host
        var scope = engine.CreateScope();
        scope.SetVariable("log", (Action<string>)lines.Add);
        scope.SetVariable("Math", typeof(Math));
        engine.Execute("log(f'max is {Math.Max(3, 7)}')", scope);
        // end snippet
        Assert.That(lines, Is.EqualTo(new[] { "max is 7" }));
    }

    [Test]
    public void Collections()
    {
        var engine = CreateEngine();
        var scope = engine.CreateScope();
        // snippet: Collections
        var prices = new Dictionary<string, decimal> { ["tea"] = 2.50m };
        var orders = new List<string>();
        scope.SetVariable("prices", prices);
        scope.SetVariable("orders", orders);
        engine.Execute("""
            prices['coffee'] = 3
            for item in sorted(prices):
                orders.append(f'{item}: {prices[item]}')
            """, scope);
        // orders is now ["coffee: 3", "tea: 2.50"]; prices["coffee"] is 3m
        // end snippet
        Assert.That(orders, Is.EqualTo(new[] { "coffee: 3", "tea: 2.50" }));
        Assert.That(prices["coffee"], Is.EqualTo(3m));
    }

    [Test]
    public void Exceptions()
    {
        var engine = CreateEngine();
        var scope = engine.CreateScope();
        // snippet: Exceptions
        scope.SetVariable("parse", (Func<string, int>)int.Parse);
        engine.Execute("""
            try:
                n = parse('x')       # int.Parse throws FormatException
            except ValueError:
                n = -1
            """, scope);
        // scope.GetVariable<int>("n") is -1
        // end snippet
        Assert.That(scope.GetVariable<int>("n"), Is.EqualTo(-1));
    }

    [Test]
    public void HostExceptionKeepsTheOriginal()
    {
        var engine = CreateEngine();
        var scope = engine.CreateScope();
        // snippet: Uncaught
        scope.SetVariable("parse", (Func<string, int>)int.Parse);
        try
        {
            engine.Execute("parse('x')", scope);
        }
        catch (DlrClosures.Runtime.Exceptions.PyException e)
        {
            // e.PythonType is "ValueError"; e.InnerException is int.Parse's FormatException
            Assert.That(e.InnerException, Is.TypeOf<FormatException>());
        }
        // end snippet
        Assert.That(() => engine.Execute("parse('x')", scope), Throws.TypeOf<DlrClosures.Runtime.Exceptions.PyException>()
            .With.Property("PythonType").EqualTo("ValueError"));
    }

    [Test]
    public void ScriptObjects()
    {
        var engine = CreateEngine();
        var scope = engine.CreateScope();
        // snippet: ScriptObjects
        engine.Execute("""
            class Greeter:
                def __init__(self, name):
                    self.name = name
                def greet(self, other):
                    return f'{self.name} greets {other}'
            g = Greeter('Ann')
            greet = g.greet
            squares = [n * n for n in range(5)]
            count = len(squares)
            """, scope);
        dynamic g = scope.GetVariable("g")!;
        string text = g.greet("Bo");                                        // "Ann greets Bo"
        g.name = "Cy";
        var greet = scope.GetVariable<Func<string, string>>("greet");     // "Cy greets Di"
        int[] squares = scope.GetVariable<int[]>("squares");               // [0, 1, 4, 9, 16]
        int count = (int)scope.GetVariable("count")!;                       // 5: ints come back as int when they fit
        // end snippet
        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo("Ann greets Bo"));
            Assert.That(greet("Di"), Is.EqualTo("Cy greets Di"));
            Assert.That(squares, Is.EqualTo(new[] { 0, 1, 4, 9, 16 }));
            Assert.That(count, Is.EqualTo(5));
        });
    }

    [Test]
    public void Events()
    {
        var engine = CreateEngine();
        var scope = engine.CreateScope();
        // snippet: Events
        var names = new System.Collections.ObjectModel.ObservableCollection<string>();
        scope.SetVariable("names", names);
        engine.Execute("""
            seen = []
            def on_change(sender, args):
                seen.append(args.NewItems[0])
            names.CollectionChanged += on_change
            """, scope);
        names.Add("Ann");                                           // runs on_change: seen is ['Ann']
        engine.Execute("names.CollectionChanged -= on_change", scope);
        names.Add("Bo");                                            // runs nothing
        // end snippet
        Assert.That(scope.GetVariable<List<string>>("seen"), Is.EqualTo(new[] { "Ann" }));
    }

    private static string Normalize(string text)
    {
        var lines = text.Replace("\r", "").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        int indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l));
    }

    [GeneratedRegex(@"<!-- snippet: (\w+) -->\s*```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex PageSnippet();

    [GeneratedRegex(@"// snippet: (\w+)\n(.*?)// end snippet", RegexOptions.Singleline)]
    private static partial Regex SourceRegion();
}
