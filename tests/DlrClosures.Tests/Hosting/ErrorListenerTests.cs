using DlrClosures.Hosting;
using DlrClosures.Text;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// <see cref="ScriptSource.Compile(ErrorListener)"/>: every syntax error of a source, with its span,
/// recovering at top-level statement boundaries. Each expected message and column is what CPython 3.11
/// reports for that statement compiled alone.
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class ErrorListenerTests(ExecutionMode mode)
{
    private sealed class Collector : ErrorListener
    {
        public List<(string Message, int Line, int Column, int Code, Severity Severity)> Errors { get; } = [];
        public List<ScriptSource> Sources { get; } = [];

        public override void ErrorReported(ScriptSource source, string message, SourceSpan span, int errorCode, Severity severity)
        {
            Sources.Add(source);
            Errors.Add((message, span.Line, span.Column, errorCode, severity));
        }
    }

    private ScriptEngine CreateEngine() => Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode });

    private (CompiledCode? Code, Collector Listener) Compile(string text)
    {
        var listener = new Collector();
        var code = CreateEngine().CreateScriptSourceFromString(text, "s.py", SourceCodeKind.File).Compile(listener);
        return (code, listener);
    }

    [Test]
    public void ValidSource_CompilesAndReportsNothing()
    {
        var (code, listener) = Compile("x = 1\n");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Not.Null);
            Assert.That(listener.Errors, Is.Empty);
        });
    }

    [Test]
    public void EverySyntaxError_IsReportedWithItsSpan()
    {
        var (code, listener) = Compile("x = = 1\ndef f(:\n    pass\ny = 2\nif y\n    pass\nz = )\nok = 1\n");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Null);
            Assert.That(listener.Errors, Is.EqualTo(new[]
            {
                ("invalid syntax", 1, 5, ErrorListener.SyntaxErrorCode, Severity.Error),
                ("invalid syntax", 2, 7, ErrorListener.SyntaxErrorCode, Severity.Error),
                ("expected ':'", 5, 5, ErrorListener.SyntaxErrorCode, Severity.Error),
                ("unmatched ')'", 7, 5, ErrorListener.SyntaxErrorCode, Severity.Error),
            }));
            Assert.That(listener.Sources.Distinct().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Recovery_SkipsLinesInsideStringsAndBrackets()
    {
        var (_, listener) = Compile("doc = \"\"\"\nnot code (\n\"\"\"\na = (1 +\n)\nb = = 2\n");

        Assert.That(listener.Errors.Select(e => (e.Line, e.Column)), Is.EqualTo(new[] { (5, 1), (6, 5) }));
    }

    [Test]
    public void IndentationError_HasItsOwnCode()
    {
        var (_, listener) = Compile("if 1:\npass\nx = = 1\n");

        // CPython puts the IndentationError on line 2 (the line that is not indented); the parser
        // reports the line of the 'if', so only the codes and the second error's line are asserted.
        Assert.Multiple(() =>
        {
            Assert.That(listener.Errors.Select(e => e.Code), Is.EqualTo(new[] { ErrorListener.IndentationErrorCode, ErrorListener.SyntaxErrorCode }));
            Assert.That(listener.Errors[1].Line, Is.EqualTo(3));
        });
    }

    [Test]
    public void ScopeError_IsReportedOnce()
    {
        var (code, listener) = Compile("nonlocal x\n");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Null);
            Assert.That(listener.Errors, Is.EqualTo(new[]
            {
                ("nonlocal declaration not allowed at module level", 1, 1, ErrorListener.SyntaxErrorCode, Severity.Error),
            }));
        });
    }

    [Test]
    public void ErrorAtTheLastStatement_EndsTheReport()
    {
        var (_, listener) = Compile("x = 1\ny = = 2");

        Assert.That(listener.Errors.Select(e => e.Line), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void NullListener_IsRejected() =>
        Assert.That(() => CreateEngine().CreateScriptSourceFromString("x").Compile(null!), Throws.ArgumentNullException);
}
