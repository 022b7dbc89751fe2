using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// A host runs scripts on its own threads, whose stack is .NET's default 1 MB: runtime helpers that
/// recurse over a data structure end in a Python exception there (or finish), never in a stack
/// overflow that takes the process down (issue 13, point 4). A failure here ends the test run.
/// </summary>
[TestFixture]
public sealed class SmallStackTests
{
    private const int DefaultStack = 1024 * 1024;

    private const string NestedTuple = "t = ()\nfor i in range(100000):\n    t = (t,)\n";

    private const string NestedClasses = "s = int\nfor i in range(100000):\n    s = (s,)\n";

    [TestCase(NestedTuple + "hash(t)", "RecursionError", TestName = "SmallStack_HashOfDeepTuple")]
    [TestCase(NestedTuple + "d = {t: 1}", "RecursionError", TestName = "SmallStack_DeepTupleAsDictKey")]
    [TestCase(NestedTuple + "s = {t}", "RecursionError", TestName = "SmallStack_DeepTupleInSet")]
    [TestCase(NestedTuple + "u = ()\nfor i in range(100000):\n    u = (u,)\nt == u", "RecursionError", TestName = "SmallStack_EqualityOfDeepTuples")]
    [TestCase(NestedTuple + "repr(t)", "RecursionError", TestName = "SmallStack_ReprOfDeepTuple")]
    [TestCase(NestedClasses + "isinstance(1, s)", "RecursionError", TestName = "SmallStack_IsInstanceWithDeepTuple")]
    [TestCase(NestedClasses + "issubclass(int, s)", "RecursionError", TestName = "SmallStack_IsSubclassWithDeepTuple")]
    [TestCase("s = ValueError\nfor i in range(100000):\n    s = (s,)\ntry:\n    raise ValueError\nexcept s:\n    pass", "TypeError",
        TestName = "SmallStack_ExceptWithDeepTuple")]
    public void DeepData_EndsInAPythonException(string script, string expected)
    {
        foreach (var mode in new[] { ExecutionMode.Compile, ExecutionMode.Interpret })
        {
            var (error, after) = RunOnDefaultStack(mode, script);
            Assert.Multiple(() =>
            {
                Assert.That(error?.Type.Name, Is.EqualTo(expected), mode.ToString());
                Assert.That(after, Is.EqualTo("ok\n"), $"{mode}: the next script on the same engine");
            });
        }
    }

    // Programs as deep as CPython compiles, which every pass after parsing walks recursively: they
    // move to a large stack for those passes (LargeStack) and run on the host's thread.
    [TestCase(2989, "x = 1{0}\nprint(x)", " + 1", "2990\nok\n", TestName = "SmallStack_LongestAdditionChainCPythonCompiles")]
    [TestCase(1000, "x = {0}True\nprint(x)", "not ", "True\nok\n", TestName = "SmallStack_ThousandNots")]
    [TestCase(1000, "def f():\n    return {0}1\nprint(f())", "-", "1\nok\n", TestName = "SmallStack_ThousandSignsInAFunction")]
    [TestCase(10000, "x = 1{0}\nprint(x)", " and 1", "1\nok\n", TestName = "SmallStack_TenThousandLinkAndChain")]
    [TestCase(5000, "x = 1{0}\nprint(x)", " < 2", "False\nok\n", TestName = "SmallStack_FiveThousandLinkComparison")]
    public void DeepPrograms_RunOnTheHostsStack(int links, string template, string link, string expected)
    {
        string script = string.Format(template, string.Concat(Enumerable.Repeat(link, links)));
        foreach (var mode in new[] { ExecutionMode.Compile, ExecutionMode.Interpret })
        {
            var (error, output) = RunOnDefaultStack(mode, script);
            Assert.Multiple(() =>
            {
                Assert.That(error, Is.Null, mode.ToString());
                Assert.That(output, Is.EqualTo(expected), mode.ToString());
            });
        }
    }

    // The script, then a normal one on the same engine, on a thread with the default stack size.
    private static (PyException? Error, string After) RunOnDefaultStack(ExecutionMode mode, string script)
    {
        PyException? error = null;
        Exception? unexpected = null;
        var output = new StringWriter { NewLine = "\n" };
        var thread = new Thread(() =>
        {
            try
            {
                var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode });
                runtime.IO.SetOutput(output);
                var engine = runtime.GetEngine("python");
                try
                {
                    engine.Execute(script, engine.CreateScope());
                }
                catch (PyException e)
                {
                    error = e;
                }
                engine.Execute("print('ok')", engine.CreateScope());
            }
            catch (Exception e)
            {
                unexpected = e;
            }
        }, DefaultStack);
        thread.Start();
        thread.Join();
        if (unexpected is not null) Assert.Fail($"{mode}: {unexpected}");
        return (error, output.ToString());
    }
}
