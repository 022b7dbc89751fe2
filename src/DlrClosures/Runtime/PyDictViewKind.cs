namespace DlrClosures.Runtime;

/// <summary>Which of a dict's three views a <see cref="PyDictView"/> is.</summary>
internal enum PyDictViewKind
{
    Keys,
    Values,
    Items,
}
