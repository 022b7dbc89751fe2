using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// An exception that passes through a finally clause is reported at the line that raised it, as in
/// CPython 3.11, not at the last line the final body ran (found by the SIGINT test of dlrc, whose
/// KeyboardInterrupt was reported at the print in its finally).
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class FinallyTracebackTests(ExecutionMode mode)
{
    [Test]
    public void ExceptionLeavingFinally_IsReportedAtTheLineThatRaisedIt()
    {
        // python3.11: File "<string>", line 2, in <module> / ZeroDivisionError: division by zero
        var (stdout, error) = EngineRun.Run(mode, (engine, scope) =>
            engine.Execute("try:\n    1 / 0\nfinally:\n    print('x')\n", scope));

        Assert.That(stdout, Is.EqualTo("x\n"));
        Assert.That(error!.FormatTraceback(), Is.EqualTo(
            "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n"));
    }

    [Test]
    public void ExceptionLeavingNestedFinallyInAFunction_IsReportedAtTheLineThatRaisedIt()
    {
        var (_, error) = EngineRun.Run(mode, (engine, scope) =>
            engine.Execute("def f():\n    try:\n        try:\n            [][1]\n        finally:\n            x = 1\n    finally:\n        y = 2\nf()\n", scope));

        Assert.That(error!.FormatTraceback(), Is.EqualTo(
            "Traceback (most recent call last):\n  File \"<string>\", line 9, in <module>\n  File \"<string>\", line 4, in f\nIndexError: list index out of range\n"));
    }
}
