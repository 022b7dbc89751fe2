using NUnit.Framework;
using DlrClosures.Parsing;
using DlrClosures.Text;

namespace DlrClosures.Tests.Parsing;

/// <summary>
/// The parser against CPython's own: every file of the grammar corpus (Parsing/Grammar/*.py, which
/// together use every construct of Python 3.11's grammar) parses to the tree whose
/// <see cref="CPythonAstDump"/> is, character for character, what <c>ast.dump(ast.parse(...))</c>
/// printed under CPython 3.11 (the <c>.ast</c> file beside it, written by tests/regen-expected.sh).
/// </summary>
[TestFixture]
public sealed class GrammarCorpusTests
{
    private static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "DlrClosures.Tests", "Parsing", "Grammar");

    public static IEnumerable<TestCaseData> Files() =>
        Directory.EnumerateFiles(Folder, "*.py")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(path)).SetName("Grammar_" + Path.GetFileNameWithoutExtension(path)));

    [TestCaseSource(nameof(Files))]
    public void File_ParsesToCPythonsTree(string name)
    {
        string path = Path.Combine(Folder, name);
        var module = PythonParser.ParseModule(new SourceText(File.ReadAllText(path), name));
        string expected = File.ReadAllText(Path.ChangeExtension(path, ".ast")).TrimEnd('\n');
        Assert.That(CPythonAstDump.Of(module), Is.EqualTo(expected));
    }

    [Test]
    public void Corpus_IsThere() => Assert.That(Files().Count(), Is.GreaterThanOrEqualTo(8));
}
