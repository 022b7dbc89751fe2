using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace DlrClosures.Tests.Cli;

/// <summary>
/// docs/getting-started.md, run: every <c>$ command</c> line of its <c>console</c> blocks runs in bash,
/// in order, and its stdout must be the lines shown under it; a <c>python</c> block after
/// "Save this as `NAME`" is written to NAME first. The home directory is a temporary one (so
/// <c>dotnet tool install -g</c> installs there, and its NuGet configuration names no feed: the
/// install uses only the folder the page packs into), and so is the working directory.
/// One substitution: <c>dotnet pack src/DlrClosures.Cli</c> packs the build under test
/// (<c>--no-build</c>, its configuration) instead of building the tool again in Release, which
/// takes minutes on a loaded machine; what the pack contains is the same.
/// </summary>
[TestFixture]
public sealed class GettingStartedTests
{
    [Test]
    public void EveryCommand_PrintsWhatThePageShows()
    {
        string page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "getting-started.md"));
        string root = Directory.CreateTempSubdirectory("dlrc-getting-started-").FullName;
        try
        {
            string work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
            string home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
            string nugetConfig = Directory.CreateDirectory(Path.Combine(home, ".nuget", "NuGet")).FullName;
            File.WriteAllText(Path.Combine(nugetConfig, "NuGet.Config"), "<configuration><packageSources><clear /></packageSources></configuration>");

            var steps = Steps(page).ToList();
            Assert.That(steps.Count(s => s.Command is not null), Is.GreaterThanOrEqualTo(8), "the page's commands were not found");
            foreach (var step in steps)
            {
                if (step.Command is null)
                {
                    File.WriteAllText(Path.Combine(work, step.File!), step.Content);
                    continue;
                }
                var (status, stdout, stderr) = Bash(Substitute(step.Command), work, home, Path.Combine(root, "packages"));
                Assert.That(stdout, Is.EqualTo(step.Content), $"$ {step.Command}\n(exit status {status})\n{stderr}");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private sealed record Step(string? Command, string? File, string Content);

    private static IEnumerable<Step> Steps(string page)
    {
        var lines = page.Replace("\r\n", "\n").Split('\n');
        string? file = null;
        for (int i = 0; i < lines.Length; i++)
        {
            if (Regex.Match(lines[i], "Save this as `([^`]+)`") is { Success: true } save) file = save.Groups[1].Value;
            if (lines[i] == "```python" && file is not null)
            {
                var content = new StringBuilder();
                while (lines[++i] != "```") content.Append(lines[i]).Append('\n');
                yield return new Step(null, file, content.ToString());
                file = null;
            }
            else if (lines[i] == "```console")
            {
                i++;
                while (lines[i] != "```")
                {
                    string command = lines[i++][2..];
                    var expected = new StringBuilder();
                    while (lines[i] != "```" && !lines[i].StartsWith("$ ", StringComparison.Ordinal)) expected.Append(lines[i++]).Append('\n');
                    yield return new Step(command, null, expected.ToString());
                }
            }
        }
    }

    private static string Substitute(string command)
    {
        string configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        string project = Path.Combine(TestPaths.RepositoryRoot, "src", "DlrClosures.Cli");
        return command.StartsWith("dotnet pack src/DlrClosures.Cli ", StringComparison.Ordinal)
            ? $"dotnet pack '{project}' -c {configuration} --no-build{command["dotnet pack src/DlrClosures.Cli".Length..]}"
            : command;
    }

    private static (int Status, string Stdout, string Stderr) Bash(string command, string work, string home, string packages)
    {
        var start = new ProcessStartInfo("bash", ["-c", command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment["NUGET_PACKAGES"] = packages;
        start.Environment["PATH"] = Path.Combine(home, ".dotnet", "tools") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"$ {command} did not finish within three minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
