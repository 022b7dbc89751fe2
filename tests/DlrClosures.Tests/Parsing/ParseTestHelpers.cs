using DlrClosures.Parsing;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Tests.Parsing;

/// <summary>Shortcuts shared by the parsing fixtures.</summary>
internal static class ParseTestHelpers
{
    public static ModuleNode Module(string code) => PythonParser.ParseModule(new SourceText(code, "<test>"));

    public static string DumpModule(string code) => AstDump.Of(Module(code));

    /// <summary>The single expression statement of <paramref name="code"/>, dumped.</summary>
    public static string DumpExpression(string code)
    {
        var module = Module(code);
        return module.Body is [ExprStmt statement] ? AstDump.Of(statement.Value) : AstDump.Of(module);
    }

    /// <summary>The error <paramref name="code"/> raises, as "Type: message @ line:column".</summary>
    public static string ErrorOf(string code)
    {
        try
        {
            Module(code);
            return "OK";
        }
        catch (PyException e)
        {
            var where = e.SyntaxLocation!;
            return $"{e.FormatExceptionOnly()} @ {where.Line}:{where.Column}";
        }
    }
}
