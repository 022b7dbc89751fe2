using DlrClosures.Hosting;

namespace DlrClosures.Samples;

/// <summary>The host's own object that plugins script: a shop with prices, stock and a sale event.</summary>
public sealed class Shop
{
    public Dictionary<string, decimal> Prices { get; } = new() { ["tea"] = 2.50m, ["cake"] = 3.20m };

    public List<string> Journal { get; } = [];

    /// <summary>Raised after every sale with the item and the amount charged.</summary>
    public event Action<string, decimal>? Sold;

    public decimal Sell(string item, int quantity)
    {
        if (!Prices.TryGetValue(item, out var price)) throw new KeyNotFoundException($"no such item: {item}");
        var amount = price * quantity;
        Sold?.Invoke(item, amount);
        return amount;
    }
}

/// <summary>
/// A plugin host in one screen: every <c>*.py</c> file of a folder is a plugin that sees the shop as
/// <c>shop</c>; each is checked for syntax errors first (all of them reported, with their lines), run
/// under a statement budget, and its failure reported as CPython would, without stopping the others.
/// </summary>
public static class PluginHost
{
    public static int Run(string pluginFolder, TextWriter output)
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { MaxStatements = 100_000 });
        runtime.IO.SetOutput(output);                       // print() in a plugin writes here
        runtime.Globals.SetVariable("shop", new Shop());    // one shop, visible to every plugin
        var engine = runtime.GetEngine("python");
        var errors = engine.GetService<ExceptionOperations>()!;
        int failed = 0;

        foreach (var path in Directory.GetFiles(pluginFolder, "*.py").Order(StringComparer.Ordinal))
        {
            output.WriteLine($"== {Path.GetFileName(path)}");
            var listener = new ReportingListener(output);
            var code = engine.CreateScriptSourceFromFile(path).Compile(listener);
            if (code is null)
            {
                failed++;
                continue;
            }
            try
            {
                code.Execute(engine.CreateScope());
            }
            catch (Exception e)
            {
                errors.GetMessageAndType(e, out var message, out var type);
                output.WriteLine($"plugin failed: {type}: {message}");
                failed++;
            }
        }
        runtime.Shutdown();
        return failed == 0 ? 0 : 1;
    }

    private sealed class ReportingListener(TextWriter output) : ErrorListener
    {
        public override void ErrorReported(ScriptSource source, string message, Text.SourceSpan span, int errorCode, Severity severity) =>
            output.WriteLine($"{Path.GetFileName(source.Path)}:{span.Line}:{span.Column}: {message}");
    }
}
