namespace DlrClosures.Runtime;

/// <summary>Python's bool: a boxed <see cref="bool"/>, with the two boxes shared so that no operation allocates one.</summary>
internal static class PyBool
{
    public static readonly object True = true;
    public static readonly object False = false;

    /// <summary>The shared box for <paramref name="value"/>.</summary>
    public static object Box(bool value) => value ? True : False;
}
