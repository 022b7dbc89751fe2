using DlrClosures.Cli;
using DlrClosures.Hosting;
using NUnit.Framework;

namespace DlrClosures.Tests.Cli;

/// <summary>dlrc runs programs with CPython's reach (the file system and the environment) and no .NET beyond it (docs/hosting.md, Permissions).</summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class ScriptRunnerPermissionTests(ExecutionMode mode)
{
    private static ScriptRunner CreateRunner(ExecutionMode mode, StringWriter stdout) =>
        new(mode, new StandardStreams(stdout, new StringWriter { NewLine = "\n" }));

    [Test]
    public void Runtime_GrantsTheFileSystemAndEnvironment_NotProcessesOrClr()
    {
        var permissions = CreateRunner(mode, new StringWriter()).Runtime.Setup.Permissions;
        Assert.That((permissions.FileSystem, permissions.FileSystemRoot, permissions.Environment, permissions.Process,
                permissions.ClrAssemblies.Count + permissions.ClrNamespaces.Count + permissions.ClrTypes.Count),
            Is.EqualTo((true, (string?)null, true, false, 0)));
    }

    [Test]
    public void Script_GetsNoReflection()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var runner = CreateRunner(mode, stdout);
        var scope = runner.CreateMainScope();
        scope.SetVariable("sb", new System.Text.StringBuilder());
        runner.Engine.Execute("print(hasattr(sb, 'Append'), hasattr(sb, 'GetType'))", scope);
        Assert.That(stdout.ToString(), Is.EqualTo("True False\n"));
    }
}
