using DlrClosures.Binding;
using DlrClosures.Compilation;
using DlrClosures.Interpretation;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Hosting;

/// <summary>
/// Code objects of the defs and lambdas of a module body when
/// <see cref="ScriptRuntimeSetup.CompileThreshold"/> is set: a function without loops runs its first
/// calls on the interpreter and is compiled when it has been called that many times.
/// <para>
/// Why: the compiled body of a def is one dynamic method, and the JIT compiles a dynamic method
/// with full optimisation at its first call. For arithmetic-heavy code that is slow: a three-line
/// 4x4 matrix product (perf/frontend/geometry.py mat_mul) lowers to 19,779 bytes of IL, and jitting
/// the program's hundred functions took about 1.1 s of its 1.5 s of CPU time, for functions most of
/// which run once or twice. A function with a loop is compiled at its first call as before: one call
/// can run the loop a million times, and the interpreter cannot switch to compiled code in the middle of a call.
/// </para>
/// <list type="number">
/// <item><see cref="Create"/>: a def with a loop gets the compiler's code object
/// (<see cref="Lowerer"/>); one without gets a code object whose first call builds the
/// interpreter's body (its own nested defs made by <see cref="Create"/> too) and returns its entry
/// point wrapped in a call counter.</item>
/// <item>At the threshold's call the counter compiles the body (<see cref="Lowerer"/>, its nested
/// defs the compiler's own) and puts the compiled entry point in the code object's place
/// (<see cref="PyCode.ReplaceEntry"/>); later calls go straight to it. Both bodies are
/// translations of the same bound tree and share the function's cells and globals, so a call
/// behaves the same on either.</item>
/// </list>
/// </summary>
internal static class TieredCode
{
    /// <summary>
    /// How the code objects of a module's defs and lambdas are made. Without a threshold: compiled
    /// (<see cref="Lowerer"/>), except one too deep or large for the IL compiler, which runs on the
    /// interpreter (<see cref="Lowerer.ExceedsCompilerLimits"/>).
    /// </summary>
    public static Func<BoundCode, PyCode> Factory(int threshold) =>
        threshold <= 0 ? Compiled : bound => Create(bound, threshold);

    private static PyCode Compiled(BoundCode bound) => Lowerer.Lower(bound, (uncompilable, makeNested) => Interpreter.Prepare(uncompilable, makeNested));

    private static PyCode Create(BoundCode bound, int threshold)
    {
        if (Lowerer.ExceedsCompilerLimits(bound)) return Interpreter.Prepare(bound, nested => Create(nested, threshold));
        if (bound.HasLoops) return Compiled(bound);
        return new PyCode(bound.Signature, bound.Names, bound.Source, bound.FirstLine, code => FirstCalls(bound, code, threshold))
        {
            Doc = bound.Doc,
            GlobalNames = [.. bound.Frame.GlobalNames],
        };
    }

    private static Delegate FirstCalls(BoundCode bound, PyCode code, int threshold)
    {
        // At a call, on the caller's thread: a deep body is built on the large stack (LargeStack).
        var interpreted = LargeStack.Run(() => Interpreter.Prepare(bound, nested => Create(nested, threshold)));
        interpreted.EnsureCompiled();
        var counter = new Counter(bound, code, threshold);
        return interpreted.Entry switch
        {
            Func<PyFunction, FrameCounter, object> f0 =>
                new Func<PyFunction, FrameCounter, object>((f, c) => { counter.Count(); return f0(f, c); }),
            Func<PyFunction, FrameCounter, object, object> f1 =>
                new Func<PyFunction, FrameCounter, object, object>((f, c, a) => { counter.Count(); return f1(f, c, a); }),
            Func<PyFunction, FrameCounter, object, object, object> f2 =>
                new Func<PyFunction, FrameCounter, object, object, object>((f, c, a, b) => { counter.Count(); return f2(f, c, a, b); }),
            Func<PyFunction, FrameCounter, object, object, object, object> f3 =>
                new Func<PyFunction, FrameCounter, object, object, object, object>((f, c, a, b, d) => { counter.Count(); return f3(f, c, a, b, d); }),
            Func<PyFunction, FrameCounter, object[], object> general =>
                new Func<PyFunction, FrameCounter, object[], object>((f, c, slots) => { counter.Count(); return general(f, c, slots); }),
            var other => throw new InvalidOperationException($"unexpected delegate type {other?.GetType()}"),
        };
    }

    private sealed class Counter(BoundCode bound, PyCode code, int threshold)
    {
        private int _calls;

        // Not interlocked: calls on other threads may be missed, which only delays the switch.
        public void Count()
        {
            if (++_calls != threshold) return;
            var compiled = Compiled(bound);
            compiled.EnsureCompiled();
            code.ReplaceEntry(compiled.Entry!);
        }
    }
}
