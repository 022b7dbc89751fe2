namespace DlrClosures.Runtime;

/// <summary>Which of a dict's three views a <see cref="PyDictView"/> is.</summary>
public enum PyDictViewKind
{
    Keys,
    Values,
    Items,
}
