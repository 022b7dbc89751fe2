using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// Simple statements and blocks. A block records the line of each statement in the frame before
/// running it (the line the bound block gives; 0, for a statement the binder made, records
/// nothing), as the compiled code assigns its <c>line</c> local, so tracebacks agree.
/// </summary>
internal static class StatementNodes
{
    public sealed class Block(ExecStmt[] statements, int[] lines, Binding.BoundBlock bound) : ExecStmt
    {
        public static readonly Block Empty = new([], [], Binding.BoundBlock.Empty);

        public override Completion Execute(Frame frame)
        {
            for (int i = 0; i < statements.Length; i++)
            {
                if (lines[i] != 0) frame.Line = lines[i];
                var completion = statements[i].Execute(frame);
                if (completion != Completion.Normal)
                    return completion == Completion.Resume ? frame.AddResumeStep(bound, i) : completion;
            }
            return Completion.Normal;
        }
    }

    public sealed class Expression(ExecExpr value) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            value.Evaluate(frame);
            return Completion.Normal;
        }
    }

    /// <summary>An expression statement of interactive input: its repr is printed (<c>sys.displayhook</c>).</summary>
    public sealed class Display(ExecExpr value) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            PyNames.DisplayHook(value.Evaluate(frame));
            return Completion.Normal;
        }
    }

    public sealed class If(ExecExpr test, ExecStmt body, ExecStmt orElse, Binding.BoundIf bound) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            if (test.EvaluateBool(frame))
            {
                var completion = body.Execute(frame);
                return completion == Completion.Resume ? frame.AddResumeStep(bound, 0) : completion;
            }
            else
            {
                var completion = orElse.Execute(frame);
                return completion == Completion.Resume ? frame.AddResumeStep(bound, 1) : completion;
            }
        }
    }

    public sealed class Return(ExecExpr value) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            frame.ReturnValue = value.Evaluate(frame);
            return Completion.Return;
        }
    }

    public sealed class Break : ExecStmt
    {
        public static readonly Break Instance = new();

        public override Completion Execute(Frame frame) => Completion.Break;
    }

    public sealed class Continue : ExecStmt
    {
        public static readonly Continue Instance = new();

        public override Completion Execute(Frame frame) => Completion.Continue;
    }

    /// <summary><c>del name</c>.</summary>
    public sealed class DeleteName(NameTargets.NameTarget name) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            name.Delete(frame);
            return Completion.Normal;
        }
    }

    /// <summary><c>del container[index]</c>.</summary>
    public sealed class DeleteItem(ExecExpr container, ExecExpr index) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            var c = container.Evaluate(frame);
            var i = index.Evaluate(frame);
            PyIndexing.DelItem(c, i);
            return Completion.Normal;
        }
    }

    /// <summary><c>del obj.name</c>.</summary>
    public sealed class DeleteAttribute(ExecExpr target, string name) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            PyAttributes.DelAttr(target.Evaluate(frame), name);
            return Completion.Normal;
        }
    }

    public sealed class Assert(ExecExpr test, ExecExpr? message) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            if (!test.EvaluateBool(frame)) throw PyNames.AssertionFailed(message?.Evaluate(frame));
            return Completion.Normal;
        }
    }

    /// <summary>
    /// Entry into an inlined comprehension, each time it is evaluated: fresh cells (so closures made
    /// by one evaluation share nothing with the next; <c>[lambda: i for i in ...]</c> shares one
    /// cell for i within it) and its locals unbound.
    /// </summary>
    public sealed class EnterScope(CellInit[] cells, int[] unboundLocals) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            frame.CreateCells(cells);
            foreach (int local in unboundLocals) frame.SetLocal(local, PyUnbound.Instance);
            return Completion.Normal;
        }
    }

    /// <summary>A list comprehension's element appended to the list in its slot.</summary>
    public sealed class CollectList(int collection, ExecExpr element) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            var item = element.Evaluate(frame);
            ((PyList)frame.Locals[collection]).Append(item);
            return Completion.Normal;
        }
    }

    /// <summary>A set comprehension's element added to the set in its slot.</summary>
    public sealed class CollectSet(int collection, ExecExpr element) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            var item = element.Evaluate(frame);
            ((PySet)frame.Locals[collection]).Add(item);
            return Completion.Normal;
        }
    }

    /// <summary>A dict comprehension's item stored in the dict in its slot: the key first, then the value (the 3.8+ order).</summary>
    public sealed class CollectDict(int collection, ExecExpr key, ExecExpr value) : ExecStmt
    {
        public override Completion Execute(Frame frame)
        {
            var k = key.Evaluate(frame);
            var v = value.Evaluate(frame);
            ((PyDict)frame.Locals[collection])[k] = v;
            return Completion.Normal;
        }
    }
}
