namespace DlrClosures.Benchmarks;

/// <summary>Finds perf/workloads/*.py from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class WorkloadFiles
{
    public static string PathOf(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "perf", "workloads", fileName);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"workload {fileName} not found above {AppContext.BaseDirectory}");
    }
}
