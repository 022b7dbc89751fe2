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

    [Test]
    public void Globals()
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode });
        // snippet: Globals
        runtime.Globals.SetVariable("currency", "EUR");          // every script of the runtime sees it
        runtime.LoadAssembly(typeof(System.Text.StringBuilder).Assembly);
        var engine = runtime.GetEngine("python");
        var label = engine.Execute<string>("System.Text.StringBuilder('total ').Append(currency).ToString()");
        // label is "total EUR"
        // end snippet
        Assert.That(label, Is.EqualTo("total EUR"));
    }

    [Test]
    public void Permissions()
    {
        // snippet: Permissions
        var sandboxed = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode }).GetEngine("python");
        var scope = sandboxed.CreateScope();
        scope.SetVariable("sb", new System.Text.StringBuilder("log: "));
        sandboxed.Execute("sb.Append('ok')", scope);                                  // the object works
        bool hidden = sandboxed.Execute<bool>("not hasattr(sb, 'GetType')", scope);   // true: no reflection

        var setup = new ScriptRuntimeSetup
        {
            ExecutionMode = mode,
            Permissions = ScriptPermissions.Embedded.AllowClr(typeof(Type)),         // opt in to Type objects
        };
        var trusting = new ScriptRuntime(setup).GetEngine("python");
        var scope2 = trusting.CreateScope();
        scope2.SetVariable("sb", new System.Text.StringBuilder());
        string name = trusting.Execute<string>("sb.GetType().__name__", scope2);     // "StringBuilder"
        // end snippet
        Assert.That((hidden, name, scope.GetVariable<System.Text.StringBuilder>("sb").ToString()), Is.EqualTo((true, "StringBuilder", "log: ok")));
    }

    [Test]
    public void Operations()
    {
        var engine = CreateEngine();
        var scope = engine.CreateScope();
        // snippet: Operations
        engine.Execute("""
            class Point:
                '''A point in the plane.'''
                def __init__(self, x, y):
                    self.x, self.y = x, y
                def __repr__(self):
                    return f'Point({self.x}, {self.y})'
            """, scope);
        var ops = engine.Operations;
        var p = ops.CreateInstance(scope.GetVariable("Point"), 3, 4);
        ops.SetMember(p, "y", 5);
        string shown = ops.Format(p);                          // "Point(3, 5)": repr()
        string doc = ops.GetDocumentation(scope.GetVariable("Point"));   // "A point in the plane."
        bool has = ops.ContainsMember(p, "z");                 // false
        object? sum = ops.Add(ops.GetMember(p, "x"), 0.5);     // 3.5
        // end snippet
        Assert.Multiple(() =>
        {
            Assert.That(shown, Is.EqualTo("Point(3, 5)"));
            Assert.That(doc, Is.EqualTo("A point in the plane."));
            Assert.That(has, Is.False);
            Assert.That(sum, Is.EqualTo(3.5));
        });
    }

    [Test]
    public void ErrorReports()
    {
        var engine = CreateEngine();
        // snippet: ErrorReports
        var errors = engine.GetService<ExceptionOperations>()!;
        var handle = engine.ExecuteAndWrap("1 / 0", out var exception);   // null: the script raised
        errors.GetMessageAndType(exception!, out var message, out var type);
        // type is "ZeroDivisionError", message "division by zero"

        var listener = new LineCollector();
        var code = engine.CreateScriptSourceFromString("x = = 1\ny = 2\nz = )\n").Compile(listener);
        // code is null; listener.Lines is [1, 3]: every syntax error, not only the first
        // end snippet
        Assert.Multiple(() =>
        {
            Assert.That(handle, Is.Null);
            Assert.That((type, message), Is.EqualTo(("ZeroDivisionError", "division by zero")));
            Assert.That(code, Is.Null);
            Assert.That(listener.Lines, Is.EqualTo(new[] { 1, 3 }));
        });
    }

    // snippet: LineCollector
    private sealed class LineCollector : ErrorListener
    {
        public List<int> Lines { get; } = [];

        public override void ErrorReported(ScriptSource source, string message, DlrClosures.Text.SourceSpan span,
            int errorCode, Severity severity) => Lines.Add(span.Line);
    }
    // end snippet

    [Test]
    public void SampleHost_RunsItsPlugins()
    {
        var output = new StringWriter();
        int status = DlrClosures.Samples.PluginHost.Run(
            Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "plugin-host", "plugins"), output);

        Assert.That((status, output.ToString().Replace("\r", "")), Is.EqualTo((1, """
            == a_loyalty.py
            cake costs 3.20
            sold 6.40
            == b_prices.py
            cake 3.52
            tea 2.75
            journal: ['stamp 1 for 6.40']
            == c_broken.py
            c_broken.py:2:9: invalid syntax
            c_broken.py:3:13: expected ':'
            == d_unknown.py
            caught: 'no such item: coffee'
            plugin failed: KeyError: no such item: scones

            """.Replace("\r", ""))));
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
