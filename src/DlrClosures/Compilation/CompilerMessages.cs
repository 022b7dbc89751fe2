namespace DlrClosures.Compilation;

/// <summary>
/// Messages of the compiler's own. CPython accepts everything these reject: each names a
/// construct that DlrClosures does not support yet, so the user is told so instead of seeing a
/// wrong result.
/// </summary>
internal static class CompilerMessages
{
    public const string ClassKeywordsNotSupported = "class keyword arguments (metaclass=...) are not supported by DlrClosures yet";

    public const string ClassCellNotSupported = "super() and __class__ are not supported by DlrClosures yet";

    public const string StarredAssignmentTarget = "starred assignment target must be in a list or tuple";

    public const string MultipleStarredTargets = "multiple starred expressions in assignment";
}
