using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace DlrClosures.Tests.Fuzzing;

/// <summary>How CPython ended one program: what it printed and its last error line (null: none).</summary>
internal sealed record CPythonResult(string Stdout, string? Error, bool Timeout);

/// <summary>
/// Runs programs under CPython 3.11, many in one process (<c>cpython_batch.py</c>: each program
/// executed in fresh globals with its output captured), so a few hundred programs cost one start-up.
/// </summary>
internal static class CPythonBatch
{
    /// <summary>/usr/bin/python3.11, else a python3 on PATH that is 3.11; null when there is none.</summary>
    public static string? FindPython()
    {
        if (Environment.GetEnvironmentVariable("PYTHON") is { Length: > 0 } chosen && IsPython311(chosen)) return chosen;
        if (IsPython311("/usr/bin/python3.11")) return "/usr/bin/python3.11";
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "python3.11", "python3" })
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate) && IsPython311(candidate)) return candidate;
            }
        }
        return null;
    }

    // The expected outputs are CPython 3.11's: another version words some errors differently.
    private static bool IsPython311(string path)
    {
        try
        {
            var (code, stdout, _) = Run(path, ["-c", "import sys; print(sys.version_info[:2] == (3, 11))"], "");
            return code == 0 && stdout.Trim() == "True";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or FileNotFoundException)
        {
            return false;
        }
    }

    public static IReadOnlyList<CPythonResult> Run(string python, IReadOnlyList<string> sources, double secondsEach = 2.0)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "Fuzzing", "cpython_batch.py");
        var (code, stdout, stderr) = Run(python, [script, secondsEach.ToString(System.Globalization.CultureInfo.InvariantCulture)], JsonSerializer.Serialize(sources));
        if (code != 0) throw new InvalidOperationException($"{python} {script} failed ({code}): {stderr}");
        using var json = JsonDocument.Parse(stdout);
        return [.. json.RootElement.EnumerateArray().Select(r => new CPythonResult(
            r.GetProperty("stdout").GetString()!,
            r.GetProperty("error").GetString(),
            r.GetProperty("timeout").GetBoolean()))];
    }

    private static (int Code, string Stdout, string Stderr) Run(string file, string[] arguments, string input)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The same hash seed every time: nothing generated depends on it, but a set's order would.
        start.Environment["PYTHONHASHSEED"] = "0";
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
