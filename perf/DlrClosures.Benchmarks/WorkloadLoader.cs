using DlrClosures.Hosting;

namespace DlrClosures.Benchmarks;

/// <summary>Runs a workload file in a fresh engine and hands back one of its functions as a delegate.</summary>
internal static class WorkloadLoader
{
    /// <summary>
    /// Executes <c>perf/workloads/<paramref name="fileName"/></c> with <c>__name__</c> set to
    /// "benchmark" (so its <c>__main__</c> block, sized for whole-process runs, does not run) and
    /// returns <paramref name="function"/> as a one-argument delegate.
    /// </summary>
    public static Func<object, object> Load(string fileName, ExecutionMode mode, string function = "run")
    {
        var engine = Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode });
        var scope = engine.CreateScope();
        scope.SetVariable("__name__", "benchmark");
        engine.ExecuteFile(WorkloadFiles.PathOf(fileName), scope);
        return scope.GetVariable<Func<object, object>>(function);
    }
}
