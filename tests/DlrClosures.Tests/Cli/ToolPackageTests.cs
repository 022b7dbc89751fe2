using System.Diagnostics;
using System.IO.Compression;
using NUnit.Framework;

namespace DlrClosures.Tests.Cli;

/// <summary>
/// dlrc as a .NET tool, end to end: packed from the build the tests run against, installed into a
/// temporary tool path from that folder alone, and run. The install sees no feed but the folder
/// (its own nuget.config clears the machine's) and its own empty package cache, so it works offline
/// and never picks up a stale package of the same version.
/// </summary>
[TestFixture]
public sealed class ToolPackageTests
{
    [Test]
    public void PackedTool_InstallsFromALocalFolderAndRunsAScript()
    {
        var work = Directory.CreateTempSubdirectory("dlrc-tool-").FullName;
        try
        {
            string feed = Path.Combine(work, "feed"), tools = Path.Combine(work, "tools");
            // The configuration the tests were built in (bin/CONFIG/net10.0/): packing reuses that build.
            string configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            string project = Path.Combine(TestPaths.RepositoryRoot, "src", "DlrClosures.Cli", "DlrClosures.Cli.csproj");
            Dotnet(work, "pack", project, "-c", configuration, "--no-build", "--no-restore", "-o", feed);

            string package = Directory.GetFiles(feed, "dlrc.*.nupkg").Single(p => !p.EndsWith(".snupkg"));
            using (var zip = ZipFile.OpenRead(package))
                Assert.That(zip.Entries.Select(e => e.FullName), Does.Contain("tools/net10.0/any/DotnetToolSettings.xml"));

            File.WriteAllText(Path.Combine(work, "nuget.config"),
                $"<configuration><packageSources><clear /><add key=\"local\" value=\"{feed}\" /></packageSources></configuration>");
            Dotnet(work, "tool", "install", "--tool-path", tools, "--configfile", Path.Combine(work, "nuget.config"), "dlrc");

            string script = Path.Combine(work, "hello.py");
            File.WriteAllText(script, "def greet(name):\n    return lambda: 'hello ' + name\nprint(greet('tool')())\n");
            var (status, stdout, stderr) = Run(work, Path.Combine(tools, OperatingSystem.IsWindows() ? "dlrc.exe" : "dlrc"), script);

            Assert.That((status, stdout, stderr), Is.EqualTo((0, "hello tool\n", "")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Dotnet(string work, params string[] arguments)
    {
        var (status, stdout, stderr) = Run(work, "dotnet", arguments);
        Assert.That(status, Is.EqualTo(0), $"dotnet {string.Join(' ', arguments)}\n{stdout}\n{stderr}");
    }

    private static (int Status, string Stdout, string Stderr) Run(string work, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NUGET_PACKAGES"] = Path.Combine(work, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within three minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
