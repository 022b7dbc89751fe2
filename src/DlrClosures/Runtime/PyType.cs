namespace DlrClosures.Runtime;

/// <summary>A Python class: a built-in type (int, str, list, ...) or one defined by a class statement.</summary>
public class PyType : PyCallable
{
    public PyType(string name) => Name = name;

    public string Name { get; }

    public override object Call(object[] args) => throw new NotImplementedException();
    public override object Call(object[] args, string[] kwNames) => throw new NotImplementedException();
}
