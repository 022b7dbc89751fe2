using NUnit.Framework;
using static DlrClosures.Tests.Parsing.ParseTestHelpers;

namespace DlrClosures.Tests.Parsing;

[TestFixture]
public class SmokeTests
{
    [Test]
    public void Print()
    {
        foreach (var code in File.ReadAllText("/tmp/pyc/smoke.txt").Split("\n----\n"))
        {
            string result;
            try { result = DumpModule(code); } catch (DlrClosures.Runtime.Exceptions.PyException) { result = ErrorOf(code); }
            TestContext.Out.WriteLine($"{code.Replace("\n", "\\n")}  =>  {result}");
        }
    }
}
