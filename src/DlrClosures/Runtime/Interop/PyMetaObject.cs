using System.Dynamic;
using DlrClosures.Runtime.Binders;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// The meta-object of a script object (function, bound method, class, instance, list, tuple, dict),
/// what makes it usable through C# <c>dynamic</c> and any other DLR language. The runtime's own
/// binders get their usual rules (the meta-object hands the operation straight to their fallback);
/// any other binder gets a rule, restricted to the object's type, that runs the Python operation
/// (<see cref="PyDynamicOperations"/>): <c>f(2)</c> calls, <c>obj.x</c> reads an attribute,
/// <c>obj.m(1)</c> calls a method, <c>xs[0]</c> indexes, <c>foreach</c> iterates, <c>a + b</c> uses
/// Python's operators, and a conversion is <see cref="PyConversions.ToClr"/>.
/// </summary>
internal sealed class PyMetaObject(Linq.Expression expression, object value)
    : DynamicMetaObject(expression, BindingRestrictions.Empty, value)
{
    private BindingRestrictions TypeRule => BindingRestrictions.GetTypeRestriction(Expression, LimitType);

    private Linq.Expression Self => Linq.Expression.Convert(Expression, typeof(object));

    public override DynamicMetaObject BindGetMember(GetMemberBinder binder) =>
        binder is PyGetMemberBinder ? binder.FallbackGetMember(this)
            : Rule(binder.ReturnType, nameof(PyDynamicOperations.GetMember), Self, Linq.Expression.Constant(binder.Name));

    public override DynamicMetaObject BindSetMember(SetMemberBinder binder, DynamicMetaObject value) =>
        binder is PySetMemberBinder ? binder.FallbackSetMember(this, value)
            : Rule(binder.ReturnType, nameof(PyDynamicOperations.SetMember), Self, Linq.Expression.Constant(binder.Name), AsObject(value));

    public override DynamicMetaObject BindDeleteMember(DeleteMemberBinder binder) =>
        Rule(binder.ReturnType, nameof(PyDynamicOperations.DeleteMember), Self, Linq.Expression.Constant(binder.Name));

    public override DynamicMetaObject BindInvoke(InvokeBinder binder, DynamicMetaObject[] args) =>
        binder is PyInvokeBinder ? binder.FallbackInvoke(this, args)
            : Rule(binder.ReturnType, nameof(PyDynamicOperations.Invoke), Self, Array(args), Names(binder.CallInfo));

    public override DynamicMetaObject BindInvokeMember(InvokeMemberBinder binder, DynamicMetaObject[] args) =>
        Rule(binder.ReturnType, nameof(PyDynamicOperations.InvokeMember), Self, Linq.Expression.Constant(binder.Name), Array(args), Names(binder.CallInfo));

    public override DynamicMetaObject BindGetIndex(GetIndexBinder binder, DynamicMetaObject[] indexes) =>
        binder is PyGetIndexBinder ? binder.FallbackGetIndex(this, indexes)
            : Rule(binder.ReturnType, nameof(PyDynamicOperations.GetIndex), Self, Array(indexes));

    public override DynamicMetaObject BindSetIndex(SetIndexBinder binder, DynamicMetaObject[] indexes, DynamicMetaObject value) =>
        binder is PySetIndexBinder ? binder.FallbackSetIndex(this, indexes, value)
            : Rule(binder.ReturnType, nameof(PyDynamicOperations.SetIndex), Self, Array(indexes), AsObject(value));

    public override DynamicMetaObject BindConvert(ConvertBinder binder) =>
        binder is PyConvertBinder ? binder.FallbackConvert(this)
            : Rule(binder.ReturnType, nameof(PyDynamicOperations.Convert), Self, Linq.Expression.Constant(binder.Type, typeof(Type)));

    public override DynamicMetaObject BindBinaryOperation(BinaryOperationBinder binder, DynamicMetaObject arg) =>
        Rule(binder.ReturnType, nameof(PyDynamicOperations.Binary), Linq.Expression.Constant(binder.Operation), Self, AsObject(arg));

    public override DynamicMetaObject BindUnaryOperation(UnaryOperationBinder binder) =>
        binder is PyUnaryOperationBinder ? binder.FallbackUnaryOperation(this)
            : Rule(binder.ReturnType, nameof(PyDynamicOperations.Unary), Linq.Expression.Constant(binder.Operation), Self);

    public override IEnumerable<string> GetDynamicMemberNames() => PyDynamicOperations.MemberNames(Value!);

    private DynamicMetaObject Rule(Type returnType, string operation, params Linq.Expression[] arguments)
    {
        Linq.Expression call = Linq.Expression.Call(typeof(PyDynamicOperations).GetMethod(operation)!, arguments);
        if (returnType == typeof(void)) call = Linq.Expression.Block(typeof(void), call);
        else if (returnType != typeof(object)) call = Linq.Expression.Convert(call, returnType);
        return new DynamicMetaObject(call, TypeRule);
    }

    private static Linq.Expression AsObject(DynamicMetaObject value) =>
        value.Expression.Type == typeof(object) ? value.Expression : Linq.Expression.Convert(value.Expression, typeof(object));

    private static Linq.Expression Array(DynamicMetaObject[] values) =>
        Linq.Expression.NewArrayInit(typeof(object), values.Select(AsObject));

    private static Linq.Expression Names(CallInfo info) => Linq.Expression.Constant(info.ArgumentNames.ToArray());
}
