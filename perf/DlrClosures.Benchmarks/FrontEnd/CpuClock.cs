using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DlrClosures.Benchmarks.FrontEnd;

/// <summary>
/// The process's CPU time, in seconds (Linux: <c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>,
/// nanosecond resolution; elsewhere the wall clock). The machines this runs on are shared, and under
/// load the wall clock measures the other processes as much as the parser; CPU time does not. It
/// includes the GC's and the JIT's threads, which are part of the front end's cost.
/// </summary>
internal static class CpuClock
{
    private const int ProcessCpuTime = 2;

    private static readonly bool Available = OperatingSystem.IsLinux() && TryRead(out _);

    public static string Kind => Available ? "process CPU time" : "wall clock";

    public static double Now() => Available && TryRead(out double seconds) ? seconds : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    private static bool TryRead(out double seconds)
    {
        try
        {
            if (clock_gettime(ProcessCpuTime, out var time) == 0)
            {
                seconds = time.Seconds + time.Nanoseconds * 1e-9;
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
        seconds = 0;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
