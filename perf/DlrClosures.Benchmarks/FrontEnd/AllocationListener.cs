using System.Diagnostics.Tracing;

namespace DlrClosures.Benchmarks.FrontEnd;

/// <summary>
/// Samples allocations in-process (the runtime's AllocationTick event, about one per 100 KB
/// allocated, naming the type of the object that crossed the mark), for <c>frontend-loop ... --alloc</c>:
/// the types that allocate most, without an external profiler.
/// </summary>
internal sealed class AllocationListener : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    public Dictionary<string, long> Bytes { get; } = [];

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName != "GCAllocationTick_V4" || e.Payload is null) return;
        int nameIndex = e.PayloadNames!.IndexOf("TypeName");
        int amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
        if (nameIndex < 0 || amountIndex < 0) return;
        string name = e.Payload[nameIndex]?.ToString() ?? "?";
        long amount = Convert.ToInt64(e.Payload[amountIndex]);
        lock (Bytes) Bytes[name] = Bytes.GetValueOrDefault(name) + amount;
    }
}
