using System.Numerics;
using System.Runtime.Remoting;
using System.Text;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Text;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// <see cref="ScriptEngine"/>, <see cref="ScriptScope"/>, <see cref="ScriptSource"/> and
/// <see cref="CompiledCode"/>: every member of the hosting surface of issue 11 point 3, on both engines.
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class ScriptEngineSurfaceTests(ExecutionMode mode)
{
    private ScriptEngine CreateEngine() => Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode });

    [Test]
    public void Execute_ReturnsAnExpressionsValueInItsHostForm()
    {
        var engine = CreateEngine();
        Assert.Multiple(() =>
        {
            Assert.That(engine.Execute("6 * 7"), Is.EqualTo(42));
            Assert.That(engine.Execute("2 ** 40"), Is.EqualTo(1L << 40));
            Assert.That(engine.Execute("2 ** 70"), Is.EqualTo(BigInteger.Pow(2, 70)));
            Assert.That(engine.Execute("None"), Is.Null);
            Assert.That(engine.Execute("x = 1"), Is.Null);
        });
    }

    [Test]
    public void ExecuteOfT_Converts()
    {
        var engine = CreateEngine();
        Assert.Multiple(() =>
        {
            Assert.That(engine.Execute<int>("6 * 7"), Is.EqualTo(42));
            Assert.That(engine.Execute<long>("6 * 7"), Is.EqualTo(42L));
            Assert.That(engine.Execute<double>("6 * 7"), Is.EqualTo(42.0));
            Assert.That(engine.Execute<BigInteger>("6 * 7"), Is.EqualTo(new BigInteger(42)));
            Assert.That(engine.Execute<List<string>>("['a', 'b']"), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(() => engine.Execute<int>("'x'"), Throws.TypeOf<PyException>().With.Property("PythonType").EqualTo("TypeError"));
        });
    }

    [Test]
    public void ExecuteAndWrap_WrapsTheValue()
    {
        var engine = CreateEngine();
        var scope = engine.CreateScope();

        ObjectHandle handle = engine.ExecuteAndWrap("[1, 2]", scope);
        ObjectHandle plain = engine.ExecuteAndWrap("40 + 2");

        Assert.Multiple(() =>
        {
            Assert.That(engine.Operations.Unwrap<int[]>(handle), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(plain.Unwrap(), Is.EqualTo(42));
        });
    }

    [Test]
    public void ExecuteAndWrap_WithAnExceptionHandle_CatchesRuntimeAndSyntaxErrors()
    {
        var engine = CreateEngine();
        var exceptions = engine.GetService<ExceptionOperations>()!;

        var ok = engine.ExecuteAndWrap("1 + 1", out var none);
        var failed = engine.ExecuteAndWrap("1 / 0", engine.CreateScope(), out var error);
        var bad = engine.ExecuteAndWrap("1 +", out var syntax);

        Assert.Multiple(() =>
        {
            Assert.That((ok!.Unwrap(), none), Is.EqualTo((2, (ObjectHandle?)null)));
            Assert.That(failed, Is.Null);
            exceptions.GetMessageAndType(error!, out var message, out var type);
            Assert.That((type, message), Is.EqualTo(("ZeroDivisionError", "division by zero")));
            Assert.That(bad, Is.Null);
            Assert.That(exceptions.FormatException(syntax!), Does.EndWith("SyntaxError: invalid syntax\n"));
        });
    }

    [Test]
    public void ExecuteFile_RunsAFileInANewOrAGivenScope()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dlrc-engine-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "total = base + 1\n");
        try
        {
            var engine = CreateEngine();
            var scope = engine.CreateScope(new Dictionary<string, object?> { ["base"] = 41 });
            engine.ExecuteFile(path, scope);
            Assert.That(scope.GetVariable<int>("total"), Is.EqualTo(42));
            var error = Assert.Throws<PyException>(() => engine.ExecuteFile(path))!;
            Assert.That(error.Traceback[0].Path, Is.EqualTo(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void CreateScope_FromADictionary_CopiesTheVariablesIn()
    {
        var engine = CreateEngine();
        var variables = new Dictionary<string, object?> { ["a"] = 1, ["b"] = "two", ["c"] = null };

        var scope = engine.CreateScope(variables);
        engine.Execute("a += 1\nkinds = [type(a).__name__, type(b).__name__, type(c).__name__]", scope);

        Assert.Multiple(() =>
        {
            Assert.That(scope.GetVariable<string[]>("kinds"), Is.EqualTo(new[] { "int", "str", "NoneType" }));
            Assert.That(variables["a"], Is.EqualTo(1), "the scope holds copies: the dictionary does not change");
        });
    }

    [Test]
    public void CreateScriptSourceFromString_WithAKind()
    {
        var engine = CreateEngine();
        var output = new StringWriter();
        engine.Runtime.IO.SetOutput(output);

        Assert.Multiple(() =>
        {
            Assert.That(engine.CreateScriptSourceFromString("1 + 2", SourceCodeKind.Expression).Execute(), Is.EqualTo(3));
            Assert.That(engine.CreateScriptSourceFromString("1 + 2", SourceCodeKind.Statements).Execute(), Is.Null);
            Assert.That(() => engine.CreateScriptSourceFromString("x = 1", SourceCodeKind.Expression).Compile(),
                Throws.TypeOf<PyException>().With.Property("PythonType").EqualTo("SyntaxError"));
            engine.CreateScriptSourceFromString("1 + 2\n", SourceCodeKind.InteractiveCode).Execute();
            Assert.That(output.ToString(), Is.EqualTo("3\n"));
            var source = engine.CreateScriptSourceFromString("x", "named.py", SourceCodeKind.File);
            Assert.That((source.Path, source.Kind), Is.EqualTo(("named.py", SourceCodeKind.File)));
        });
    }

    [Test]
    public void CreateScriptSourceFromFile_ReadsInTheGivenEncodingAndKind()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dlrc-latin-{Guid.NewGuid():N}.py");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("'caf\u00e9'"));
        try
        {
            var engine = CreateEngine();
            var source = engine.CreateScriptSourceFromFile(path, Encoding.Latin1, SourceCodeKind.Expression);
            Assert.Multiple(() =>
            {
                Assert.That(source.Execute<string>(), Is.EqualTo("caf\u00e9"));
                Assert.That(source.Kind, Is.EqualTo(SourceCodeKind.Expression));
                Assert.That(engine.CreateScriptSourceFromFile(path, Encoding.Latin1).Kind, Is.EqualTo(SourceCodeKind.File));
                Assert.That(engine.CreateScriptSourceFromFile(path).Path, Is.EqualTo(path));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void SearchPaths_AreStoredAndReturnedAsCopies()
    {
        var engine = CreateEngine();
        var paths = new List<string> { "/opt/lib", "plugins" };

        engine.SetSearchPaths(paths);
        paths.Add("later");
        var read = engine.GetSearchPaths();
        read.Clear();

        Assert.Multiple(() =>
        {
            Assert.That(CreateEngine().GetSearchPaths(), Is.Empty);
            Assert.That(engine.GetSearchPaths(), Is.EqualTo(new[] { "/opt/lib", "plugins" }));
            Assert.That(() => engine.SetSearchPaths(null!), Throws.ArgumentNullException);
            Assert.That(() => engine.SetSearchPaths(new[] { "a", null! }), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void OperationsRuntimeAndServices()
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode });
        var engine = runtime.GetEngine("python");

        Assert.Multiple(() =>
        {
            Assert.That(engine.Runtime, Is.SameAs(runtime));
            Assert.That(engine.Operations, Is.SameAs(engine.Operations));
            Assert.That(engine.CreateOperations(), Is.Not.SameAs(engine.Operations));
            Assert.That(engine.CreateOperations(engine.CreateScope()).Engine, Is.SameAs(engine));
            Assert.That(engine.GetService<ExceptionOperations>(), Is.SameAs(engine.GetService<ExceptionOperations>()));
            Assert.That(engine.GetService<ObjectOperations>(), Is.SameAs(engine.Operations));
            Assert.That(engine.GetService<StringBuilder>(), Is.Null);
            Assert.That((engine.LanguageName, engine.LanguageVersion), Is.EqualTo(("Python", new Version(3, 11))));
        });
    }

    [Test]
    public void Scope_AsDynamic_ReadsWritesCallsAndDeletes()
    {
        var engine = CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute("def add(a, b=0):\n    return a + b", scope);
        dynamic s = scope;

        s.limit = 7;
        int sum = s.add(s.limit, b: 1);

        Assert.Multiple(() =>
        {
            Assert.That(sum, Is.EqualTo(8));
            Assert.That(scope.GetVariable<int>("limit"), Is.EqualTo(7));
            Assert.That(() => { var _ = s.missing; }, Throws.TypeOf<MissingMemberException>());
        });
    }

    [Test]
    public void Scope_VariableHandles()
    {
        var engine = CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute("xs = [1, 2]", scope);

        var handle = scope.GetVariableHandle("xs");
        scope.SetVariable("ys", handle);
        scope.SetVariable("nothing", null);

        Assert.Multiple(() =>
        {
            Assert.That(engine.Execute<bool>("ys is xs", scope), Is.True);
            Assert.That(engine.Execute<bool>("nothing is None", scope), Is.True);
            Assert.That(scope.TryGetVariableHandle("missing", out var none), Is.False);
            Assert.That(none, Is.Null);
            Assert.That(scope.TryGetVariableHandle("xs", out var found) && found!.Unwrap() == handle.Unwrap(), Is.True);
            Assert.That(() => scope.GetVariableHandle("missing"), Throws.TypeOf<MissingMemberException>());
        });
    }

    [Test]
    public void Source_CodeLinesAndExecuteOverloads()
    {
        var engine = CreateEngine();
        var source = engine.CreateScriptSourceFromString("a = 1\nb = a + 1\n\nc = b * 21\n");
        var scope = engine.CreateScope();

        source.Execute(scope);

        Assert.Multiple(() =>
        {
            Assert.That(source.GetCode(), Does.StartWith("a = 1"));
            Assert.That(source.GetCodeLine(2), Is.EqualTo("b = a + 1"));
            Assert.That(source.GetCodeLine(9), Is.EqualTo(""));
            Assert.That(source.GetCodeLines(3, 5), Is.EqualTo(new[] { "", "c = b * 21" }));
            Assert.That(scope.GetVariable<int>("c"), Is.EqualTo(42));
            Assert.That(engine.CreateScriptSourceFromString("2 + 2").Execute<int>(), Is.EqualTo(4));
            Assert.That(engine.CreateScriptSourceFromString("2 + 3").ExecuteAndWrap().Unwrap(), Is.EqualTo(5));
            Assert.That(engine.CreateScriptSourceFromString("c").ExecuteAndWrap(scope).Unwrap(), Is.EqualTo(42));
            Assert.That(engine.CreateScriptSourceFromString("c +").ExecuteAndWrap(scope, out var error), Is.Null);
            Assert.That(error!.Unwrap(), Is.TypeOf<PyException>());
        });
    }

    [Test]
    public void Source_ExecuteProgram_GivesTheExitStatus()
    {
        var engine = CreateEngine();
        Assert.Multiple(() =>
        {
            Assert.That(engine.CreateScriptSourceFromString("x = 1").ExecuteProgram(), Is.EqualTo(0));
            Assert.That(engine.CreateScriptSourceFromString("raise SystemExit(3)").ExecuteProgram(), Is.EqualTo(3));
            Assert.That(engine.CreateScriptSourceFromString("raise SystemExit").ExecuteProgram(engine.CreateScope()), Is.EqualTo(0));
        });
    }

    [Test]
    public void CompiledCode_DefaultScopeAndTypedAndWrappedResults()
    {
        var engine = CreateEngine();
        var counter = engine.CreateScriptSourceFromString("try:\n    n += 1\nexcept NameError:\n    n = 1").Compile();

        counter.Execute();
        counter.Execute();

        Assert.Multiple(() =>
        {
            Assert.That(counter.DefaultScope.GetVariable<int>("n"), Is.EqualTo(2), "Execute() runs in one DefaultScope");
            Assert.That(counter.Engine, Is.SameAs(engine));
            Assert.That(engine.CreateScriptSourceFromString("7 * 6").Compile().Execute<int>(), Is.EqualTo(42));
            Assert.That(engine.CreateScriptSourceFromString("7 * 6").Compile().ExecuteAndWrap().Unwrap(), Is.EqualTo(42));
            Assert.That(engine.CreateScriptSourceFromString("1 // 0").Compile().ExecuteAndWrap(engine.CreateScope(), out var error), Is.Null);
            Assert.That(((PyException)error!.Unwrap()!).PythonType, Is.EqualTo("ZeroDivisionError"));
        });
    }

    [Test]
    public void CompiledCode_WithLimits_ReturnsTheHostForm()
    {
        var engine = CreateEngine();
        var code = engine.CreateScriptSourceFromString("6 * 7").Compile();

        Assert.That(code.Execute(engine.CreateScope(), new ScriptLimits { MaxStatements = 10 }), Is.EqualTo(42));
    }

    [Test]
    public void SyntaxError_IsAPyExceptionWithSyntaxLocation()
    {
        var engine = CreateEngine();

        var error = Assert.Throws<PyException>(() => engine.CreateScriptSourceFromString("x = (1,\ny = 2 2\n", "f.py", SourceCodeKind.File).Compile())!;

        Assert.Multiple(() =>
        {
            Assert.That(error.PythonType, Is.EqualTo("SyntaxError"));
            Assert.That(error.SyntaxLocation, Is.Not.Null);
            Assert.That(error.SyntaxLocation!.Path, Is.EqualTo("f.py"));
            Assert.That(error.SyntaxLocation.Line, Is.GreaterThanOrEqualTo(1));
        });
    }

    [Test]
    public void SourceSpanOfTheListener_IsPublic() => Assert.That(typeof(SourceSpan).IsPublic, Is.True);
}
