using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// <c>import</c> through the hosting API: the host's search paths (<see cref="ScriptEngine.SetSearchPaths"/>),
/// the main script's folder, what a sandboxed script may add to <c>sys.path</c>, and the runtime's
/// <c>sys</c> (<c>argv</c>, output, recursion limit), on both engines.
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class ImportTests(ExecutionMode mode)
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dlrc-imports-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string Write(string relativePath, string text)
    {
        string path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private ScriptEngine CreateEngine(ScriptPermissions? permissions = null, int recursionLimit = 1000, StringWriter? output = null)
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup
        {
            ExecutionMode = mode,
            Permissions = permissions ?? ScriptPermissions.Embedded,
            RecursionLimit = recursionLimit,
        });
        if (output is not null) runtime.IO.SetOutput(output);
        return runtime.GetEngine("python");
    }

    [Test]
    public void SearchPaths_AreWhereAStringScriptFindsModules()
    {
        Write("lib/greetings.py", "def hello(name):\n    return 'hello ' + name\n");
        var engine = CreateEngine();
        engine.SetSearchPaths([Path.Combine(_folder, "lib")]);

        var result = Result<string>(engine, "import greetings\nresult = greetings.hello('host')");

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo("hello host"));
            Assert.That(engine.GetSearchPaths(), Is.EqualTo(new[] { Path.Combine(_folder, "lib") }));
        });
    }

    [Test]
    public void WithoutSearchPaths_AStringScriptFindsNoModule()
    {
        Write("greetings.py", "x = 1\n");
        var engine = CreateEngine(ScriptPermissions.CommandLine);

        var error = Assert.Throws<PyException>(() => engine.Execute("import greetings"))!;

        Assert.That(error.FormatExceptionOnly(), Is.EqualTo("ModuleNotFoundError: No module named 'greetings'"));
    }

    [Test]
    public void SetSearchPaths_ReplacesTheHostsPartOfSysPath()
    {
        var engine = CreateEngine();
        engine.SetSearchPaths(["/first", "/second"]);
        engine.SetSearchPaths(["/third"]);

        var path = Result<string>(engine, "import sys\nresult = repr(sys.path)");

        Assert.That(path, Is.EqualTo("['/third']"));
    }

    [Test]
    public void AFileScript_FindsModulesInItsFolderFirst_ThenInTheSearchPaths()
    {
        Write("shared.py", "WHERE = 'script folder'\n");
        Write("lib/shared.py", "WHERE = 'search path'\n");
        Write("lib/only_in_lib.py", "WHERE = 'lib'\n");
        string main = Write("main.py", "import shared, only_in_lib, sys\nresult = (shared.WHERE, only_in_lib.WHERE, sys.path[0] == __file__.rsplit('/', 1)[0])\n");
        var engine = CreateEngine();
        engine.SetSearchPaths([Path.Combine(_folder, "lib")]);

        var scope = engine.ExecuteFile(main);

        Assert.That(engine.Operations.Format(scope.GetVariable("result")), Is.EqualTo("('script folder', 'lib', True)"));
    }

    [Test]
    public void AModuleRunsOncePerRuntime_AcrossExecutions()
    {
        Write("lib/loud.py", "print('loading')\ncount = 0\n");
        var output = new StringWriter { NewLine = "\n" };
        var engine = CreateEngine(output: output);
        engine.SetSearchPaths([Path.Combine(_folder, "lib")]);

        engine.Execute("import loud\nloud.count += 1");
        engine.Execute("import loud\nloud.count += 1");
        var count = Result<int>(engine, "import loud\nresult = loud.count");

        Assert.That((output.ToString(), count), Is.EqualTo(("loading\n", 2)));
    }

    [Test]
    public void AFolderTheScriptAddsToSysPath_IsNotSearchedWithoutFileSystemPermission()
    {
        Write("elsewhere/secret.py", "VALUE = 'read'\n");
        string code = $"import sys\nsys.path.append({Quoted(Path.Combine(_folder, "elsewhere"))})\nimport secret\nresult = secret.VALUE";
        var sandboxed = CreateEngine();
        var trusted = CreateEngine(ScriptPermissions.Embedded.AllowFileSystem(_folder));
        var outsideRoot = CreateEngine(ScriptPermissions.Embedded.AllowFileSystem(Path.Combine(_folder, "other")));

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<PyException>(() => sandboxed.Execute(code))!.FormatExceptionOnly(),
                Is.EqualTo("ModuleNotFoundError: No module named 'secret'"));
            Assert.That(Result<string>(trusted, code), Is.EqualTo("read"));
            Assert.That(() => outsideRoot.Execute(code), Throws.TypeOf<PyException>());
        });
    }

    [Test]
    public void TheStandardLibrary_IsNotThereYet()
    {
        var engine = CreateEngine(ScriptPermissions.CommandLine);

        var error = Assert.Throws<PyException>(() => engine.Execute("import math"))!;

        Assert.That(error.FormatExceptionOnly(), Is.EqualTo("ModuleNotFoundError: No module named 'math'"));
    }

    [Test]
    public void SysArgv_IsEmptyUnlessTheHostSetsArguments()
    {
        var plain = CreateEngine();
        var setup = new ScriptRuntimeSetup { ExecutionMode = mode };
        setup.Options["Arguments"] = new[] { "tool.py", "--verbose" };
        var withArguments = new ScriptRuntime(setup).GetEngine("python");

        Assert.Multiple(() =>
        {
            Assert.That(Result<string>(plain, "import sys\nresult = repr(sys.argv)"), Is.EqualTo("[]"));
            Assert.That(Result<string>(withArguments, "import sys\nresult = repr(sys.argv)"), Is.EqualTo("['tool.py', '--verbose']"));
        });
    }

    [Test]
    public void SysStdout_WritesToTheRuntimesOutput()
    {
        var output = new StringWriter { NewLine = "\n" };
        var engine = CreateEngine(output: output);

        var written = Result<int>(engine, "import sys\nresult = sys.stdout.write('abc\\n')");

        Assert.That((output.ToString(), written), Is.EqualTo(("abc\n", 4)));
    }

    [Test]
    public void SetRecursionLimit_NeverGoesAboveTheHostsLimit()
    {
        var engine = CreateEngine(recursionLimit: 200);

        var limits = Result<string>(engine, "import sys\nsys.setrecursionlimit(100)\na = sys.getrecursionlimit()\nsys.setrecursionlimit(10**6)\nresult = repr((a, sys.getrecursionlimit()))");
        var deep = Assert.Throws<PyException>(() => engine.Execute("import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)"))!;

        Assert.Multiple(() =>
        {
            Assert.That(limits, Is.EqualTo("(100, 200)"));
            Assert.That(deep.PythonType, Is.EqualTo("RecursionError"));
        });
    }

    [Test]
    public void ImportOfALoadedNamespace_FindsTheDotNetTypes()
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode, Permissions = ScriptPermissions.Embedded.AllowClr(typeof(System.Text.StringBuilder)) });
        runtime.LoadAssembly(typeof(System.Text.StringBuilder).Assembly);
        var engine = runtime.GetEngine("python");

        var text = Result<string>(engine, "import System\nb = System.Text.StringBuilder()\nb.Append('ok')\nresult = b.ToString()");

        Assert.That(text, Is.EqualTo("ok"));
    }

    [Test]
    public void ASyntaxErrorInAModule_NamesTheModulesFile()
    {
        string module = Write("lib/bad.py", "def f(:\n    pass\n");
        var engine = CreateEngine();
        engine.SetSearchPaths([Path.Combine(_folder, "lib")]);

        var error = Assert.Throws<PyException>(() => engine.Execute("import bad"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.PythonType, Is.EqualTo("SyntaxError"));
            Assert.That(error.SyntaxLocation?.Path, Is.EqualTo(module));
        });
    }

    // A script of several statements has no value: it leaves its answer in `result`.
    private static T Result<T>(ScriptEngine engine, string code)
    {
        var scope = engine.CreateScope();
        engine.Execute(code, scope);
        return scope.GetVariable<T>("result");
    }

    private static string Quoted(string path) => "'" + path.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
