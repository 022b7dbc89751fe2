using System.Text;
using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// Programs that are large or long in one direction (many arguments, parameters, decorators, links
/// of a chain, items of a display, functions) run on both engines on a host's default 1 MB thread,
/// or end in CPython's compile-time error, never in an internal error or a hang (issue 13, point 4).
/// The sizes are past where each used to fail (InvalidProgramException, a compile that did not end,
/// a quadratic pass) and small enough to keep each test fast.
/// </summary>
[TestFixture]
public sealed class LargeProgramTests
{
    private static string Repeat(string item, int count, string separator) => string.Join(separator, Enumerable.Repeat(item, count));

    // print with 8,196 arguments was an InvalidProgramException in the compiled engine (a call
    // site delegate with a parameter per argument).
    [Test]
    public void CallWithThousandsOfArguments_Runs() =>
        DefaultStackHost.AssertRuns($"print({Repeat("1", 8196, ",")})\n", Repeat("1", 8196, " ") + "\n");

    // A def with more parameters than IL has locals runs on the interpreter.
    [Test]
    public void DefWithTensOfThousandsOfParameters_Runs()
    {
        var parameters = string.Join(",", Enumerable.Range(0, 25_000).Select(i => $"a{i}"));
        DefaultStackHost.AssertRuns($"def f({parameters}):\n    return a24999 - a0\nprint(f(*range(25000)))\n", "24999\n");
    }

    // A chain past what the IL compiler compiles in reasonable time (10,000 links took 14 s)
    // runs on the interpreter; its value is the first false link's, or the last's.
    [Test]
    public void LongComparisonChain_Runs() =>
        DefaultStackHost.AssertRuns($"x = 1\nprint({Repeat("x", 1001, " <= ")}, {Repeat("x", 1000, " < ")}, {Repeat("x", 1000, " and ")})\n", "True False 1\n");

    // 100,000 stacked decorators hung the compiled engine: they are applied as a flat sequence.
    [Test]
    public void ThousandsOfDecorators_AreAppliedInnermostFirst() =>
        DefaultStackHost.AssertRuns("n = 0\ndef d(f):\n    global n\n    n += 1\n    return f\n" + Repeat("@d", 20_000, "\n") +
            "\ndef g():\n    return 1\nprint(g(), n)\n", "1 20000\n");

    // A 0.8 MB tuple display took 1.4 GB and 26 s to compile.
    [Test]
    public void LargeTupleDisplay_Runs() =>
        DefaultStackHost.AssertRuns($"t = ({Repeat("1", 100_000, ",")})\nprint(len(t), sum(t))\n", "100000 100000\n");

    // Scope analysis was quadratic in the names of a block (50,000 defs: 6.3 s).
    [Test]
    public void ManyFunctions_AreAnalysedAndRun()
    {
        var source = new StringBuilder();
        for (int i = 0; i < 20_000; i++) source.Append($"def f{i}():\n    return {i}\n");
        source.Append("print(f0() + f19999())\n");
        DefaultStackHost.AssertRuns(source.ToString(), "19999\n");
    }

    // Deeper than the 1 MB thread allows a recursive pass: the passes move to a large stack
    // (LargeStack), the interpreter evaluates the nested conditionals in a loop, and the chain runs
    // as in CPython.
    [Test]
    public void ChainDeeperThanTheStack_Runs() =>
        DefaultStackHost.AssertRuns($"x = 1\nprint({Repeat("x", 100_000, " < ")})\n", "False\n");
}
