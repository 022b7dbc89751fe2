using System.Text;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Binding;

/// <summary>
/// The text of an annotation under <c>from __future__ import annotations</c> (PEP 563): CPython
/// stores <c>ast.unparse</c>'s spelling (Python/ast_unparse.c), not the source as written, so
/// <c>x: Dict[str,int]</c> gives <c>'Dict[str, int]'</c>. Names, attributes, subscripts, constants,
/// tuples, lists, calls, unary and binary operators are spelled as ast_unparse does, with its
/// precedence rules for parentheses; any other expression keeps its source text.
/// </summary>
internal static class AnnotationText
{
    // ast_unparse.c's precedence levels, lowest first (the ones these expressions use).
    private const int Tuple = 0, Test = 1, BitOr = 6, BitXor = 7, BitAnd = 8, Shift = 9, Arith = 10, Term = 11, Factor = 12, Power = 13, Atom = 15;

    public static string Of(Expr annotation, SourceText source)
    {
        var text = new StringBuilder();
        Append(text, annotation, Test, source);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Expr expression, int level, SourceText source)
    {
        switch (expression)
        {
            case NameExpr name:
                text.Append(name.Id);
                return;
            case ConstantExpr constant:
                var value = ConstantFolding.ToRuntime(constant.Value);
                text.Append(value is PyEllipsis ? "..." : PyRepr.Repr(value));
                return;
            case AttributeExpr attribute:
                Append(text, attribute.Value, Atom, source);
                text.Append('.').Append(attribute.Attr);
                return;
            case SubscriptExpr subscript:
                Append(text, subscript.Value, Atom, source);
                text.Append('[');
                if (subscript.Slice is TupleExpr { Elts.Length: > 0 } index) Items(text, index.Elts, source, trailingComma: index.Elts.Length == 1);
                else Append(text, subscript.Slice, Tuple, source);
                text.Append(']');
                return;
            case TupleExpr tuple:
                bool parens = level > Tuple || tuple.Elts.Length == 0;
                if (parens) text.Append('(');
                Items(text, tuple.Elts, source, trailingComma: tuple.Elts.Length == 1);
                if (parens) text.Append(')');
                return;
            case ListExpr list:
                text.Append('[');
                Items(text, list.Elts, source, trailingComma: false);
                text.Append(']');
                return;
            case CallExpr call when call.Args.All(a => a is not StarredExpr) && call.Keywords.All(k => k.Arg is not null):
                Append(text, call.Func, Atom, source);
                text.Append('(');
                Items(text, call.Args, source, trailingComma: false);
                for (int i = 0; i < call.Keywords.Length; i++)
                {
                    if (i > 0 || call.Args.Length > 0) text.Append(", ");
                    text.Append(call.Keywords[i].Arg).Append('=');
                    Append(text, call.Keywords[i].Value, Test, source);
                }
                text.Append(')');
                return;
            case BinOpExpr binary:
            {
                var (op, own) = Operator(binary.Op);
                // Left-associative, except ** (right-associative).
                bool rightAssociative = binary.Op == BinaryOperator.Pow;
                if (level > own) text.Append('(');
                Append(text, binary.Left, rightAssociative ? own + 1 : own, source);
                text.Append(op);
                Append(text, binary.Right, rightAssociative ? own : own + 1, source);
                if (level > own) text.Append(')');
                return;
            }
            case UnaryOpExpr unary:
            {
                var (op, own) = unary.Op switch
                {
                    UnaryOperator.Not => ("not ", 4),
                    UnaryOperator.Invert => ("~", Factor),
                    UnaryOperator.UAdd => ("+", Factor),
                    _ => ("-", Factor),
                };
                if (level > own) text.Append('(');
                text.Append(op);
                Append(text, unary.Operand, own, source);
                if (level > own) text.Append(')');
                return;
            }
            default:
                text.Append(source.Text, expression.Span.Start, expression.Span.End - expression.Span.Start);
                return;
        }
    }

    private static void Items(StringBuilder text, IReadOnlyList<Expr> items, SourceText source, bool trailingComma)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) text.Append(", ");
            Append(text, items[i], Test, source);
        }
        if (trailingComma) text.Append(',');
    }

    private static (string Text, int Level) Operator(BinaryOperator op) => op switch
    {
        BinaryOperator.BitOr => (" | ", BitOr),
        BinaryOperator.BitXor => (" ^ ", BitXor),
        BinaryOperator.BitAnd => (" & ", BitAnd),
        BinaryOperator.LShift => (" << ", Shift),
        BinaryOperator.RShift => (" >> ", Shift),
        BinaryOperator.Add => (" + ", Arith),
        BinaryOperator.Sub => (" - ", Arith),
        BinaryOperator.Mult => (" * ", Term),
        BinaryOperator.MatMult => (" @ ", Term),
        BinaryOperator.Div => (" / ", Term),
        BinaryOperator.Mod => (" % ", Term),
        BinaryOperator.FloorDiv => (" // ", Term),
        _ => (" ** ", Power),
    };
}
