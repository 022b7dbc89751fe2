using System.Globalization;

namespace DlrClosures.Hosting;

/// <summary>
/// Options by name (<see cref="ScriptRuntimeSetup.Options"/>, <see cref="Python.CreateEngine(IDictionary{string, object})"/>),
/// read onto the typed members of a <see cref="ScriptRuntimeSetup"/> when a runtime is created.
/// </summary>
internal static class PythonOptions
{
    // IronPython's options that tune its own code generation; they have no counterpart here.
    private static readonly string[] s_ignored = ["Debug", "Frames", "FullFrames", "LightweightScopes"];

    /// <summary>
    /// Sets the members of <paramref name="setup"/> its <see cref="ScriptRuntimeSetup.Options"/> name; returns
    /// what belongs to the runtime's <c>sys</c> instead: the search paths, <c>sys.argv</c>
    /// (IronPython's <c>"Arguments"</c>) and <c>sys.executable</c> (<c>"Executable"</c>), each null when not named.
    /// </summary>
    public static (ICollection<string>? SearchPaths, IList<string>? Arguments, string? Executable) Apply(ScriptRuntimeSetup setup)
    {
        ICollection<string>? searchPaths = null;
        IList<string>? arguments = null;
        string? executable = null;
        foreach (var (key, value) in setup.Options)
        {
            switch (key.ToLowerInvariant())
            {
                case "recursionlimit": setup.RecursionLimit = Int(key, value); break;
                case "intmaxstrdigits": setup.IntMaxStrDigits = Int(key, value); break;
                case "compilethreshold": setup.CompileThreshold = Int(key, value); break;
                case "loopcompilethreshold": setup.LoopCompileThreshold = Int(key, value); break;
                case "interpretloopfreemodules": setup.InterpretLoopFreeModules = Of<bool>(key, value); break;
                case "executionmode":
                    setup.ExecutionMode = value is string name && Enum.TryParse<ExecutionMode>(name, ignoreCase: true, out var parsed)
                        ? parsed : Of<ExecutionMode>(key, value);
                    break;
                case "permissions": setup.Permissions = Of<ScriptPermissions>(key, value); break;
                case "timelimit": setup.TimeLimit = value is null ? null : Of<TimeSpan>(key, value); break;
                case "maxstatements": setup.MaxStatements = value is null ? null : Long(key, value); break;
                case "memorylimit": setup.MemoryLimit = value is null ? null : Long(key, value); break;
                case "maxoutputbytes": setup.MaxOutputBytes = value is null ? null : Long(key, value); break;
                case "searchpaths":
                    searchPaths = value is IEnumerable<string> paths ? paths.ToList() : throw Wrong(key, "a collection of strings");
                    break;
                case "arguments":
                    arguments = value is IEnumerable<string> items ? items.ToList() : throw Wrong(key, "a collection of strings");
                    break;
                case "executable": executable = Of<string>(key, value); break;
                default:
                    if (!s_ignored.Contains(key, StringComparer.OrdinalIgnoreCase))
                        throw new ArgumentException($"unknown option: '{key}'", "options");
                    break;
            }
        }
        return (searchPaths, arguments, executable);
    }

    private static int Int(string key, object? value) => value is IConvertible and not (string or bool or double or float or decimal)
        ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : throw Wrong(key, "an integer");

    private static long Long(string key, object? value) => value is IConvertible and not (string or bool or double or float or decimal)
        ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : throw Wrong(key, "an integer");

    private static T Of<T>(string key, object? value) => value is T typed ? typed : throw Wrong(key, $"a {typeof(T).Name}");

    private static ArgumentException Wrong(string key, string expected) => new($"option '{key}' must be {expected}", "options");
}
