namespace DlrClosures.Runtime.Operations;

/// <summary>Calling any callable value, with CPython's 'object is not callable' error for the rest.</summary>
public static class PyCalls
{
    public static object Call(object callable, object[] args) => throw new NotImplementedException();
    public static object Call(object callable, object[] args, string[] kwNames) => throw new NotImplementedException();
    public static object CallStar(object callable, object[] positional, object? starArgs, object? starStarKwargs, string[] kwNames) => throw new NotImplementedException();
}
