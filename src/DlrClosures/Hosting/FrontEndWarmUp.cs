using DlrClosures.Parsing;
using DlrClosures.Scoping;
using DlrClosures.Text;

namespace DlrClosures.Hosting;

/// <summary>
/// Pays the front end's first-use cost on a second thread (<see cref="Python.WarmUpInBackground"/>).
/// <para>
/// The first parse in a process is the largest part of a short script's start-up: the Sprache
/// grammar's parsers are built (the grammar classes' static fields) and the code of its generic
/// combinators is loaded or jitted, about 20 ms and 40 ms of CPU for <c>print("hello")</c> in the
/// published dlrc, against a few microseconds for parsing the line itself. A host that starts a
/// compile soon after it starts, while it has other set-up to do (dlrc: its streams, the runtime,
/// reading the file), can have that cost paid on a spare core meanwhile.
/// </para>
/// <list type="number">
/// <item><see cref="Start"/> parses and analyses one line on a background thread, with no literal
/// that would need a runtime type.</item>
/// <item>Every way into the parser from the hosting layer calls <see cref="Wait"/> first, so the
/// grammar's class constructors never run on two threads at once: two threads initialising
/// types that refer to each other could each see the other's static fields still null.</item>
/// </list>
/// The warm-up only touches Parsing, Syntax, Text and Scoping, whose static state is read-only once
/// built; a failure there is left for the real compile to meet and report.
/// </summary>
internal static class FrontEndWarmUp
{
    // What nearly every program has (an assignment, a call, an attribute, a string): a larger sample
    // would also load the code of statements a short script does not use, CPU time paid on every run.
    private const string Sample = "x = f(a.b, \"\")\n";

    private static readonly object s_gate = new();
    private static Thread? s_thread;

    /// <summary>Starts the warm-up once per process; later calls do nothing.</summary>
    public static void Start()
    {
        lock (s_gate)
        {
            if (s_thread is not null) return;
            var thread = new Thread(Run) { IsBackground = true, Name = "front-end warm-up" };
            thread.Start();
            s_thread = thread; // published started, so that Wait never joins a thread not yet started
        }
    }

    /// <summary>Returns once a started warm-up has finished (at once when none was started).</summary>
    public static void Wait() => Volatile.Read(ref s_thread)?.Join();

    private static void Run()
    {
        try
        {
            ScopeAnalyzer.Analyze(PythonParser.ParseModule(new SourceText(Sample, "<warm-up>")));
        }
        catch (Exception)
        {
            // Nothing is lost: the real compile meets the same problem and reports it.
        }
    }
}
