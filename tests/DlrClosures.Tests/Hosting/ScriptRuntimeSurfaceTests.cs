using System.Text;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// <see cref="ScriptRuntime"/>, <see cref="ScriptIO"/> and <see cref="Python"/>: every member of the
/// hosting surface that issue 11 point 3 names, on both engines.
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class ScriptRuntimeSurfaceTests(ExecutionMode mode)
{
    private ScriptRuntime CreateRuntime() => new(new ScriptRuntimeSetup { ExecutionMode = mode });

    [Test]
    public void Setup_OptionsReachTheEngine()
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode, RecursionLimit = 50 });
        var engine = runtime.GetEngine("python");

        var error = Assert.Throws<PyException>(() => engine.Execute("def f(n):\n    return f(n + 1)\nf(0)"))!;

        Assert.Multiple(() =>
        {
            Assert.That(runtime.Setup.RecursionLimit, Is.EqualTo(50));
            Assert.That(engine.ExecutionMode, Is.EqualTo(mode));
            Assert.That(error.PythonType, Is.EqualTo("RecursionError"));
            Assert.That(error.Traceback.Count(f => f.Name == "f"), Is.LessThanOrEqualTo(50));
        });
    }

    [Test]
    public void Setup_OptionsByName_SetTheMembers()
    {
        var setup = new ScriptRuntimeSetup { ExecutionMode = mode };
        setup.Options["recursionlimit"] = 60;
        setup.Options["TimeLimit"] = TimeSpan.FromMinutes(1);
        setup.Options["SearchPaths"] = new List<string> { "lib" };

        var runtime = new ScriptRuntime(setup);

        Assert.Multiple(() =>
        {
            Assert.That(runtime.Setup.RecursionLimit, Is.EqualTo(60));
            Assert.That(runtime.Setup.TimeLimit, Is.EqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(runtime.GetEngine("python").GetSearchPaths(), Is.EqualTo(new[] { "lib" }));
            var bad = new ScriptRuntimeSetup();
            bad.Options["NoSuchOption"] = 1;
            Assert.That(() => new ScriptRuntime(bad), Throws.ArgumentException);
        });
    }

    [Test]
    public void Globals_AreVisibleToEveryScriptOfTheRuntime()
    {
        var runtime = CreateRuntime();
        var engine = runtime.GetEngine("py");
        runtime.Globals.SetVariable("app_name", "Ledger");
        var scope = engine.CreateScope();

        engine.Execute("def title():\n    return app_name.upper()\nt = title()", scope);

        Assert.Multiple(() =>
        {
            Assert.That(scope.GetVariable<string>("t"), Is.EqualTo("LEDGER"));
            Assert.That(engine.Execute<string>("app_name"), Is.EqualTo("Ledger"), "a script run without a scope sees them too");
            Assert.That(scope.ContainsVariable("app_name"), Is.False, "they stay in Globals");
        });
    }

    [Test]
    public void Globals_ComeAfterTheModuleAndTheBuiltins()
    {
        var runtime = CreateRuntime();
        var engine = runtime.GetEngine("python");
        runtime.Globals.SetVariable("len", (Func<object, int>)(_ => -1));
        runtime.Globals.SetVariable("x", 1);
        var scope = engine.CreateScope();

        engine.Execute("x = 2\ny = x\nn = len('abc')", scope);

        Assert.Multiple(() =>
        {
            Assert.That(scope.GetVariable<int>("y"), Is.EqualTo(2), "the module's own name wins");
            Assert.That(scope.GetVariable<int>("n"), Is.EqualTo(3), "a host's name never changes a builtin");
            Assert.That(runtime.Globals.GetVariable<int>("x"), Is.EqualTo(1), "a script's assignment stays in its module");
        });
    }

    [Test]
    public void Globals_AreNotSharedBetweenRuntimes()
    {
        var first = CreateRuntime();
        first.Globals.SetVariable("secret", 1);
        var other = CreateRuntime().GetEngine("python");

        var error = Assert.Throws<PyException>(() => other.Execute("secret"))!;

        Assert.That(error.FormatExceptionOnly(), Is.EqualTo("NameError: name 'secret' is not defined"));
    }

    [Test]
    public void LoadAssembly_BindsItsNamespacesInGlobals()
    {
        var runtime = CreateRuntime();
        var engine = runtime.GetEngine("python");
        runtime.LoadAssembly(typeof(StringBuilder).Assembly);
        runtime.LoadAssembly(typeof(StringBuilder).Assembly);

        var scope = engine.CreateScope();
        engine.Execute("""
            sb = System.Text.StringBuilder()
            sb.Append('a').Append(1)
            names = System.Collections.Generic.List[str]()
            names.Add('x')
            text = f'{sb.ToString()} {len(names)} {System.Math.Max(2, 5)}'
            """, scope);
        var text = scope.GetVariable<string>("text");

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo("a1 1 5"));
            Assert.That(runtime.GetLoadedAssemblies(), Is.EqualTo(new[] { typeof(StringBuilder).Assembly }));
            Assert.That(engine.Execute<Type>("System.Text.StringBuilder"), Is.EqualTo(typeof(StringBuilder)));
        });
    }

    [Test]
    public void LoadAssembly_UnknownNameInANamespace_IsAttributeError()
    {
        var runtime = CreateRuntime();
        runtime.LoadAssembly(typeof(StringBuilder).Assembly);

        var error = Assert.Throws<PyException>(() => runtime.GetEngine("python").Execute("System.Text.NoSuchType"))!;

        Assert.That(error.PythonType, Is.EqualTo("AttributeError"));
    }

    [Test]
    public void Shutdown_FlushesTheOutput()
    {
        var runtime = CreateRuntime();
        var buffer = new MemoryStream();
        var writer = new StreamWriter(buffer, new UTF8Encoding(false));   // not flushed on its own
        runtime.IO.SetOutput(buffer, writer);
        runtime.GetEngine("python").Execute("print('bye', end='')");
        writer.Write("!");

        runtime.Shutdown();
        runtime.Shutdown();

        Assert.That(Encoding.UTF8.GetString(buffer.ToArray()), Is.EqualTo("bye!"));
    }

    [Test]
    public void IO_SetOutputAndErrorOutput_WithWritersAndStreams()
    {
        var runtime = CreateRuntime();
        var engine = runtime.GetEngine("python");
        var output = new StringWriter();
        var errors = new MemoryStream();

        runtime.IO.SetOutput(output);
        runtime.IO.SetErrorOutput(errors, Encoding.UTF8);
        engine.Execute("print('out', 1)");
        runtime.IO.ErrorWriter.Write("err");

        Assert.Multiple(() =>
        {
            Assert.That(output.ToString(), Is.EqualTo("out 1\n"));
            Assert.That(Encoding.UTF8.GetString(errors.ToArray()).TrimStart('\uFEFF'), Is.EqualTo("err"));
            Assert.That(runtime.IO.ErrorStream, Is.SameAs(errors));
            Assert.That(runtime.IO.OutputStream, Is.Null);
        });
    }

    [Test]
    public void IO_SetOutputToAStream_EncodesAsAsked()
    {
        var runtime = CreateRuntime();
        var stream = new MemoryStream();
        runtime.IO.SetOutput(stream, Encoding.Unicode);

        runtime.GetEngine("python").Execute("print('é')");

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.Unicode.GetString(stream.ToArray()).TrimStart('\uFEFF'), Is.EqualTo("é\n"));
            Assert.That(runtime.IO.OutputEncoding.WebName, Is.EqualTo(Encoding.Unicode.WebName));
            Assert.That(runtime.IO.OutputStream, Is.SameAs(stream));
        });
    }

    [Test]
    public void IO_SetInput_WithAReaderOrAStream()
    {
        var runtime = CreateRuntime();
        var reader = new StringReader("line");
        runtime.IO.SetInput(reader);
        Assert.That(runtime.IO.InputReader, Is.SameAs(reader));

        var stream = new MemoryStream(Encoding.Latin1.GetBytes("é"));
        runtime.IO.SetInput(stream, Encoding.Latin1);

        Assert.Multiple(() =>
        {
            Assert.That(runtime.IO.InputReader.ReadToEnd(), Is.EqualTo("é"));
            Assert.That(runtime.IO.InputStream, Is.SameAs(stream));
            Assert.That(runtime.IO.InputEncoding, Is.EqualTo(Encoding.Latin1));
        });
    }

    [Test]
    public void IO_RedirectToConsole_ForgetsTheStreams()
    {
        var runtime = CreateRuntime();
        runtime.IO.SetOutput(new MemoryStream(), Encoding.UTF8);
        runtime.IO.SetInput(new StringReader(""));

        runtime.IO.RedirectToConsole();

        Assert.Multiple(() =>
        {
            Assert.That(runtime.IO.OutputStream, Is.Null);
            Assert.That(runtime.IO.OutputWriter, Is.SameAs(Console.Out));
            Assert.That(runtime.IO.InputReader, Is.SameAs(Console.In));
        });
    }

    [Test]
    public void IO_NullArguments_AreRejected()
    {
        var io = CreateRuntime().IO;
        Assert.Multiple(() =>
        {
            Assert.That(() => io.SetOutput(null!), Throws.ArgumentNullException);
            Assert.That(() => io.SetErrorOutput(null!, Encoding.UTF8), Throws.ArgumentNullException);
            Assert.That(() => io.SetInput((TextReader)null!), Throws.ArgumentNullException);
            Assert.That(() => io.SetInput(new MemoryStream(), null!), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void CreateOperations_WorksOnScriptValues()
    {
        var runtime = CreateRuntime();
        var ops = runtime.CreateOperations();
        var f = runtime.GetEngine("python").Execute("lambda a, b: a * b");

        Assert.Multiple(() =>
        {
            Assert.That(ops.Invoke(f, 6, 7), Is.EqualTo(42));
            Assert.That(runtime.CreateOperations("Python").Engine, Is.SameAs(runtime.GetEngine("python")));
            Assert.That(() => runtime.CreateOperations("ruby"), Throws.ArgumentException);
        });
    }

    [Test]
    public void GetEngineByFileExtension_KnowsPy()
    {
        var runtime = CreateRuntime();
        Assert.Multiple(() =>
        {
            Assert.That(runtime.GetEngineByFileExtension(".py"), Is.SameAs(runtime.GetEngine("python")));
            Assert.That(runtime.GetEngineByFileExtension("PY"), Is.SameAs(runtime.GetEngine("python")));
            Assert.That(() => runtime.GetEngineByFileExtension(".rb"), Throws.ArgumentException);
            Assert.That(runtime.GetRegisteredFileExtensions(), Is.EqualTo(new[] { ".py" }));
            Assert.That(runtime.GetRegisteredLanguageNames(), Does.Contain("python"));
        });
    }

    [Test]
    public void ExecuteFile_RunsInANewScope()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dlrc-runtime-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "x = 6 * 7\n");
        try
        {
            var scope = CreateRuntime().ExecuteFile(path);
            Assert.That(scope.GetVariable<int>("x"), Is.EqualTo(42));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void PythonCreateEngine_WithOptions()
    {
        var engine = Python.CreateEngine(new Dictionary<string, object?>
        {
            ["RecursionLimit"] = 40,
            ["executionmode"] = mode.ToString(),
            ["MaxStatements"] = 1000L,
            ["SearchPaths"] = new[] { "lib" },
            ["Frames"] = true,
        });

        Assert.Multiple(() =>
        {
            Assert.That(engine.Runtime.Setup.RecursionLimit, Is.EqualTo(40));
            Assert.That(engine.ExecutionMode, Is.EqualTo(mode));
            Assert.That(engine.Runtime.Setup.MaxStatements, Is.EqualTo(1000L));
            Assert.That(engine.GetSearchPaths(), Is.EqualTo(new[] { "lib" }));
            Assert.That(() => engine.Execute("while True: pass"), Throws.TypeOf<ScriptStatementLimitException>());
            Assert.That(Python.GetEngine(engine.Runtime), Is.SameAs(engine));
            Assert.That(Python.CreateRuntime(new Dictionary<string, object?> { ["RecursionLimit"] = 99 }).Setup.RecursionLimit, Is.EqualTo(99));
        });
    }

    [Test]
    public void PythonCreateEngine_UnknownOrMistypedOption_IsRejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Python.CreateEngine(new Dictionary<string, object?> { ["RecursionLimt"] = 5 }),
                Throws.ArgumentException.With.Message.Contains("unknown option: 'RecursionLimt'"));
            Assert.That(() => Python.CreateEngine(new Dictionary<string, object?> { ["RecursionLimit"] = "5" }),
                Throws.ArgumentException.With.Message.Contains("must be an integer"));
            Assert.That(() => Python.CreateEngine(new Dictionary<string, object?> { ["TimeLimit"] = 5 }),
                Throws.ArgumentException);
        });
    }
}
