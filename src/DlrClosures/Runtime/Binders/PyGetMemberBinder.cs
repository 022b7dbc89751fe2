using System.Dynamic;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Methods;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>Binds <c>obj.name</c> reads; the rule is per receiver type and defers to <see cref="PyAttributes.GetAttr"/>.</summary>
internal sealed class PyGetMemberBinder : GetMemberBinder
{
    private static readonly BinderTable<string, PyGetMemberBinder> s_binders = new(StringComparer.Ordinal);

    private static readonly System.Reflection.ConstructorInfo s_boundMethod = typeof(PyBuiltinFunction).GetConstructor(
        System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, [typeof(string), typeof(MethodBody), typeof(object)])!;

    private PyGetMemberBinder(string name) : base(name, ignoreCase: false) { }

    public static PyGetMemberBinder Get(string name) => s_binders.Get(name, n => new PyGetMemberBinder(n));

    public override DynamicMetaObject FallbackGetMember(DynamicMetaObject target, DynamicMetaObject? errorSuggestion)
    {
        // A .NET object's member is resolved once for its type; the rule reads that member. A guarded
        // member (reflection, ...) is not bound here: this binder and its rule cache serve every
        // runtime, each with its own grants, so such a read goes through GetAttr and the gate each time.
        if (target.Value is { } host && Interop.ClrObjects.IsClr(host)
            && Interop.ClrObjects.FindMember(target.LimitType, Name) is { IsGuarded: false } member)
            return new DynamicMetaObject(
                Linq.Expression.Call(Linq.Expression.Constant(member), nameof(Interop.ClrMember.Get), null, BinderHelpers.AsObject(target)),
                BinderHelpers.TypeRestriction(target));
        // A DynamicObject asks its language's binder first and offers its own TryGetMember as the
        // suggestion, to be taken when the binder finds no member (the DLR's fallback protocol).
        if (errorSuggestion is not null && Interop.ClrObjects.IsForeignDynamic(target.Value)) return BinderHelpers.FromForeign(errorSuggestion);
        // A method of a built-in type (d.get, s.split): which one depends on the type alone, so the
        // rule binds it directly instead of searching the attributes and method table at every read.
        if (target.Value is { } value && value is not IPyAttributes && !PyAttributes.TryGetDataAttribute(value, Name, out _)
            && BuiltinMethods.TryGetBody(value, Name, out var method))
        {
            var bound = Linq.Expression.New(s_boundMethod, Linq.Expression.Constant(Name), Linq.Expression.Constant(method),
                BinderHelpers.AsObject(target));
            return new DynamicMetaObject(bound, BinderHelpers.TypeRestriction(target));
        }
        var body = Linq.Expression.Call(typeof(PyAttributes).GetMethod(nameof(PyAttributes.GetAttr))!,
            BinderHelpers.AsObject(target), Linq.Expression.Constant(Name));
        return new DynamicMetaObject(body, BinderHelpers.TypeRestriction(target));
    }
}
