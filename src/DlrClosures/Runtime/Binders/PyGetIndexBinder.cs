using System.Dynamic;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>Binds <c>container[index]</c> reads, per (container type, index type).</summary>
internal sealed class PyGetIndexBinder : GetIndexBinder
{
    public static readonly PyGetIndexBinder Instance = new();

    private PyGetIndexBinder() : base(new CallInfo(1)) { }

    public override DynamicMetaObject FallbackGetIndex(DynamicMetaObject target, DynamicMetaObject[] indexes, DynamicMetaObject? errorSuggestion)
    {
        var index = indexes[0];
        if (errorSuggestion is not null && Interop.ClrObjects.IsForeignDynamic(target.Value)) return BinderHelpers.FromForeign(errorSuggestion);
        if (target.LimitType == typeof(PyDict))
        {
            // d[k] for any key type: one rule, straight to the dict's lookup.
            return new DynamicMetaObject(
                Linq.Expression.Property(Linq.Expression.Convert(target.Expression, typeof(PyDict)), "Item", BinderHelpers.AsObject(index)),
                BinderHelpers.TypeRestriction(target));
        }
        var restrictions = BinderHelpers.TypeRestriction(target).Merge(BinderHelpers.TypeRestriction(index));
        Linq.Expression body = target.LimitType == typeof(PyList) && index.LimitType == typeof(long)
            ? Linq.Expression.Call(typeof(PyGetIndexBinder).GetMethod(nameof(ListItem))!,
                Linq.Expression.Convert(target.Expression, typeof(PyList)), Linq.Expression.Unbox(index.Expression, typeof(long)))
            : Linq.Expression.Call(typeof(PyIndexing).GetMethod(nameof(PyIndexing.GetItem))!,
                BinderHelpers.AsObject(target), BinderHelpers.AsObject(index));
        return new DynamicMetaObject(body, restrictions);
    }

    /// <summary>The list fast path: an in-range index reads the backing list directly.</summary>
    public static object ListItem(PyList list, long index)
    {
        var items = list.Items;
        long i = index < 0 ? index + items.Count : index;
        return (ulong)i < (ulong)items.Count ? items[(int)i] : PyIndexing.GetItem(list, PyInt.Box(index));
    }
}
