using System.Reflection;

namespace DlrClosures.Tests.Hosting;

// A host object with every way back to reflection an attacker would try (ClrPermissionTests):
// members typed Type, MethodInfo and Type[], values of those types returned as object, through an
// out parameter, an indexer, an iterator, a list, a generic method and an event's argument, a
// delegate (Method, Target) and an exception (TargetSite). Each also has a harmless neighbour,
// so a test shows the object still works.

public sealed class Gadget
{
    public string Name { get; set; } = "gadget";

    public Type Kind => typeof(Gadget);

    public Type KindField = typeof(Gadget);

    public static Type StaticKind => typeof(Gadget);

    public static int StaticCount => 3;

    public MethodInfo Method => typeof(Gadget).GetMethod(nameof(Echo))!;

    public Type[] Kinds => [typeof(Gadget)];

    public object Boxed() => typeof(File);

    public object BoxedAssembly() => typeof(Gadget).Assembly;

    public object BoxedString() => "plain";

    public List<object> Items => [1, typeof(Gadget)];

    public IEnumerable<object> Things()
    {
        yield return 1;
        yield return typeof(Gadget);
    }

    public object this[int index] => index == 0 ? "zero" : typeof(Gadget);

    public T Echo<T>(T value) => value;

    public bool TryGetKind(out Type kind)
    {
        kind = typeof(Gadget);
        return true;
    }

    // Overloads where one yields a Type: only the other one is there without a grant.
    public object Lookup(string name) => "found " + name;

    public Type Lookup(int index) => typeof(Gadget);

    public Func<int, int> Doubler => x => 2 * x;

    public Func<object> Maker => () => typeof(File);

    public Func<Type> TypeMaker => () => typeof(File);

    public Tuple<object, int> Pair => Tuple.Create((object)typeof(Gadget), 1);

    public static class Nested
    {
        public static string Hello => "nested";
    }

    public Exception Failure()
    {
        try
        {
            throw new InvalidOperationException("broken");
        }
        catch (InvalidOperationException error)
        {
            return error;
        }
    }

    public void Throw() => throw new InvalidOperationException("thrown by the host");

    public event Action<object>? Fired;

    public void Fire() => Fired?.Invoke(typeof(Gadget));

    public override string ToString() => "Gadget()";
}
