using System.Text;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Runtime;

/// <summary>
/// Small programs that pin down runtime behaviour end to end (Scripts/*.txt; expectations in
/// Scripts/*.tsv, produced by Scripts/generate.py with CPython 3.11): stdout byte for byte and the
/// final <c>Type: message</c> line of a failing program. No .NET exception may escape.
/// </summary>
[TestFixture]
public sealed class ScriptCaseTests
{
    private const int StackSize = 64 * 1024 * 1024;

    private static string ScriptsDirectory =>
        Path.Combine(TestPaths.RepositoryRoot, "tests", "DlrClosures.Tests", "Runtime", "Scripts");

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var table in Directory.EnumerateFiles(ScriptsDirectory, "*.tsv").Order(StringComparer.Ordinal))
        {
            string topic = Path.GetFileNameWithoutExtension(table);
            int row = 0;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                if (line.Length == 0) continue;
                var columns = line.Split('\t').Select(Unescape).ToArray();
                row++;
                yield return new TestCaseData(columns[0], columns[1], columns[2]).SetName($"{topic}_{row:D3}");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Program_MatchesCPython(string source, string expectedStdout, string expectedError)
    {
        var (stdout, error) = Run(source);
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Is.EqualTo(expectedStdout), "stdout of:\n" + source);
            if (expectedError.Length > 0)
                Assert.That(error?.FormatExceptionOnly().TrimEnd('\n'), Is.EqualTo(expectedError), "last line of the error");
            else
                Assert.That(error, Is.Null, () => "unexpected error:\n" + error!.FormatTraceback());
        });
    }

    private static (string Stdout, PyException? Error) Run(string source)
    {
        var output = new StringWriter { NewLine = "\n" };
        PyException? error = null;
        Exception? unexpected = null;
        var thread = new Thread(() =>
        {
            var runtime = new ScriptRuntime();
            runtime.IO.SetOutput(output);
            var engine = runtime.GetEngine("python");
            try
            {
                engine.CreateScriptSourceFromString(source, "<string>", SourceCodeKind.File).Execute(engine.CreateScope());
            }
            catch (PyException e)
            {
                error = e;
            }
            catch (Exception e)
            {
                unexpected = e;
            }
        }, StackSize);
        thread.Start();
        thread.Join();
        if (unexpected is not null) Assert.Fail($"a .NET exception escaped the engine: {unexpected}");
        return (output.ToString(), error);
    }

    private static string Unescape(string field)
    {
        var text = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length) { text.Append(field[i]); continue; }
            char c = field[++i];
            text.Append(c switch { 't' => '\t', 'n' => '\n', _ => c });
        }
        return text.ToString();
    }
}
