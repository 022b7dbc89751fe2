using System.Dynamic;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>Restriction and conversion helpers shared by the binders.</summary>
internal static class BinderHelpers
{
    /// <summary>Restricts a rule to the exact run-time type of <paramref name="value"/>.</summary>
    public static BindingRestrictions TypeRestriction(DynamicMetaObject value) =>
        value.Value is null
            ? BindingRestrictions.GetInstanceRestriction(value.Expression, null)
            : BindingRestrictions.GetTypeRestriction(value.Expression, value.LimitType);

    /// <summary>
    /// The rule a DynamicObject offers as its error suggestion (its TryGetMember, TryInvoke, ...)
    /// hands back .NET values; they become Python values as any .NET member's do.
    /// </summary>
    public static DynamicMetaObject FromForeign(DynamicMetaObject rule) =>
        new(Linq.Expression.Call(typeof(PyConversions).GetMethod(nameof(PyConversions.FromClr))!,
                rule.Expression.Type == typeof(object) ? rule.Expression : Linq.Expression.Convert(rule.Expression, typeof(object))),
            rule.Restrictions);

    /// <summary>The operand as an <c>object</c>-typed expression.</summary>
    public static Linq.Expression AsObject(DynamicMetaObject value) =>
        value.Expression.Type == typeof(object) ? value.Expression : Linq.Expression.Convert(value.Expression, typeof(object));

    /// <summary>The operand as its restricted type, for calling a member of that type.</summary>
    public static Linq.Expression AsLimitType(DynamicMetaObject value) =>
        value.Expression.Type == value.LimitType ? value.Expression : Linq.Expression.Convert(value.Expression, value.LimitType);

    /// <summary>Adapts a rule body to the call site's result type: bool results box through the shared boxes, and conditions take Python truth.</summary>
    public static Linq.Expression ConvertResult(Linq.Expression body, Type returnType)
    {
        if (body.Type == returnType) return body;
        if (returnType == typeof(object))
            return body.Type == typeof(bool) ? PyBinaryOperationBinder.BoxBool(body) : Linq.Expression.Convert(body, typeof(object));
        if (returnType == typeof(bool))
            return Linq.Expression.Call(typeof(PyComparison).GetMethod(nameof(PyComparison.IsTrue))!, body.Type == typeof(object) ? body : Linq.Expression.Convert(body, typeof(object)));
        return Linq.Expression.Convert(body, returnType);
    }
}
