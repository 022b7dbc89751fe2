using DlrClosures.Hosting;
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
            var (error, after) = DefaultStackHost.Run(mode, script);
            Assert.Multiple(() =>
            {
                Assert.That(error?.Type.Name, Is.EqualTo(expected), mode.ToString());
                Assert.That(after, Is.EqualTo("ok\n"), $"{mode}: the next script on the same engine");
            });
        }
    }

    // Programs as deep as CPython compiles, which every pass after parsing walks recursively: they
    // move to a large stack for those passes (LargeStack) and run on the host's thread.
    [TestCase(2989, "x = 1{0}\nprint(x)", " + 1", "2990\n", TestName = "SmallStack_LongestAdditionChainCPythonCompiles")]
    [TestCase(1000, "x = {0}True\nprint(x)", "not ", "True\n", TestName = "SmallStack_ThousandNots")]
    [TestCase(1000, "def f():\n    return {0}1\nprint(f())", "-", "1\n", TestName = "SmallStack_ThousandSignsInAFunction")]
    [TestCase(10000, "x = 1{0}\nprint(x)", " and 1", "1\n", TestName = "SmallStack_TenThousandLinkAndChain")]
    [TestCase(5000, "x = 1{0}\nprint(x)", " < 2", "False\n", TestName = "SmallStack_FiveThousandLinkComparison")]
    public void DeepPrograms_RunOnTheHostsStack(int links, string template, string link, string expected) =>
        DefaultStackHost.AssertRuns(string.Format(template, string.Concat(Enumerable.Repeat(link, links))), expected);

    // Attribute hooks that reach themselves again, and recursion over nested lists and dicts.
    private const string NestedList = "t = []\nfor i in range(100000):\n    t = [t]\n";

    [TestCase("class A:\n    def __setattr__(self, k, v):\n        setattr(self, k, v)\nA().x = 1",
        "RecursionError: maximum recursion depth exceeded", TestName = "SmallStack_SetattrHookCallsSetattr")]
    [TestCase("class A:\n    def __getattribute__(self, k):\n        return getattr(self, k)\nA().x",
        "RecursionError: maximum recursion depth exceeded", TestName = "SmallStack_GetattributeHookCallsGetattr")]
    [TestCase("class A:\n    def __getattr__(self, k):\n        return self.other\nA().x",
        "RecursionError: maximum recursion depth exceeded", TestName = "SmallStack_GetattrHookReadsAMissingAttribute")]
    [TestCase("class A:\n    def __delattr__(self, k):\n        delattr(self, k)\ndel A().x",
        "RecursionError: maximum recursion depth exceeded", TestName = "SmallStack_DelattrHookCallsDelattr")]
    [TestCase(NestedList + "repr(t)",
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object", TestName = "SmallStack_ReprOfDeepList")]
    [TestCase(NestedList + "str(t)",
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object", TestName = "SmallStack_StrOfDeepList")]
    [TestCase("d = {}\nfor i in range(100000):\n    d = {1: d}\nrepr(d)",
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object", TestName = "SmallStack_ReprOfDeepDict")]
    [TestCase(NestedList + "u = []\nfor i in range(100000):\n    u = [u]\nt == u",
        "RecursionError: maximum recursion depth exceeded in comparison", TestName = "SmallStack_EqualityOfDeepLists")]
    [TestCase(NestedList + "u = []\nfor i in range(100000):\n    u = [u]\nt < u",
        "RecursionError: maximum recursion depth exceeded in comparison", TestName = "SmallStack_OrderingOfDeepLists")]
    [TestCase("l = [1]\nl.append(l)\nd = {}\nd[1] = d\nraise ValueError(repr(l) + str(l) + repr(d))",
        "ValueError: [1, [...]][1, [...]]{1: {...}}", TestName = "SmallStack_SelfContainingContainers")]
    public void RecursiveHooksAndDeepContainers_EndInAPythonException(string script, string expected) =>
        RecursionWhoseHandlersRaise_EndsInAPythonException(script, expected);

    // Every frame of a deep recursion handles the RecursionError and raises again: the handlers
    // run after .NET has unwound the frames below them, not on top of the dispatch still under
    // way, so the stack does not grow by one exception dispatch per frame (before: stack overflow).
    private const string Recurse = "def f(n):\n    try:\n        return f(n + 1)\n";

    [TestCase(Recurse + "    except RecursionError:\n        raise\nf(0)",
        "RecursionError: maximum recursion depth exceeded", TestName = "SmallStack_ReraiseInEveryFrame")]
    [TestCase(Recurse + "    except RecursionError as e:\n        raise ValueError from e\nf(0)",
        "ValueError", TestName = "SmallStack_RaiseFromInEveryFrame")]
    [TestCase("def g(n):\n    return g(n - 1) if n else 0\n" + Recurse + "    except RecursionError:\n        g(20)\n        raise\n    finally:\n        g(20)\nf(0)",
        "RecursionError: maximum recursion depth exceeded", TestName = "SmallStack_HandlerAndFinallyCallFunctionsInEveryFrame")]
    [TestCase(Recurse + "    finally:\n        raise KeyError(n)\nf(0)",
        "KeyError: 0", TestName = "SmallStack_FinallyRaisesInEveryFrame")]
    [TestCase(Recurse + "    except Exception as e:\n        try:\n            raise e\n        except RecursionError:\n            pass\n        raise\nf(0)",
        "RecursionError: maximum recursion depth exceeded", TestName = "SmallStack_NestedTryInHandlerThenReraise")]
    public void RecursionWhoseHandlersRaise_EndsInAPythonException(string script, string expected)
    {
        foreach (var mode in new[] { ExecutionMode.Compile, ExecutionMode.Interpret })
        {
            var (error, after) = DefaultStackHost.Run(mode, script);
            Assert.Multiple(() =>
            {
                Assert.That(error?.FormatExceptionOnly().TrimEnd(), Is.EqualTo(expected), mode.ToString());
                Assert.That(after, Is.EqualTo("ok\n"), $"{mode}: the next script on the same engine");
            });
        }
    }
}
