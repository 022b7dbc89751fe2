using System.Dynamic;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>Binds unary <c>-</c>, <c>+</c> and <c>~</c>; (-int) is inlined with its overflow check.</summary>
internal sealed class PyUnaryOperationBinder : UnaryOperationBinder
{
    private static readonly PyUnaryOperationBinder s_negate = new(Linq.ExpressionType.Negate);
    private static readonly PyUnaryOperationBinder s_plus = new(Linq.ExpressionType.UnaryPlus);
    private static readonly PyUnaryOperationBinder s_invert = new(Linq.ExpressionType.OnesComplement);

    private PyUnaryOperationBinder(Linq.ExpressionType operation) : base(operation) { }

    public static PyUnaryOperationBinder Get(Linq.ExpressionType operation) => operation switch
    {
        Linq.ExpressionType.Negate => s_negate,
        Linq.ExpressionType.UnaryPlus => s_plus,
        Linq.ExpressionType.OnesComplement => s_invert,
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    public override DynamicMetaObject FallbackUnaryOperation(DynamicMetaObject target, DynamicMetaObject? errorSuggestion)
    {
        string name = Operation switch
        {
            Linq.ExpressionType.Negate => nameof(PyArithmetic.Negate),
            Linq.ExpressionType.UnaryPlus => nameof(PyArithmetic.Plus),
            _ => nameof(PyArithmetic.Invert),
        };
        var body = Linq.Expression.Call(typeof(PyArithmetic).GetMethod(name, [typeof(object)])!, BinderHelpers.AsObject(target));
        return new DynamicMetaObject(body, BinderHelpers.TypeRestriction(target));
    }
}
