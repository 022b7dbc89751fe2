using DlrClosures.Runtime;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Interpretation;

/// <summary>
/// A class statement's class object. CPython runs a class body as a function over a fresh
/// namespace dict and then calls the metaclass; the bound tree runs the body inline in the
/// enclosing frame over a namespace dict kept in a frame slot (its names are that dict's entries),
/// and <see cref="PyType.CreateClass"/> makes the class from it.
/// </summary>
internal sealed class ClassNode(string name, string qualifiedName, string? doc, ExecExpr[] bases, int namespaceSlot, ExecStmt body) : ExecExpr
{
    public override object Evaluate(Frame frame)
    {
        var baseTypes = PyNames.ClassBases(DisplayNodes.EvaluateAll(bases, frame));
        var ns = new PyDict
        {
            // CPython sets these before the body runs, so the body can read them.
            ["__module__"] = frame.Function.Globals.ModuleName,
            ["__qualname__"] = qualifiedName,
            ["__doc__"] = (object?)doc ?? PyNone.Instance,
        };
        frame.SetLocal(namespaceSlot, ns);
        body.Execute(frame);
        return PyType.CreateClass(name, qualifiedName, baseTypes, ns);
    }
}
