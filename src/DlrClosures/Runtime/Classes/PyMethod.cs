using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>A function bound to an instance (<c>obj.method</c>): calling it passes the instance as the first argument.</summary>
internal sealed class PyMethod : PyCallable, IPyAttributes
{
    public PyMethod(object self, object function)
    {
        Self = self;
        Function = function;
    }

    /// <summary><c>__self__</c>.</summary>
    public object Self { get; }

    /// <summary><c>__func__</c>.</summary>
    public object Function { get; }

    public override object Call(object[] args) => PyCalls.Call(Function, Prepend(args));

    public override object Call(object[] args, string[] kwNames) => PyCalls.Call(Function, Prepend(args), kwNames);

    // A Python function takes the instance as one more positional argument through its fast
    // paths (Call1..Call3), with no argument array.
    public override object Call0() => Function is PyCallable f ? f.Call1(Self) : PyCalls.Call(Function, [Self]);

    public override object Call1(object a0) => Function is PyCallable f ? f.Call2(Self, a0) : PyCalls.Call(Function, [Self, a0]);

    public override object Call2(object a0, object a1) =>
        Function is PyCallable f ? f.Call3(Self, a0, a1) : PyCalls.Call(Function, [Self, a0, a1]);

    public bool TryGetAttribute(string name, out object value)
    {
        switch (name)
        {
            case "__self__": value = Self; return true;
            case "__func__": value = Function; return true;
        }
        return PyAttributes.TryGetAttr(Function, name, out value);
    }

    public bool TrySetAttribute(string name, object value) => false;

    private object[] Prepend(object[] args)
    {
        var all = new object[args.Length + 1];
        all[0] = Self;
        args.CopyTo(all, 1);
        return all;
    }
}
