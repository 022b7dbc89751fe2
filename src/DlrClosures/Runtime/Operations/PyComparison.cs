namespace DlrClosures.Runtime.Operations;

/// <summary>Rich comparisons, equality, identity-free containment and truth, with CPython's rules and error messages.</summary>
public static class PyComparison
{
    public static object Equal(object a, object b) => throw new NotImplementedException();
    public static object NotEqual(object a, object b) => throw new NotImplementedException();
    public static object Less(object a, object b) => throw new NotImplementedException();
    public static object LessEqual(object a, object b) => throw new NotImplementedException();
    public static object Greater(object a, object b) => throw new NotImplementedException();
    public static object GreaterEqual(object a, object b) => throw new NotImplementedException();
    public static bool EqualBool(object a, object b) => throw new NotImplementedException();
    public static bool LessBool(object a, object b) => throw new NotImplementedException();
    public static bool Contains(object container, object item) => throw new NotImplementedException();
    public static bool IsTrue(object value) => throw new NotImplementedException();
}
