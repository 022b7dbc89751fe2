using System.Dynamic;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>Binds <c>container[index] = value</c>; the site's result is the assigned value.</summary>
internal sealed class PySetIndexBinder : SetIndexBinder
{
    public static readonly PySetIndexBinder Instance = new();

    private PySetIndexBinder() : base(new CallInfo(1)) { }

    public override DynamicMetaObject FallbackSetIndex(DynamicMetaObject target, DynamicMetaObject[] indexes, DynamicMetaObject value, DynamicMetaObject? errorSuggestion)
    {
        var valueObject = BinderHelpers.AsObject(value);
        if (errorSuggestion is not null && Interop.ClrObjects.IsForeignDynamic(target.Value)) return errorSuggestion;
        if (target.LimitType == typeof(PyDict))
        {
            var item = Linq.Expression.Property(Linq.Expression.Convert(target.Expression, typeof(PyDict)), "Item", BinderHelpers.AsObject(indexes[0]));
            return new DynamicMetaObject(Linq.Expression.Assign(item, valueObject), BinderHelpers.TypeRestriction(target));
        }
        var body = Linq.Expression.Block(
            Linq.Expression.Call(typeof(PyIndexing).GetMethod(nameof(PyIndexing.SetItem))!,
                BinderHelpers.AsObject(target), BinderHelpers.AsObject(indexes[0]), valueObject),
            valueObject);
        return new DynamicMetaObject(body, BinderHelpers.TypeRestriction(target));
    }
}
