using System.Dynamic;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Hosting;

/// <summary>
/// <see cref="ScriptScope"/> as C# <c>dynamic</c>: <c>scope.x</c> reads a variable (as
/// <see cref="ScriptScope.GetVariable(string)"/> does), <c>scope.x = v</c> sets one,
/// <c>scope.f(1, k: 2)</c> calls a variable with the arguments converted in, as IronPython's scopes do.
/// </summary>
internal sealed class ScriptScopeMetaObject(Linq.Expression expression, ScriptScope scope)
    : DynamicMetaObject(expression, BindingRestrictions.Empty, scope)
{
    private BindingRestrictions TypeRule => BindingRestrictions.GetTypeRestriction(Expression, typeof(ScriptScope));

    private Linq.Expression Scope => Linq.Expression.Convert(Expression, typeof(ScriptScope));

    public override DynamicMetaObject BindGetMember(GetMemberBinder binder) =>
        Rule(binder.ReturnType, nameof(ScriptScope.DynamicGet), Linq.Expression.Constant(binder.Name));

    public override DynamicMetaObject BindSetMember(SetMemberBinder binder, DynamicMetaObject value) =>
        Rule(binder.ReturnType, nameof(ScriptScope.DynamicSet), Linq.Expression.Constant(binder.Name), AsObject(value));

    public override DynamicMetaObject BindDeleteMember(DeleteMemberBinder binder) =>
        Rule(binder.ReturnType, nameof(ScriptScope.DynamicDelete), Linq.Expression.Constant(binder.Name));

    public override DynamicMetaObject BindInvokeMember(InvokeMemberBinder binder, DynamicMetaObject[] args) =>
        Rule(binder.ReturnType, nameof(ScriptScope.DynamicInvoke), Linq.Expression.Constant(binder.Name),
            Linq.Expression.NewArrayInit(typeof(object), args.Select(AsObject)),
            Linq.Expression.Constant(binder.CallInfo.ArgumentNames.ToArray()));

    public override IEnumerable<string> GetDynamicMemberNames() => ((ScriptScope)Value!).GetVariableNames();

    private DynamicMetaObject Rule(Type returnType, string method, params Linq.Expression[] arguments)
    {
        Linq.Expression call = Linq.Expression.Call(Scope, typeof(ScriptScope).GetMethod(method,
            System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!, arguments);
        if (returnType == typeof(void)) call = Linq.Expression.Block(typeof(void), call);
        else if (returnType != typeof(object)) call = Linq.Expression.Convert(call, returnType);
        return new DynamicMetaObject(call, TypeRule);
    }

    private static Linq.Expression AsObject(DynamicMetaObject value) =>
        value.Expression.Type == typeof(object) ? value.Expression : Linq.Expression.Convert(value.Expression, typeof(object));
}
