namespace DlrClosures.Tests;

/// <summary>Locations the tests need: the repository root, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "Conformance", "Cases");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DlrClosures.sln"))) return dir.FullName;
        throw new InvalidOperationException("DlrClosures.sln not found above " + AppContext.BaseDirectory);
    }
}
