using System.Reflection;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Classes;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// An event of a .NET object (<c>obj.Changed</c>) as a script sees it: <c>+= f</c> subscribes any
/// callable as a delegate of the event's handler type, <c>-= f</c> removes the delegate made for
/// the same callable (a bound method counts as the same when its object and function are), as
/// IronPython's events do.
/// </summary>
internal sealed class ClrBoundEvent(EventInfo info, object? target)
{
    // The delegates made for each (source, event, callable), so that -= finds the one += added.
    private static readonly ConditionalWeakTable<object, Dictionary<(EventInfo, HandlerKey), List<Delegate>>> s_handlers = new();
    private static readonly object s_staticSource = new();

    public EventInfo Event { get; } = info;

    public object? Target { get; } = target;

    /// <summary><c>event += handler</c>.</summary>
    public ClrBoundEvent Add(object handler)
    {
        var made = (Delegate)ClrConversion.Convert(handler, Event.EventHandlerType!)!;
        var table = s_handlers.GetValue(Target ?? s_staticSource, _ => new());
        lock (table)
        {
            var key = (Event, new HandlerKey(handler));
            if (!table.TryGetValue(key, out var list)) table[key] = list = [];
            list.Add(made);
        }
        Guard(() => Event.AddEventHandler(Target, made));
        return this;
    }

    /// <summary><c>event -= handler</c>: removes the last delegate added for the same callable; nothing when there is none.</summary>
    public ClrBoundEvent Remove(object handler)
    {
        Delegate? made = null;
        if (s_handlers.TryGetValue(Target ?? s_staticSource, out var table))
        {
            lock (table)
            {
                if (table.TryGetValue((Event, new HandlerKey(handler)), out var list) && list.Count > 0)
                {
                    made = list[^1];
                    list.RemoveAt(list.Count - 1);
                }
            }
        }
        if (made is not null) Guard(() => Event.RemoveEventHandler(Target, made));
        return this;
    }

    private static void Guard(Action body)
    {
        try
        {
            body();
        }
        catch (Exception error) when (ClrExceptions.IsHostException(error))
        {
            throw ClrExceptions.ToPython(error);
        }
    }

    // A bound method is made anew at each attribute read: two are the same handler when they bind
    // the same function to the same object (method_richcompare).
    private readonly struct HandlerKey(object handler) : IEquatable<HandlerKey>
    {
        private readonly object _handler = handler;

        public bool Equals(HandlerKey other) => _handler is PyMethod a && other._handler is PyMethod b
            ? ReferenceEquals(a.Self, b.Self) && ReferenceEquals(a.Function, b.Function)
            : ReferenceEquals(_handler, other._handler);

        public override bool Equals(object? obj) => obj is HandlerKey other && Equals(other);

        public override int GetHashCode() => _handler is PyMethod m
            ? HashCode.Combine(RuntimeHelpers.GetHashCode(m.Self), RuntimeHelpers.GetHashCode(m.Function))
            : RuntimeHelpers.GetHashCode(_handler);
    }
}
