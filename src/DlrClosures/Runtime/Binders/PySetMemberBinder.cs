using System.Dynamic;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>Binds <c>obj.name = value</c>; the site's result is the assigned value, as the DLR expects.</summary>
internal sealed class PySetMemberBinder : SetMemberBinder
{
    private static readonly BinderTable<string, PySetMemberBinder> s_binders = new(StringComparer.Ordinal);

    private PySetMemberBinder(string name) : base(name, ignoreCase: false) { }

    public static PySetMemberBinder Get(string name) => s_binders.Get(name, n => new PySetMemberBinder(n));

    public override DynamicMetaObject FallbackSetMember(DynamicMetaObject target, DynamicMetaObject value, DynamicMetaObject? errorSuggestion)
    {
        var valueObject = BinderHelpers.AsObject(value);
        if (errorSuggestion is not null && Interop.ClrObjects.IsForeignDynamic(target.Value)
            && Interop.ClrObjects.FindMember(target.LimitType, Name) is null)
            return errorSuggestion;
        var body = Linq.Expression.Block(
            Linq.Expression.Call(typeof(PyAttributes).GetMethod(nameof(PyAttributes.SetAttr))!,
                BinderHelpers.AsObject(target), Linq.Expression.Constant(Name), valueObject),
            valueObject);
        return new DynamicMetaObject(body, BinderHelpers.TypeRestriction(target));
    }
}
