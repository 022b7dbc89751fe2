using DlrClosures.Runtime;
using DlrClosures.Runtime.Classes;

namespace DlrClosures.Interpretation;

/// <summary>
/// A class statement's class object. CPython runs a class body as a function over the namespace
/// its metaclass prepares and then calls the metaclass; the bound tree runs the body inline in the
/// enclosing frame over that namespace kept in a frame slot (its names are its entries), and
/// <see cref="ClassBuilder"/> works out the metaclass before and calls it after.
/// </summary>
internal sealed class ClassNode(string name, string qualifiedName, string? doc, ExecExpr[] bases,
    string[] keywordNames, ExecExpr[] keywordValues, int namespaceSlot, ExecStmt body, BoxRef? classCell) : ExecExpr
{
    public override object Evaluate(Frame frame)
    {
        var definition = ClassBuilder.Prepare(name, DisplayNodes.EvaluateAll(bases, frame), keywordNames,
            DisplayNodes.EvaluateAll(keywordValues, frame));
        var ns = definition.Namespace;
        // CPython sets these before the body runs, so the body can read them.
        ns["__module__"] = frame.Function.Globals.ModuleName;
        ns["__qualname__"] = qualifiedName;
        ns["__doc__"] = (object?)doc ?? PyNone.Instance;
        frame.SetLocal(namespaceSlot, ns);
        body.Execute(frame);
        return ClassBuilder.Finish(definition, classCell?.Get(frame));
    }
}
