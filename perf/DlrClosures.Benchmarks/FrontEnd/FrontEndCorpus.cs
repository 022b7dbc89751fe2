using DlrClosures.Hosting;

namespace DlrClosures.Benchmarks.FrontEnd;

/// <summary>
/// The Python files the front-end benchmark reads: every <c>.py</c> file under the given directories,
/// by default the repository's own (tests/**/Cases, docs/examples, perf/workloads, perf/frontend).
/// Files that do not compile (the cases that expect a SyntaxError) are set aside: an error path
/// measures nothing about throughput.
/// </summary>
internal static class FrontEndCorpus
{
    /// <summary>The directories searched when none are given, relative to the repository root.</summary>
    private static readonly string[] DefaultDirectories =
        ["tests/DlrClosures.Tests/Conformance/Cases", "tests/DlrClosures.Tests/Runtime/Cases", "docs/examples", "perf/workloads", "perf/frontend"];

    /// <summary>The environment variable that overrides the default directories (BenchmarkDotNet runs each benchmark in a child process).</summary>
    public const string DirectoriesVariable = "DLRC_FRONTEND_DIRS";

    public static IReadOnlyList<FrontEndFile> Load(IReadOnlyList<string>? directories = null)
    {
        if (directories is null or { Count: 0 })
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable(DirectoriesVariable);
            directories = fromEnvironment is { Length: > 0 }
                ? fromEnvironment.Split(Path.PathSeparator)
                : [.. DefaultDirectories.Select(d => Path.Combine(RepositoryRoot(), d)).Where(Directory.Exists)];
        }
        var engine = Python.CreateEngine();
        var files = new List<FrontEndFile>();
        foreach (string path in directories.SelectMany(d => Directory.EnumerateFiles(d, "*.py", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var file = new FrontEndFile(path, File.ReadAllText(path));
            if (Compiles(engine, file)) files.Add(file);
        }
        return files;
    }

    private static bool Compiles(ScriptEngine engine, FrontEndFile file)
    {
        try
        {
            engine.CreateScriptSourceFromString(file.Text, file.Path, SourceCodeKind.File).Compile();
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DlrClosures.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
