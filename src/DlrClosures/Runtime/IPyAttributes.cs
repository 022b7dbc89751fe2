namespace DlrClosures.Runtime;

/// <summary>
/// A runtime object that answers attribute access itself (functions, cells, classes, instances).
/// Built-in value types (int, str, list, ...) are served by <see cref="Operations.PyAttributes"/> instead.
/// </summary>
internal interface IPyAttributes
{
    /// <summary>Looks up <paramref name="name"/>; false when the object has no such attribute.</summary>
    bool TryGetAttribute(string name, out object value);

    /// <summary>Sets <paramref name="name"/>; false when the attribute cannot be set.</summary>
    bool TrySetAttribute(string name, object value);
}
