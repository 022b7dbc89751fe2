namespace DlrClosures.Runtime;

/// <summary>Python's slice object, as <c>x[a:b:c]</c> builds it; None marks an omitted bound.</summary>
internal sealed class PySlice
{
    public PySlice(object start, object stop, object step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public object Start { get; }
    public object Stop { get; }
    public object Step { get; }
}
