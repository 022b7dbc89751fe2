using NUnit.Framework;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Tests.Runtime.Support;

/// <summary>Reads the tab-separated expectation tables that Cases/generate.py produced with CPython.</summary>
internal static class CaseTable
{
    public static IEnumerable<TestCaseData> Read(string file)
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Runtime", "Cases", file);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            object[] columns = line.Split('\t');
            yield return new TestCaseData(columns).SetName($"{Path.GetFileNameWithoutExtension(file)}({string.Join(", ", columns)})");
        }
    }

    /// <summary>repr of the result, or <c>!Type: message</c> for a Python exception: the form the tables use.</summary>
    public static string Outcome(Func<object> action)
    {
        try
        {
            return PyRepr.Repr(action());
        }
        catch (PyException e)
        {
            return "!" + e.FormatExceptionOnly().TrimEnd() + (e.Message.Length == 0 ? ": " : "");
        }
    }
}
