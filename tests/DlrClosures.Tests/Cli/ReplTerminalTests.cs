using System.Diagnostics;
using NUnit.Framework;

namespace DlrClosures.Tests.Cli;

/// <summary>
/// The real dlrc at a real pseudo-terminal, made by util-linux's <c>script</c>: keystrokes go in as a
/// terminal sends them (arrow keys as escape sequences), and the history file lands in a temporary
/// home. Skipped where <c>script</c> is missing (Windows, macOS's differs).
/// </summary>
[TestFixture]
public sealed class ReplTerminalTests
{
    [Test]
    public void Session_EditsRecallsHistoryRunsABlockAndSavesHistory()
    {
        if (!File.Exists("/usr/bin/script")) Assert.Ignore("needs util-linux script for a pseudo-terminal");
        string home = Directory.CreateTempSubdirectory("dlrc-home-").FullName;
        try
        {
            string dlrc = $"dotnet {Path.Combine(AppContext.BaseDirectory, "dlrc.dll")}";
            var start = new ProcessStartInfo("/usr/bin/script", ["-qfec", dlrc, "/dev/null"])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["HOME"] = home;
            start.Environment["NO_COLOR"] = "1";
            using var process = Process.Start(start)!;
            var output = new Screen(process.StandardOutput);
            // Each key group waits for the prompt that must precede it, so typing never races start-up.
            Type(process, output, ">>> ", "x = 20\r");
            Type(process, output, ">>> ", "if x: print('yes')\r");
            Type(process, output, "... ", "else: print('no')\r");
            Type(process, output, "... ", "\r");
            Type(process, output, "yes", "\x1b[A\x1b[A\x1b[A\x1b[A"); // Up four times: back to x = 20
            Type(process, output, "x = 20", "\x01\x0bprint(x * 2 + 2)\r"); // Ctrl-A, Ctrl-K, a new line
            Type(process, output, "42", "\x03"); // Ctrl-C cancels the empty line
            Type(process, output, "KeyboardInterrupt", "\x04"); // Ctrl-D leaves
            bool ended = process.WaitForExit(TimeSpan.FromSeconds(60));
            if (!ended) process.Kill(entireProcessTree: true);

            Assert.Multiple(() =>
            {
                Assert.That(ended, Is.True, output.Text);
                Assert.That(process.ExitCode, Is.EqualTo(0));
                Assert.That(File.ReadAllLines(Path.Combine(home, ".dlrc_history")),
                    Is.EqualTo(new[] { "x = 20", "if x: print('yes')", "else: print('no')", "print(x * 2 + 2)" }));
            });
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Test]
    public void ScriptOutput_OnATerminal_IsLineBuffered()
    {
        if (!File.Exists("/usr/bin/script")) Assert.Ignore("needs util-linux script for a pseudo-terminal");
        string script = Path.Combine(Directory.CreateTempSubdirectory("dlrc-tty-").FullName, "slow.py");
        File.WriteAllText(script, "print('started')\nwhile True:\n    pass\n");
        var start = new ProcessStartInfo("/usr/bin/script",
            ["-qfec", $"dotnet {Path.Combine(AppContext.BaseDirectory, "dlrc.dll")} {script}", "/dev/null"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = new Screen(process.StandardOutput);
        try
        {
            output.WaitFor("started"); // fails after 60 s if the line waited in a buffer
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Directory.Delete(Path.GetDirectoryName(script)!, recursive: true);
        }
    }

    private static void Type(Process process, Screen output, string awaited, string keys)
    {
        output.WaitFor(awaited);
        process.StandardInput.Write(keys);
        process.StandardInput.Flush();
    }

    /// <summary>What the terminal showed, read as it arrives; <see cref="WaitFor"/> looks past the last text waited for.</summary>
    private sealed class Screen
    {
        private readonly System.Text.StringBuilder _text = new();
        private int _from;

        public Screen(StreamReader reader) => Task.Run(() =>
        {
            var buffer = new char[4096];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
                lock (_text) _text.Append(buffer, 0, n);
        });

        public string Text
        {
            get { lock (_text) return _text.ToString(); }
        }

        public void WaitFor(string awaited)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (true)
            {
                string text = Text;
                int at = text.IndexOf(awaited, _from, StringComparison.Ordinal);
                if (at >= 0)
                {
                    _from = at + awaited.Length;
                    return;
                }
                if (DateTime.UtcNow > deadline) Assert.Fail($"never saw '{awaited}' in:\n{text}");
                Thread.Sleep(50);
            }
        }
    }
}
