namespace DlrClosures.Scoping;

/// <summary>Private name mangling: inside class <c>C</c>, <c>__x</c> means <c>_C__x</c> (CPython <c>_Py_Mangle</c> in Python/compile.c).</summary>
internal static class NameMangler
{
    /// <summary>The name as CPython stores it when the innermost enclosing class is <paramref name="className"/> (null outside classes).</summary>
    public static string Mangle(string? className, string name)
    {
        if (className is null || name.Length < 2 || name[0] != '_' || name[1] != '_') return name;
        // __dunder__ names and dotted names are never mangled.
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        string stripped = className.TrimStart('_');
        // A class named only with underscores does not mangle.
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }
}
