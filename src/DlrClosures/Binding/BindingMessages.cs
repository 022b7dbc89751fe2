using DlrClosures.Syntax;

namespace DlrClosures.Binding;

/// <summary>
/// The SyntaxErrors the <see cref="Binder"/> raises, defined once. The first group names constructs
/// CPython accepts and DlrClosures does not run yet, so the user is told so instead of seeing
/// "invalid syntax" or a wrong result; the second repeats CPython's own texts (Python/compile.c)
/// for targets the parser lets by.
/// </summary>
internal static class BindingMessages
{
    /// <summary>
    /// CPython's compiler past its recursion limit (Python/compile.c); the same words as the parser's
    /// (Parsing.SyntaxMessages), for a bound tree too deep for the thread's stack.
    /// </summary>
    public const string RecursionDuringCompilation = "maximum recursion depth exceeded during compilation";

    public const string ClassKeywordsNotSupported = "**kwargs in a class statement's keywords is not supported by DlrClosures yet";

    /// <summary>A statement or expression the parser reads and the engines do not run yet.</summary>
    public static string NotSupported(SyntaxNode node) => $"'{FeatureName(node)}' is not supported by DlrClosures yet";

    // compiler_visit_expr1 (Yield, YieldFrom, Await), compiler_async_for, compiler_async_with.
    public const string YieldOutsideFunction = "'yield' outside function";

    // Binder.Generators.cs: where a spilled yield would run when the expression part it is in does not.
    public const string YieldInConditionalPart =
        "'yield' in a part of an expression that may not run (after 'and'/'or', in a conditional expression or a comparison chain, in a while test or an except clause's type) is not supported yet";

    public const string AwaitOutsideFunction = "'await' outside function";

    public const string AwaitOutsideAsyncFunction = "'await' outside async function";

    public const string AsyncComprehensionOutsideAsyncFunction = "asynchronous comprehension outside of an asynchronous function";

    /// <summary><c>async for</c> or <c>async with</c> where the code is not an <c>async def</c>.</summary>
    public static string OutsideAsyncFunction(SyntaxNode node) => $"'{FeatureName(node)}' outside async function";

    // compiler_return, compiler_break, compiler_continue.
    public const string ReturnOutsideFunction = "'return' outside function";

    public const string BreakOutsideLoop = "'break' outside loop";

    public const string ContinueNotInLoop = "'continue' not properly in loop";

    public const string StarredAssignmentTarget = "starred assignment target must be in a list or tuple";

    public const string MultipleStarredTargets = "multiple starred expressions in assignment";

    // compiler_visit_expr1 (Starred outside a display or call).
    public const string StarredHere = "can't use starred expression here";

    public const string CannotDelete = "cannot delete expression";

    public const string CannotAssign = "cannot assign to expression";

    public const string IllegalAugmentedTarget = "'expression' is an illegal expression for augmented assignment";

    // The feature as a user names it: the construct as written, else the node's kind without the syntax tree's suffix.
    private static string FeatureName(SyntaxNode node)
    {
        switch (node)
        {
            case ImportStmt: return "import";
            case ImportFromStmt: return "from ... import";
            case YieldExpr: return "yield";
            case YieldFromExpr: return "yield from";
            case WithStmt w: return w.IsAsync ? "async with" : "with";
            case ForStmt { IsAsync: true }: return "async for";
            case FunctionDefStmt { IsAsync: true }: return "async def";
            case MatchStmt: return "match";
            case TryStmt { IsStar: true }: return "except*";
            case ConstantExpr { Value: System.Numerics.Complex }: return "complex";
            case GeneratorExpExpr: return "async generator expression";
            case ConstantExpr { Value: System.Collections.Immutable.ImmutableArray<byte> }: return "bytes";
        }
        var name = node.GetType().Name;
        foreach (var suffix in new[] { "Stmt", "Expr" })
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }
}
