using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// The builtins that reach outside the script (issue 9, point 5), on both engines: <c>open</c> only
/// where the host granted the file system (an embedded runtime refuses by default, the command
/// line's permissions allow it, <c>FileSystemRoot</c> keeps it inside one folder); <c>input</c>
/// reads the runtime's input stream; <c>exec</c> and <c>eval</c> run under the script's own
/// permissions and limits.
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class FileAndInputBuiltinsTests(ExecutionMode mode)
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dlrc-open-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private (string Stdout, string? Error) Run(string script, ScriptPermissions? permissions = null, TextReader? input = null, ScriptLimits? limits = null)
    {
        var setup = new ScriptRuntimeSetup { ExecutionMode = mode };
        if (permissions is not null) setup.Permissions = permissions;
        var runtime = new ScriptRuntime(setup);
        var output = new StringWriter { NewLine = "\n" };
        runtime.IO.SetOutput(output);
        if (input is not null) runtime.IO.SetInput(input);
        var engine = runtime.GetEngine("python");
        try
        {
            if (limits is null) engine.Execute(script, engine.CreateScope());
            else engine.Execute(script, engine.CreateScope(), limits);
            return (output.ToString(), null);
        }
        catch (PyException error)
        {
            return (output.ToString(), error.FormatExceptionOnly());
        }
    }

    private static string Literal(string path) => "'" + path.Replace("\\", "\\\\") + "'";

    [Test]
    public void Open_EmbeddedDefault_RaisesPermissionErrorAndCreatesNothing()
    {
        var path = Path.Combine(_folder, "x.txt");
        var (_, error) = Run($"open({Literal(path)}, 'w')");
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.EqualTo($"PermissionError: [Errno 13] Permission denied: {Literal(path)} (the host does not allow scripts to open files: ScriptPermissions.FileSystem)"));
            Assert.That(File.Exists(path), Is.False);
        });
    }

    [Test]
    public void Open_EmbeddedDefault_IsCatchableAsOSError()
    {
        var (stdout, error) = Run("try:\n    open('any.txt')\nexcept OSError as e:\n    print(type(e).__name__)");
        Assert.That((stdout, error), Is.EqualTo(("PermissionError\n", (string?)null)));
    }

    [Test]
    public void Open_CommandLinePermissions_WritesAndReadsBack()
    {
        var path = Path.Combine(_folder, "data.txt");
        var script = $"f = open({Literal(path)}, 'w')\nf.write('one\\ntwo\\n')\nf.close()\nprint(open({Literal(path)}).readlines())";
        var (stdout, error) = Run(script, ScriptPermissions.CommandLine);
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(stdout, Is.EqualTo("['one\\n', 'two\\n']\n"));
            Assert.That(File.ReadAllText(path), Is.EqualTo("one" + Environment.NewLine + "two" + Environment.NewLine));
        });
    }

    [Test]
    public void Open_FileSystemRoot_RelativePathsAreTakenFromTheRoot()
    {
        var (stdout, error) = Run("open('inside.txt', 'w').write('kept')\nprint(open('inside.txt').read())",
            ScriptPermissions.Embedded.AllowFileSystem(_folder));
        Assert.Multiple(() =>
        {
            Assert.That((stdout, error), Is.EqualTo(("kept\n", (string?)null)));
            Assert.That(File.ReadAllText(Path.Combine(_folder, "inside.txt")), Is.EqualTo("kept"));
        });
    }

    [TestCase("../outside.txt")]
    [TestCase("sub/../../outside.txt")]
    public void Open_FileSystemRoot_RefusesAPathThatLeavesTheRoot(string path)
    {
        var (_, error) = Run($"open('{path}', 'w')", ScriptPermissions.Embedded.AllowFileSystem(_folder));
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.EqualTo($"PermissionError: [Errno 13] Permission denied: '{path}' (outside the folder the host allows scripts to open files in: ScriptPermissions.FileSystemRoot)"));
            Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(_folder)!, "outside.txt")), Is.False);
        });
    }

    [Test]
    public void Open_FileSystemRoot_RefusesAnAbsolutePathElsewhere()
    {
        var inside = Path.Combine(_folder, "root");
        Directory.CreateDirectory(inside);
        var elsewhere = Path.Combine(_folder, "elsewhere.txt");
        var (_, error) = Run($"open({Literal(elsewhere)}, 'w')", ScriptPermissions.Embedded.AllowFileSystem(inside));
        Assert.Multiple(() =>
        {
            Assert.That(error, Does.StartWith("PermissionError: [Errno 13] Permission denied: "));
            Assert.That(File.Exists(elsewhere), Is.False);
        });
    }

    [Test]
    public void Open_MissingFile_IsCPythonsFileNotFoundError()
    {
        var (_, error) = Run("open('missing.txt')", ScriptPermissions.Embedded.AllowFileSystem(_folder));
        Assert.That(error, Is.EqualTo("FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'"));
    }

    [Test]
    public void Open_FromExec_IsRefusedTheSameWay()
    {
        var (_, error) = Run("exec(\"open('x.txt', 'w')\")");
        Assert.That(error, Does.StartWith("PermissionError: [Errno 13] Permission denied: 'x.txt'"));
    }

    [Test]
    public void Input_ReadsLinesFromTheHostsInputStream()
    {
        var (stdout, error) = Run("a = input('name? ')\nb = input()\nprint(repr(a), repr(b))", input: new StringReader("Ada\nBob\n"));
        Assert.That((stdout, error), Is.EqualTo(("name? 'Ada' 'Bob'\n", (string?)null)));
    }

    [Test]
    public void Input_AtTheEndOfTheStream_RaisesEOFError()
    {
        var (stdout, error) = Run("print(input())\ninput()", input: new StringReader("only\n"));
        Assert.That((stdout, error), Is.EqualTo(("only\n", (string?)"EOFError: EOF when reading a line")));
    }

    [Test]
    public void Exec_RunsUnderTheExecutionsStatementLimit()
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode });
        var engine = runtime.GetEngine("python");
        Assert.Throws<ScriptStatementLimitException>(() =>
            engine.Execute("exec('while True:\\n    pass')", engine.CreateScope(), new ScriptLimits { MaxStatements = 10_000 }));
    }

    [Test]
    public void Complex_IsNamedAsNotSupported()
    {
        var (stdout, error) = Run("print(isinstance(1, complex))\ncomplex(1, 2)");
        Assert.That((stdout, error), Is.EqualTo(("False\n", (string?)"TypeError: complex numbers are not supported by DlrClosures yet")));
    }
}
