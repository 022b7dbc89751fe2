using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Interpretation;

/// <summary>
/// Simple statements and blocks. A block records the line of each statement in the frame before
/// running it, as the compiled code assigns its <c>line</c> local, so tracebacks agree.
/// </summary>
internal static class StatementNodes
{
    public sealed class Block(ExecStmt[] statements, int[] lines) : ExecStmt
    {
        public static readonly Block Empty = new([], []);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            for (int i = 0; i < statements.Length; i++)
            {
                frame.Line = lines[i];
                var completion = statements[i].Execute(frame);
                if (completion != Completion.Normal) return completion;
            }
            return Completion.Normal;
        }
    }

    public sealed class Expression(ExecExpr value) : ExecStmt
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            value.Evaluate(frame);
            return Completion.Normal;
        }
    }

    /// <summary>An expression statement of interactive input: its repr is printed (<c>sys.displayhook</c>).</summary>
    public sealed class Display(ExecExpr value) : ExecStmt
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            PyNames.DisplayHook(value.Evaluate(frame));
            return Completion.Normal;
        }
    }

    /// <summary>pass, and the global and nonlocal declarations, which did their work at analysis.</summary>
    public sealed class Pass : ExecStmt
    {
        public static readonly Pass Instance = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame) => Completion.Normal;
    }

    public sealed class If(ExecExpr test, ExecStmt body, ExecStmt orElse) : ExecStmt
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame) =>
            test.EvaluateBool(frame) ? body.Execute(frame) : orElse.Execute(frame);
    }

    public sealed class Return(ExecExpr value) : ExecStmt
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            frame.ReturnValue = value.Evaluate(frame);
            return Completion.Return;
        }
    }

    public sealed class Break : ExecStmt
    {
        public static readonly Break Instance = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame) => Completion.Break;
    }

    public sealed class Continue : ExecStmt
    {
        public static readonly Continue Instance = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame) => Completion.Continue;
    }

    public sealed class Delete(ExecTarget[] targets) : ExecStmt
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            foreach (var target in targets) target.Delete(frame);
            return Completion.Normal;
        }
    }

    public sealed class Assert(ExecExpr test, ExecExpr? message) : ExecStmt
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override Completion Execute(Frame frame)
        {
            if (!test.EvaluateBool(frame)) throw PyNames.AssertionFailed(message?.Evaluate(frame));
            return Completion.Normal;
        }
    }
}
