namespace DlrClosures.Runtime.Methods;

/// <summary>
/// A method of a built-in type: <paramref name="self"/> is the object, <paramref name="args"/> the
/// positional arguments followed by the keyword values named in <paramref name="kwNames"/> (null for none).
/// </summary>
internal delegate object MethodBody(object self, object[] args, string[]? kwNames);
