namespace DlrClosures.Runtime.Operations;

/// <summary>Attribute access: objects that implement <see cref="IPyAttributes"/> answer for themselves; built-in values (str, list, dict, set, tuple, int, float) expose their methods as bound builtins.</summary>
public static class PyAttributes
{
    public static object GetAttr(object target, string name) => throw new NotImplementedException();
    public static void SetAttr(object target, string name, object value) => throw new NotImplementedException();
    public static void DelAttr(object target, string name) => throw new NotImplementedException();
    public static bool HasAttr(object target, string name) => throw new NotImplementedException();
}
