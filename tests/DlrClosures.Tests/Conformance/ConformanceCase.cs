namespace DlrClosures.Tests.Conformance;

/// <summary>
/// One case of the conformance corpus: a .py file, the stdout CPython 3.11 printed for it (.out),
/// and, when CPython exited with an error, the last line of its stderr (.err).
/// A case whose first line is <c># skip: reason</c> is parked, and reported with its reason.
/// A case with modules of its own is a folder <c>&lt;topic&gt;/&lt;case&gt;/</c> holding <c>main.py</c> (the
/// program, named after its folder) and the modules and packages it imports, which are not cases.
/// </summary>
public sealed class ConformanceCase
{
    private ConformanceCase(string path, string name)
    {
        SourcePath = path;
        Name = name;
    }

    /// <summary>The case's path below the corpus folder, e.g. <c>closures/make_counter</c>, or <c>imports/circular</c> for <c>imports/circular/main.py</c>.</summary>
    public string Name { get; }

    public string SourcePath { get; }

    public string Source => File.ReadAllText(SourcePath);

    public string ExpectedStdout => File.ReadAllText(Path.ChangeExtension(SourcePath, ".out"));

    /// <summary>The expected last stderr line, or null when CPython ran the case without error.</summary>
    public string? ExpectedError
    {
        get
        {
            var errPath = Path.ChangeExtension(SourcePath, ".err");
            return File.Exists(errPath) ? File.ReadAllText(errPath).TrimEnd('\n', '\r') : null;
        }
    }

    /// <summary>The reason from a <c># skip: reason</c> first line, or null.</summary>
    public string? SkipReason
    {
        get
        {
            var first = File.ReadLines(SourcePath).FirstOrDefault() ?? "";
            return first.StartsWith("# skip:", StringComparison.Ordinal) ? first["# skip:".Length..].Trim() : null;
        }
    }

    public override string ToString() => Name;

    /// <summary>Every case in the corpus, sorted by name.</summary>
    public static IEnumerable<ConformanceCase> All()
    {
        var root = TestPaths.CasesDirectory;
        return Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Where(path => !IsModuleOfACase(root, path))
            .Select(path => new ConformanceCase(path, NameOf(root, path)))
            .OrderBy(c => c.Name, StringComparer.Ordinal);
    }

    private const string MainFile = "main.py";

    // A case folder's main.py is the case; every other .py at or below a folder holding a main.py is one of its modules.
    private static bool IsModuleOfACase(string root, string path)
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, MainFile)) && Path.Combine(folder, MainFile) != path) return true;
        return false;
    }

    private static string NameOf(string root, string path)
    {
        string relative = Path.GetRelativePath(root, Path.GetFileName(path) == MainFile ? Path.GetDirectoryName(path)! : path[..^3]);
        return relative.Replace('\\', '/');
    }
}
