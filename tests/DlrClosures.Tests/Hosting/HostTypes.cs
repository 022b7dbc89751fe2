using System.Dynamic;

namespace DlrClosures.Tests.Hosting;

// .NET types a host hands to scripts in ClrInteropTests: one of each member kind.

public enum Color { Red, Green, Blue }

[Flags]
public enum Access { None = 0, Read = 1, Write = 2, Execute = 4 }

public sealed class Poco
{
    public Poco() { }

    public Poco(string name) => Name = name;

    public string Name { get; set; } = "";

    public int Count;

    public readonly int Fixed = 7;

    public int ReadOnlyValue => 42;

    public static int Instances { get; set; }

    public const string Kind = "poco";

    public string Describe(int n) => $"int {n}";

    public string Describe(double d) => $"double {d.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public string Describe(string s) => $"string {s}";

    public long Wide(long n) => n * 2;

    public int Sum(params int[] values) => values.Sum();

    public string Greet(string name, string greeting = "Hello", int times = 1) =>
        string.Join(" ", Enumerable.Repeat($"{greeting}, {name}!", times));

    public bool TryHalve(int n, out int half)
    {
        half = n / 2;
        return n % 2 == 0;
    }

    public void Swap(ref int a, ref int b) => (a, b) = (b, a);

    public decimal Price(decimal amount, decimal rate) => amount * rate;

    public int? Maybe(bool give) => give ? 5 : null;

    public string Opt(int? x) => x?.ToString() ?? "null";

    public string Repeat(char c, int n) => new(c, n);

    public char Initial => Name.Length > 0 ? Name[0] : '?';

    public void Fail(string kind) => throw (kind switch
    {
        "argument" => new ArgumentException("bad argument"),
        "key" => new KeyNotFoundException("no such key"),
        "operation" => new InvalidOperationException("not now"),
        "index" => new IndexOutOfRangeException("too far"),
        "range" => new ArgumentOutOfRangeException("n", "out of range"),
        "notimpl" => new NotImplementedException("later"),
        _ => (Exception)new TimeZoneNotFoundException("other"),
    });

    public event EventHandler<string>? Changed;

    public void Raise(string what) => Changed?.Invoke(this, what);

    public int HandlerCount => Changed?.GetInvocationList().Length ?? 0;

    public override string ToString() => $"Poco({Name})";
}

public static class Tools
{
    public static List<T> Repeat<T>(T item, int times) => Enumerable.Repeat(item, times).ToList();

    public static T First<T>(IEnumerable<T> items) => items.First();

    public static string Describe<T>(T value) where T : struct => $"struct {typeof(T).Name}";

    public static string Describe(object value) => "object";
}

public sealed class Plain
{
    public int Value { get; set; }
}

public sealed class Grid
{
    private readonly Dictionary<(int, int), string> _cells = new();

    public string this[int x, int y]
    {
        get => _cells.TryGetValue((x, y), out var v) ? v : ".";
        set => _cells[(x, y)] = value;
    }

    public string this[string name] => "named " + name;
}

public readonly struct Money(decimal amount)
{
    public decimal Amount { get; } = amount;

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount);

    public static Money operator *(Money a, int n) => new(a.Amount * n);

    public static bool operator <(Money a, Money b) => a.Amount < b.Amount;

    public static bool operator >(Money a, Money b) => a.Amount > b.Amount;

    public static Money operator -(Money a) => new(-a.Amount);

    public override string ToString() => $"${Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

public sealed class Bag : DynamicObject
{
    private readonly Dictionary<string, object?> _values = new();

    public string Real => "real member";

    public override bool TryGetMember(GetMemberBinder binder, out object? result) => _values.TryGetValue(binder.Name, out result);

    public override bool TrySetMember(SetMemberBinder binder, object? value)
    {
        _values[binder.Name] = value;
        return true;
    }

    public override bool TryGetIndex(GetIndexBinder binder, object[] indexes, out object? result)
    {
        result = "index " + string.Join(",", indexes);
        return true;
    }

    public override bool TryInvoke(InvokeBinder binder, object?[]? args, out object? result)
    {
        result = "invoked with " + (args?.Length ?? 0);
        return true;
    }
}
