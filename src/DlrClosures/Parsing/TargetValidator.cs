using DlrClosures.Runtime;
using DlrClosures.Syntax;

namespace DlrClosures.Parsing;

/// <summary>
/// Checks that an expression can be assigned to, deleted or augmented, with CPython 3.11's messages:
/// <c>_PyPegen_get_expr_name</c> names the offending node, <c>invalid_assignment</c> gives
/// "cannot assign to X", and <c>invalid_named_expression</c> adds "here. Maybe you meant '=='
/// instead of '='?" when the target is a <c>bitwise_or</c> expression written where a name was expected.
/// </summary>
internal static class TargetValidator
{
    /// <summary>A target of <c>for</c>, a comprehension, or nested inside brackets.</summary>
    public static Expr CheckStore(Expr target)
    {
        switch (target)
        {
            case NameExpr or AttributeExpr or SubscriptExpr:
                return target;
            case StarredExpr starred:
                CheckStore(starred.Value);
                return target;
            case TupleExpr tuple:
                foreach (var element in tuple.Elts) CheckStore(element);
                return target;
            case ListExpr list:
                foreach (var element in list.Elts) CheckStore(element);
                return target;
            default:
                throw ParseContext.Current.Error(SyntaxMessages.CannotAssign(KindName(target)), target.Span);
        }
    }

    /// <summary>A target of <c>=</c>: the top level and the items of an unparenthesised tuple get the "here" hint.</summary>
    public static Expr CheckAssignment(Expr target)
    {
        if (target is TupleExpr tuple && !IsParenthesized(tuple))
        {
            foreach (var element in tuple.Elts) CheckAssignmentItem(element);
            return target;
        }
        CheckAssignmentItem(target);
        return target;
    }

    public static Expr CheckDelete(Expr target)
    {
        switch (target)
        {
            case NameExpr or AttributeExpr or SubscriptExpr:
                return target;
            case TupleExpr tuple:
                foreach (var element in tuple.Elts) CheckDelete(element);
                return target;
            case ListExpr list:
                foreach (var element in list.Elts) CheckDelete(element);
                return target;
            default:
                throw ParseContext.Current.Error(SyntaxMessages.CannotDelete(KindName(target)), target.Span);
        }
    }

    public static Expr CheckAugmented(Expr target) =>
        target is NameExpr or AttributeExpr or SubscriptExpr
            ? target
            : throw ParseContext.Current.Error(SyntaxMessages.IllegalAugAssignTarget(KindName(target)), target.Span);

    private static void CheckAssignmentItem(Expr target)
    {
        bool hint = target is not (NameExpr or AttributeExpr or SubscriptExpr or StarredExpr or TupleExpr or ListExpr
            or GeneratorExpExpr or LambdaExpr or IfExpExpr or CompareExpr or BoolOpExpr or UnaryOpExpr { Op: UnaryOperator.Not }
            or ConstantExpr { Value: bool or PyNone });
        if (hint) throw ParseContext.Current.Error(SyntaxMessages.CannotAssignHere(KindName(target)), target.Span);
        CheckStore(target);
    }

    private static bool IsParenthesized(TupleExpr tuple)
    {
        string text = ParseContext.Current.Logical.Source.Text;
        return tuple.Span.Start < text.Length && text[tuple.Span.Start] == '(';
    }

    /// <summary>CPython's <c>_PyPegen_get_expr_name</c>.</summary>
    public static string KindName(Expr e) => e switch
    {
        AttributeExpr => "attribute",
        SubscriptExpr => "subscript",
        StarredExpr => "starred",
        NameExpr => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        LambdaExpr => "lambda",
        CallExpr => "function call",
        BoolOpExpr or BinOpExpr or UnaryOpExpr => "expression",
        GeneratorExpExpr => "generator expression",
        ListCompExpr => "list comprehension",
        SetCompExpr => "set comprehension",
        DictCompExpr => "dict comprehension",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStrExpr or FormattedValueExpr => "f-string expression",
        ConstantExpr { Value: true } => "True",
        ConstantExpr { Value: false } => "False",
        ConstantExpr { Value: PyNone } => "None",
        ConstantExpr => "literal",
        CompareExpr => "comparison",
        IfExpExpr => "conditional expression",
        NamedExpr => "named expression",
        YieldExpr or YieldFromExpr => "yield expression",
        AwaitExpr => "await expression",
        _ => "expression",
    };
}
