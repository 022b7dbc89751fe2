using DlrClosures.Tests.Fuzzing.Generation;

namespace DlrClosures.Tests.Fuzzing;

/// <summary>
/// Shrinks a generated program on which an engine and CPython disagree to a small one on which they
/// still disagree: greedy delta debugging over the statement tree. Each round asks CPython, in one
/// batch, about every one-step reduction (<see cref="GeneratedProgram.Reductions"/>, biggest first),
/// keeps those it runs in time and without a syntax error (with one, if the program had one), and takes the first on which the engine
/// still disagrees; it stops when no reduction does.
/// </summary>
internal static class ProgramShrinker
{
    private const int MaxRounds = 300;

    public static (GeneratedProgram Program, CPythonResult Expected, FuzzOutcome Actual) Shrink(
        GeneratedProgram program, CPythonResult expected, FuzzOutcome actual, string python, FuzzRunner runner)
    {
        // A syntax error is what to keep when the program was one; otherwise a reduction that is
        // no longer valid Python is of no use.
        bool syntax = IsSyntaxError(expected);
        for (int round = 0; round < MaxRounds; round++)
        {
            var candidates = program.Reductions().ToList();
            if (candidates.Count == 0) break;
            var results = CPythonBatch.Run(python, [.. candidates.Select(c => c.ToString())]);
            bool smaller = false;
            for (int i = 0; i < candidates.Count && !smaller; i++)
            {
                var cpython = results[i];
                if (cpython.Timeout || IsSyntaxError(cpython) != syntax) continue;
                var outcome = runner.Run(candidates[i].ToString());
                if (!Differs(cpython, outcome)) continue;
                (program, expected, actual, smaller) = (candidates[i], cpython, outcome, true);
            }
            if (!smaller) break;
        }
        return (program, expected, actual);
    }

    private static bool IsSyntaxError(CPythonResult result) =>
        result.Error is { } error && (error.StartsWith("SyntaxError", StringComparison.Ordinal) || error.StartsWith("IndentationError", StringComparison.Ordinal));

    /// <summary>Whether an engine's ending differs from CPython's (a limit or a CPython timeout is not compared).</summary>
    public static bool Differs(CPythonResult expected, FuzzOutcome actual) =>
        !expected.Timeout && !actual.IsLimit && (actual.IsBug || actual.Stdout != expected.Stdout || actual.Error != expected.Error);
}
