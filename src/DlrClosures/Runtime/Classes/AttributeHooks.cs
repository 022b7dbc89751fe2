namespace DlrClosures.Runtime.Classes;

/// <summary>The attribute hooks a user class overrides (see <see cref="PyType.Hooks"/>).</summary>
[Flags]
internal enum AttributeHooks
{
    None = 0,
    GetAttribute = 1,
    SetAttr = 2,
    DelAttr = 4,
    GetAttr = 8,
    DataDescriptors = 16,
}
