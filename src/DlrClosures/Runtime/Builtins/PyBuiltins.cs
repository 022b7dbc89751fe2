namespace DlrClosures.Runtime.Builtins;

/// <summary>The <c>builtins</c> module: the names every module sees when it has not bound them itself.</summary>
public static class PyBuiltins
{
    public static bool TryGetValue(string name, out object value) => throw new NotImplementedException();
}
