using System.Dynamic;

namespace DlrClosures.Runtime;

// Kept apart from the dict's table and operations: only what C# dynamic needs.
public sealed partial class PyDict : IDynamicMetaObjectProvider
{
    /// <summary>The meta-object that lets C# <c>dynamic</c> index, iterate and call methods of this dict.</summary>
    public DynamicMetaObject GetMetaObject(System.Linq.Expressions.Expression parameter) =>
        new Interop.PyMetaObject(parameter, this);
}
