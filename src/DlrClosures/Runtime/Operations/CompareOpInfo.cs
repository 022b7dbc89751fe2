namespace DlrClosures.Runtime.Operations;

/// <summary>Symbols, special methods and reflections of the ordering comparisons (Objects/object.c _Py_SwappedOp).</summary>
internal static class CompareOpInfo
{
    public static string Symbol(CompareOp op) => op switch
    {
        CompareOp.Less => "<",
        CompareOp.LessEqual => "<=",
        CompareOp.Greater => ">",
        _ => ">=",
    };

    public static string Method(CompareOp op) => op switch
    {
        CompareOp.Less => "__lt__",
        CompareOp.LessEqual => "__le__",
        CompareOp.Greater => "__gt__",
        _ => "__ge__",
    };

    /// <summary>a &lt; b is tried as b &gt; a when a cannot answer.</summary>
    public static CompareOp Swap(CompareOp op) => op switch
    {
        CompareOp.Less => CompareOp.Greater,
        CompareOp.LessEqual => CompareOp.GreaterEqual,
        CompareOp.Greater => CompareOp.Less,
        _ => CompareOp.LessEqual,
    };
}
