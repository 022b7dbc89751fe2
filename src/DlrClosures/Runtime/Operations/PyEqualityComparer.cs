namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Python key semantics for .NET collections: identity or <c>==</c> for equality, <see cref="PyHashing.Hash"/>
/// for hashing, so that 1, 1.0 and True are one key and unhashable values raise TypeError.
/// </summary>
internal sealed class PyEqualityComparer : IEqualityComparer<object>
{
    public static readonly PyEqualityComparer Instance = new();

    private PyEqualityComparer() { }

    public new bool Equals(object? x, object? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && PyComparison.EqualBool(x, y));

    public int GetHashCode(object obj)
    {
        long h = PyHashing.Hash(obj);
        return (int)(h ^ (h >> 32));
    }
}
