using System.Collections;
using DlrClosures.Binding;

namespace DlrClosures.Tests.Binding;

/// <summary>
/// Every node below a bound node, in property order, found by reflection over the records'
/// properties (a test helper: the back ends walk the tree through the visitor interfaces).
/// Nested code objects are not entered: a <see cref="BoundCode"/> is not a node.
/// </summary>
internal static class BoundTreeWalker
{
    public static IEnumerable<BoundNode> Nodes(BoundNode root)
    {
        var pending = new Stack<BoundNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            var children = new List<BoundNode>();
            foreach (var property in node.GetType().GetProperties())
            {
                if (property.GetIndexParameters().Length > 0) continue;
                switch (property.GetValue(node))
                {
                    case BoundNode child:
                        children.Add(child);
                        break;
                    case IEnumerable items when property.PropertyType != typeof(string):
                        children.AddRange(items.OfType<BoundNode>());
                        break;
                }
            }
            for (int i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
    }
}
