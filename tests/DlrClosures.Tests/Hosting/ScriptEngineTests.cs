using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Text;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

[TestFixture]
public sealed class ScriptEngineTests
{
    private const string OuterInner = "def outer(a):\n    def inner(b):\n        return a + b\n    return inner\nadd_five = outer(5)";

    [Test]
    public void ClosureAsFuncOfObject_AddsThroughItsCell()
    {
        var engine = new ScriptRuntime().GetEngine("python");
        var scope = engine.CreateScope();
        engine.Execute(OuterInner, scope);

        var addFive = scope.GetVariable<Func<object, object>>("add_five");

        Assert.That(addFive(3), Is.EqualTo(8L));
    }

    [Test]
    public void ClosureAsTypedFunc_ConvertsArgumentsAndResult()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute(OuterInner, scope);

        var addFive = scope.GetVariable<Func<int, int>>("add_five");

        Assert.That(addFive(10), Is.EqualTo(15));
    }

    [Test]
    public void ClosureDelegate_SeesLaterWritesToTheCell()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute("def make_counter():\n    count = 0\n    def counter():\n        nonlocal count\n        count += 1\n        return count\n    return counter\nc = make_counter()", scope);
        var counter = scope.GetVariable<Func<long>>("c");

        counter();
        counter();

        Assert.That(counter(), Is.EqualTo(3L));
    }

    [Test]
    public void ExecuteOfExpression_ReturnsItsValue() =>
        Assert.That(Python.CreateEngine().Execute<int>("6 * 7"), Is.EqualTo(42));

    [Test]
    public void ExecuteOfIndentedExpression_ReturnsItsValueAsEvalWould() =>
        Assert.That(Python.CreateEngine().Execute<int>("  6 * 7"), Is.EqualTo(42));

    [Test]
    public void ExecuteOfStatements_ReturnsNull() =>
        Assert.That(Python.CreateEngine().Execute("x = 1"), Is.Null);

    [Test]
    public void SetVariable_IsVisibleToScripts()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        scope.SetVariable("limit", 41);

        Assert.That(engine.Execute<long>("limit + 1", scope), Is.EqualTo(42L));
    }

    [Test]
    public void ScopeVariables_CanBeListedTestedAndRemoved()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute("a = 1\nb = 'two'\nc = None", scope);

        Assert.Multiple(() =>
        {
            Assert.That(scope.GetVariableNames(), Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(scope.ContainsVariable("b"), Is.True);
            Assert.That(scope.GetVariable("c"), Is.Null);
            Assert.That(scope.TryGetVariable("missing", out _), Is.False);
            Assert.That(scope.RemoveVariable("a"), Is.True);
            Assert.That(scope.ContainsVariable("a"), Is.False);
            Assert.That(scope.RemoveVariable("a"), Is.False);
        });
    }

    [Test]
    public void CompiledCode_RunsInManyScopes()
    {
        var engine = Python.CreateEngine();
        var code = engine.CreateScriptSourceFromString("def f():\n    return base * 2\nresult = f()").Compile();
        var first = engine.CreateScope();
        first.SetVariable("base", 1);
        var second = engine.CreateScope();
        second.SetVariable("base", 21);

        code.Execute(first);
        code.Execute(second);

        Assert.That((first.GetVariable<int>("result"), second.GetVariable<int>("result")), Is.EqualTo((2, 42)));
    }

    [Test]
    public void RuntimeError_ReachesHostAsPyExceptionWithTraceback()
    {
        var engine = Python.CreateEngine();
        var source = engine.CreateScriptSourceFromString("def f():\n    return g()\ndef g():\n    return 1 // 0\nf()", "calc.py", SourceCodeKind.File);

        var error = Assert.Throws<PyException>(() => source.Execute(engine.CreateScope()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.PythonType, Is.EqualTo("ZeroDivisionError"));
            Assert.That(error.Message, Is.EqualTo("integer division or modulo by zero"));
            Assert.That(error.Traceback.Select(f => (f.Name, f.Line)), Is.EqualTo(new[] { ("<module>", 5), ("f", 2), ("g", 4) }));
            Assert.That(error.Traceback.All(f => f.Path == "calc.py"), Is.True);
            Assert.That(error.Span, Is.EqualTo(new SourceText("def f():\n    return g()\ndef g():\n    return 1 // 0\nf()", "calc.py").LineSpan(4)));
            Assert.That((error.Span!.Value.Line, error.Span.Value.Column, error.Span.Value.EndColumn), Is.EqualTo((4, 5, 18)), "the statement `return 1 // 0`; the end column is exclusive");
        });
    }

    [Test]
    public void SyntaxError_IsRaisedByCompileWithLocation()
    {
        var engine = Python.CreateEngine();
        var source = engine.CreateScriptSourceFromString("x = 1\ny = = 2\n", "bad.py", SourceCodeKind.File);

        var error = Assert.Throws<PyException>(() => source.Compile())!;

        Assert.Multiple(() =>
        {
            Assert.That(error.FormatExceptionOnly(), Is.EqualTo("SyntaxError: invalid syntax"));
            Assert.That(error.SyntaxLocation, Is.Not.Null);
            Assert.That((error.SyntaxLocation!.Path, error.SyntaxLocation.Line, error.SyntaxLocation.Column), Is.EqualTo(("bad.py", 2, 5)));
            Assert.That(error.FormatTraceback(), Does.Contain("    y = = 2\n        ^\n"));
        });
    }

    [Test]
    public void ScopeError_IsRaisedByCompileBeforeAnythingRuns()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        var source = engine.CreateScriptSourceFromString("ran = True\ndef f():\n    nonlocal x\n", SourceCodeKind.File);

        var error = Assert.Throws<PyException>(() => source.Execute(scope))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.FormatExceptionOnly(), Is.EqualTo("SyntaxError: no binding for nonlocal 'x' found"));
            Assert.That(scope.ContainsVariable("ran"), Is.False);
        });
    }

    [Test]
    public void DeepRecursion_IsRecursionErrorAndTheHostSurvives()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();

        var error = Assert.Throws<PyException>(() => engine.Execute("def f(n):\n    return f(n + 1)\nf(0)", scope))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.FormatExceptionOnly(), Is.EqualTo("RecursionError: maximum recursion depth exceeded"));
            Assert.That(engine.Execute<int>("1 + 1", scope), Is.EqualTo(2));
        });
    }

    [Test]
    public void RecursionLimit_FromSetupIsEnforced()
    {
        var engine = Python.CreateEngine(new ScriptRuntimeSetup { RecursionLimit = 50 });
        var scope = engine.CreateScope();
        engine.Execute("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)", scope);

        Assert.Multiple(() =>
        {
            Assert.That(engine.Execute<int>("depth(40)", scope), Is.EqualTo(40));
            Assert.Throws<PyException>(() => engine.Execute("depth(60)", scope));
        });
    }

    [TestCase(ExecutionMode.Compile)]
    [TestCase(ExecutionMode.Interpret)]
    public void IntMaxStrDigits_FromSetup_LimitsOrLiftsTheConversion(ExecutionMode mode)
    {
        var lifted = Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode, IntMaxStrDigits = 0 });
        var limited = Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode, IntMaxStrDigits = 1000 });
        // 200,000 digits each way: divide and conquer keeps this well under a second.
        var scope = lifted.CreateScope();
        lifted.Execute("s = '123456789' * 22222", scope);

        Assert.Multiple(() =>
        {
            Assert.That(lifted.Execute<bool>("str(int(s)) == s and str(-int(s)) == '-' + s", scope), Is.True);
            Assert.That(limited.Execute<int>("len(str(10**999))", limited.CreateScope()), Is.EqualTo(1000));
            var error = Assert.Throws<PyException>(() => limited.Execute("int('1' * 1001)", limited.CreateScope()));
            Assert.That(error!.FormatExceptionOnly().TrimEnd(), Is.EqualTo(
                "ValueError: Exceeds the limit (1000 digits) for integer string conversion: value has 1001 digits; use sys.set_int_max_str_digits() to increase the limit"));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ScriptRuntime(new ScriptRuntimeSetup { IntMaxStrDigits = 639 }));
        });
    }

    // CPython encodes a str source to UTF-8 before compiling it: exec('\ud800') and the others below
    // give these lines there (python3.11); a surrogate pair is one code point and is accepted. The
    // sources are written escaped (an attribute cannot hold a lone surrogate) and unescaped here.
    [TestCase(@"\ud800", "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed")]
    [TestCase(@"x = 1\ny = '\ud800'", "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 11: surrogates not allowed")]
    [TestCase(@"x = 1\ny = '\udc00\ud800'", "UnicodeEncodeError: 'utf-8' codec can't encode characters in position 11-12: surrogates not allowed")]
    [TestCase(@"x = '\ud83d\ude00'\ny = '\udfff'", "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udfff' in position 13: surrogates not allowed")]
    public void LoneSurrogateInSource_IsUnicodeEncodeError(string escaped, string expected)
    {
        string source = System.Text.RegularExpressions.Regex.Unescape(escaped);
        foreach (var mode in new[] { ExecutionMode.Compile, ExecutionMode.Interpret })
        {
            var engine = Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode });
            var error = Assert.Throws<PyException>(() => engine.Execute(source, engine.CreateScope()));
            Assert.That(error!.FormatExceptionOnly().TrimEnd(), Is.EqualTo(expected), mode.ToString());
            Assert.That(engine.CreateScriptSourceFromString(source).GetCodeProperties(), Is.EqualTo(ScriptCodeParseResult.Invalid));
        }
    }

    [Test]
    public void Print_GoesToTheRuntimeOutput()
    {
        var runtime = new ScriptRuntime();
        var output = new StringWriter();
        runtime.IO.SetOutput(output);

        runtime.GetEngine("py").Execute("print('hello', 42, sep='-')");

        Assert.That(output.ToString(), Is.EqualTo("hello-42\n"));
    }

    [Test]
    public void DelegateCalledByTheHostLater_PrintsToTheRuntimeOutputUnderItsLimit()
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { RecursionLimit = 30 });
        var output = new StringWriter();
        runtime.IO.SetOutput(output);
        var engine = runtime.GetEngine("python");
        var scope = engine.CreateScope();
        engine.Execute("def greet(name):\n    print('hello', name)\ndef deep(n):\n    return 0 if n == 0 else deep(n - 1)", scope);
        var greet = scope.GetVariable<Action<string>>("greet");
        var deep = scope.GetVariable<Func<int, int>>("deep");

        greet("host");

        Assert.Multiple(() =>
        {
            Assert.That(output.ToString(), Is.EqualTo("hello host\n"));
            Assert.That(deep(20), Is.EqualTo(0));
            Assert.That(Assert.Throws<PyException>(() => deep(40))!.PythonType, Is.EqualTo("RecursionError"));
        });
    }

    [Test]
    public void UnknownLanguage_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ScriptRuntime().GetEngine("ruby"));
}
