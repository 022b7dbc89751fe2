namespace DlrClosures.Runtime.Operations;

/// <summary>The four ordering comparisons (== and != never raise and are handled apart).</summary>
internal enum CompareOp
{
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
}
