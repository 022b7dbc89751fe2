using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary><see cref="ExceptionOperations"/> from <c>engine.GetService&lt;ExceptionOperations&gt;()</c>, on both engines.</summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class ExceptionOperationsTests(ExecutionMode mode)
{
    private const string Program = "def outer():\n    return inner()\ndef inner():\n    return {}['k']\nouter()\n";

    private ScriptEngine CreateEngine() => Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode });

    private static Exception Catch(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e;
        }
        throw new AssertionException("nothing was thrown");
    }

    [Test]
    public void FormatException_IsCPythonsReport()
    {
        var engine = CreateEngine();
        var error = Catch(() => engine.CreateScriptSourceFromString(Program, "prog.py", SourceCodeKind.File).Execute());

        var text = engine.GetService<ExceptionOperations>()!.FormatException(error);

        Assert.That(text, Is.EqualTo("""
            Traceback (most recent call last):
              File "prog.py", line 5, in <module>
                outer()
              File "prog.py", line 2, in outer
                return inner()
              File "prog.py", line 4, in inner
                return {}['k']
            KeyError: 'k'

            """.Replace("\r", "")));
    }

    [Test]
    public void GetStackFrames_OutermostFirst()
    {
        var engine = CreateEngine();
        var error = Catch(() => engine.CreateScriptSourceFromString(Program, "prog.py", SourceCodeKind.File).Execute());

        var frames = engine.GetService<ExceptionOperations>()!.GetStackFrames(error);

        Assert.Multiple(() =>
        {
            Assert.That(frames.Select(f => (f.GetMethodName(), f.GetFileName(), f.GetFileLineNumber())),
                Is.EqualTo(new[] { ("<module>", "prog.py", 5), ("outer", "prog.py", 2), ("inner", "prog.py", 4) }));
            Assert.That(frames[2].GetSourceLine()!.Trim(), Is.EqualTo("return {}['k']"));
            Assert.That(frames[0].ToString(), Is.EqualTo("File \"prog.py\", line 5, in <module>"));
        });
    }

    [Test]
    public void GetMessageAndType_OfPythonDotNetAndLimitExceptions()
    {
        var engine = CreateEngine();
        var ops = engine.GetService<ExceptionOperations>()!;
        var python = Catch(() => engine.Execute("int('x')"));
        var limit = Catch(() => engine.Execute("while True: pass", engine.CreateScope(), new ScriptLimits { MaxStatements = 5 }));

        ops.GetMessageAndType(python, out var message, out var type);
        ops.GetMessageAndType(new KeyNotFoundException("gone"), out var netMessage, out var netType);
        ops.GetMessageAndType(limit, out _, out var limitType);

        Assert.Multiple(() =>
        {
            Assert.That((type, message), Is.EqualTo(("ValueError", "invalid literal for int() with base 10: 'x'")));
            Assert.That((netType, netMessage), Is.EqualTo(("KeyError", "gone")));
            Assert.That(limitType, Is.EqualTo(nameof(ScriptStatementLimitException)));
            Assert.That(ops.GetStackFrames(limit), Is.Empty);
            Assert.That(ops.FormatException(limit), Does.StartWith("ScriptStatementLimitException: "));
        });
    }

    [Test]
    public void SyntaxError_FormatsWithItsCaret()
    {
        var engine = CreateEngine();
        var ops = engine.GetService<ExceptionOperations>()!;
        var error = Catch(() => engine.CreateScriptSourceFromString("x = = 1\n", "s.py", SourceCodeKind.File).Compile());

        ops.GetMessageAndType(error, out var message, out var type);

        Assert.Multiple(() =>
        {
            Assert.That((type, message), Is.EqualTo(("SyntaxError", "invalid syntax")));
            Assert.That(ops.FormatException(error), Is.EqualTo("  File \"s.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"));
            Assert.That(ops.GetStackFrames(error), Is.Empty);
        });
    }

    [Test]
    public void NullException_IsRejected()
    {
        var ops = CreateEngine().GetService<ExceptionOperations>()!;
        Assert.Multiple(() =>
        {
            Assert.That(() => ops.FormatException((Exception)null!), Throws.ArgumentNullException);
            Assert.That(() => ops.GetStackFrames((Exception)null!), Throws.ArgumentNullException);
            Assert.That(ops.Engine, Is.Not.Null);
        });
    }
}
