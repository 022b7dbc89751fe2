using DlrClosures.Binding;
using DlrClosures.Interpretation;
using DlrClosures.Parsing;
using DlrClosures.Scoping;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Hosting;

/// <summary>
/// Pays the compiler's first-use cost while the host is busy with something else
/// (<see cref="Python.WarmUpInBackground"/>).
/// <para>
/// The first compile in a process is the largest part of a short script's start-up: the Sprache
/// grammar's parsers are built (the grammar classes' static fields) and the code of its generic
/// combinators, of the scope pass, the binder and the interpreter's node builder is loaded, fixed up
/// or jitted, against a few microseconds for compiling <c>print("hello")</c> itself. A host that
/// starts a compile soon after it starts, while it has other set-up to do (dlrc: its streams, the
/// runtime, reading the file), can have that cost paid meanwhile.
/// </para>
/// <list type="number">
/// <item><see cref="Start"/> parses and analyses one line on a background thread, with no literal
/// that would need a runtime type: the grammar is the longest part, and it runs in parallel with
/// the host's set-up on a second core.</item>
/// <item>Every way into the parser from the hosting layer calls <see cref="Wait"/> first, so the
/// grammar's class constructors never run on two threads at once: two threads initialising
/// types that refer to each other could each see the other's static fields still null.</item>
/// <item>A thread that calls <see cref="Wait"/> while the grammar is still being built would only
/// block; it first takes the passes after the parser (scopes, binding, the interpreter's node
/// builder) through the same line, built as a syntax tree by hand, so that their first-use cost is
/// paid in that time instead of after the parse. Once per process.</item>
/// </list>
/// The warm-up only touches Parsing, Syntax, Text, Scoping, Binding and the interpreter's node
/// builder, whose static state is read-only once built (nothing runs: no runtime is involved); a
/// failure there is left for the real compile to meet and report.
/// </summary>
internal static class CompilerWarmUp
{
    // What nearly every program has (an assignment, a call, an attribute, a string): a larger sample
    // would also load the code of statements a short script does not use, CPU time paid on every run.
    private const string Sample = "x = f(a.b, \"\")\n";

    private static readonly object s_gate = new();
    private static Thread? s_thread;
    private static int s_backEndWarmed;

    /// <summary>Starts the warm-up once per process; later calls do nothing.</summary>
    public static void Start()
    {
        lock (s_gate)
        {
            if (s_thread is not null) return;
            var thread = new Thread(WarmFrontEnd) { IsBackground = true, Name = "compiler warm-up" };
            thread.Start();
            s_thread = thread; // published started, so that Wait never joins a thread not yet started
        }
    }

    /// <summary>
    /// Returns once a started warm-up has finished (at once when none was started). While it is
    /// still running, the calling thread warms the passes after the parser up first (once per process).
    /// </summary>
    public static void Wait()
    {
        var thread = Volatile.Read(ref s_thread);
        if (thread is null) return;
        if (thread.IsAlive && Interlocked.Exchange(ref s_backEndWarmed, 1) == 0)
            WarmBackEnd();
        thread.Join();
    }

    private static void WarmFrontEnd()
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

    private static void WarmBackEnd()
    {
        try
        {
            // Sample's tree, as the parser makes it: x = f(a.b, "")
            var source = new SourceText(Sample, "<warm-up>");
            var call = new CallExpr(
                new NameExpr("f", source.Span(4, 5)),
                [new AttributeExpr(new NameExpr("a", source.Span(6, 7)), "b", source.Span(6, 9)), new ConstantExpr("", source.Span(11, 13))],
                [],
                source.Span(4, 14));
            var module = new ModuleNode([new AssignStmt([new NameExpr("x", source.Span(0, 1))], call, source.Span(0, 14))], source, source.Span(0, Sample.Length));
            Interpreter.Prepare(Binder.Bind(module, ScopeAnalyzer.Analyze(module), CompileMode.Exec));
        }
        catch (Exception)
        {
            // As above: a real compile reports whatever this met.
        }
    }
}
