using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// The permission model (issue 11, point 4), on both engines: without a CLR grant a script reaches
/// no reflection, process, environment or file-system object through the objects a host gave it,
/// whichever way it tries (each escape below is an attacker's path: a member, a returned value, an
/// out parameter, an indexer, an iterator, a generic method, an event argument, a delegate's
/// Method and Target, an exception's TargetSite, a namespace of a loaded assembly, a host-exposed
/// type); with the grant the same members appear. Messages are the runtime's own (CPython has no
/// .NET), in CPython's shape for a missing attribute.
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class ClrPermissionTests(ExecutionMode mode)
{
    private const string NotType = "PermissionError: scripts of this runtime may not receive .NET System.Type objects (see ScriptPermissions.AllowClr)";

    private (string Stdout, string? Error) Run(string script, ScriptPermissions? permissions = null, Action<ScriptRuntime>? prepare = null)
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode, Permissions = permissions ?? ScriptPermissions.Embedded });
        var output = new StringWriter { NewLine = "\n" };
        runtime.IO.SetOutput(output);
        prepare?.Invoke(runtime);
        var engine = runtime.GetEngine("python");
        var scope = engine.CreateScope();
        scope.SetVariable("g", new Gadget());
        scope.SetVariable("G", typeof(Gadget));
        try
        {
            engine.Execute(script, scope);
            return (output.ToString(), null);
        }
        catch (PyException error)
        {
            return (output.ToString(), error.FormatExceptionOnly());
        }
    }

    private string Error(string script, ScriptPermissions? permissions = null, Action<ScriptRuntime>? prepare = null)
    {
        var (_, error) = Run(script, permissions, prepare);
        Assert.That(error, Is.Not.Null, "the script should have raised");
        return error!;
    }

    private string Output(string script, ScriptPermissions? permissions = null, Action<ScriptRuntime>? prepare = null)
    {
        var (stdout, error) = Run(script, permissions, prepare);
        Assert.That(error, Is.Null, "the script raised");
        return stdout;
    }

    // ---- without a grant: each escape is stopped ----

    [TestCase("g.GetType()", "AttributeError: 'Gadget' object has no attribute 'GetType'", TestName = "{m}(GetType)")]
    [TestCase("g.GetType().Assembly", "AttributeError: 'Gadget' object has no attribute 'GetType'", TestName = "{m}(GetType_Assembly)")]
    [TestCase("getattr(g, 'Get' + 'Type')", "AttributeError: 'Gadget' object has no attribute 'GetType'", TestName = "{m}(getattr_GetType)")]
    [TestCase("g.Kind", "AttributeError: 'Gadget' object has no attribute 'Kind'", TestName = "{m}(PropertyTypedType)")]
    [TestCase("g.KindField", "AttributeError: 'Gadget' object has no attribute 'KindField'", TestName = "{m}(FieldTypedType)")]
    [TestCase("g.Kinds", "AttributeError: 'Gadget' object has no attribute 'Kinds'", TestName = "{m}(PropertyTypedTypeArray)")]
    [TestCase("g.Method", "AttributeError: 'Gadget' object has no attribute 'Method'", TestName = "{m}(PropertyTypedMethodInfo)")]
    [TestCase("g.Kind = None", "AttributeError: 'Gadget' object has no attribute 'Kind'", TestName = "{m}(AssignmentToHiddenMember)")]
    [TestCase("G.StaticKind", "AttributeError: type object 'Gadget' has no attribute 'StaticKind'. Did you mean: 'StaticCount'?", TestName = "{m}(StaticMemberOfExposedType)")]
    [TestCase("g.Doubler.Method", "AttributeError: 'Func<int, int>' object has no attribute 'Method'", TestName = "{m}(DelegateMethod)")]
    [TestCase("g.Doubler.Target", "AttributeError: 'Func<int, int>' object has no attribute 'Target'", TestName = "{m}(DelegateTarget)")]
    [TestCase("g.Doubler.GetInvocationList()[0].Method", "AttributeError: 'Func<int, int>' object has no attribute 'Method'", TestName = "{m}(InvocationListMethod)")]
    [TestCase("g.Failure().TargetSite", "AttributeError: 'InvalidOperationException' object has no attribute 'TargetSite'", TestName = "{m}(ExceptionTargetSite)")]
    [TestCase("g.Failure().GetType()", "AttributeError: 'InvalidOperationException' object has no attribute 'GetType'", TestName = "{m}(ExceptionGetType)")]
    [TestCase("'{0.Kind}'.format(g)", "AttributeError: 'Gadget' object has no attribute 'Kind'", TestName = "{m}(StrFormatAttributeField)")]
    [TestCase("'{0[1]}'.format(g.Items)", NotType, TestName = "{m}(StrFormatIndexField)")]
    [TestCase("f'{g.GetType()}'", "AttributeError: 'Gadget' object has no attribute 'GetType'", TestName = "{m}(FString)")]
    [TestCase("g.Boxed()", NotType, TestName = "{m}(TypeReturnedAsObject)")]
    [TestCase("g.Maker()", NotType, TestName = "{m}(TypeReturnedByAHostDelegate)")]
    [TestCase("g.TypeMaker", "AttributeError: 'Gadget' object has no attribute 'TypeMaker'", TestName = "{m}(DelegateTypedToReturnType)")]
    [TestCase("g.Pair.Item1", NotType, TestName = "{m}(TypeInATupleItem)")]
    [TestCase("g.BoxedAssembly()", "PermissionError: scripts of this runtime may not receive .NET System.Reflection.Assembly objects (see ScriptPermissions.AllowClr)", TestName = "{m}(AssemblyReturnedAsObject)")]
    [TestCase("g.Echo(G)", NotType, TestName = "{m}(TypeThroughGenericMethod)")]
    [TestCase("g.TryGetKind()", NotType, TestName = "{m}(TypeThroughOutParameter)")]
    [TestCase("g[1]", NotType, TestName = "{m}(TypeThroughIndexer)")]
    [TestCase("g.Kinds[0]", "AttributeError: 'Gadget' object has no attribute 'Kinds'", TestName = "{m}(IndexerOfTypeArray)")]
    [TestCase("g.Items[1]", NotType, TestName = "{m}(TypeAsListItem)")]
    [TestCase("list(g.Things())", NotType, TestName = "{m}(TypeThroughIterator)")]
    [TestCase("for x in g.Items: pass", NotType, TestName = "{m}(TypeThroughForLoop)")]
    [TestCase("a, b = g.Items", NotType, TestName = "{m}(TypeThroughUnpacking)")]
    [TestCase("g.Lookup(1)", "TypeError: Gadget.Lookup() argument 1 must be string, not int", TestName = "{m}(OverloadReturningType)")]
    [TestCase("seen = []\ng.Fired += seen.append\ng.Fire()", NotType, TestName = "{m}(TypeAsEventArgument)")]
    public void Escape_IsStopped(string script, string expected) =>
        Assert.That(Error(script), Is.EqualTo(expected));

    [Test]
    public void RefusedValue_IsAPermissionErrorAnOSErrorCatches() =>
        Assert.That(Output("""
            try:
                g.Boxed()
            except OSError as e:
                print(type(e).__name__, issubclass(PermissionError, OSError), isinstance(e, Exception))
            """), Is.EqualTo("PermissionError True True\n"));

    [Test]
    public void DynamicObjects_GiveNoReflectionEither()
    {
        var expando = (IDictionary<string, object?>)new System.Dynamic.ExpandoObject();
        expando["kind"] = typeof(Gadget);
        expando["name"] = "e";
        void Hand(ScriptRuntime runtime)
        {
            runtime.Globals.SetVariable("bag", new Bag());
            runtime.Globals.SetVariable("e", expando);
        }
        Assert.Multiple(() =>
        {
            Assert.That(Error("bag.GetType()", prepare: Hand), Is.EqualTo("AttributeError: 'Bag' object has no attribute 'GetType'"));
            Assert.That(Output("print(bag.Real, e.name)", prepare: Hand), Is.EqualTo("real member e\n"));
            // An ExpandoObject binds its own members (the DLR's protocol), so what it holds reaches the
            // script unconverted and unchecked; the members of that value are still absent.
            Assert.That(Error("e.kind.Assembly", prepare: Hand), Is.EqualTo("AttributeError: 'RuntimeType' object has no attribute 'Assembly'"));
            Assert.That(Error("e.kind.GetMethods()", prepare: Hand), Is.EqualTo("AttributeError: 'RuntimeType' object has no attribute 'GetMethods'"));
        });
    }

    [Test]
    public void HiddenMembers_AreAbsentToHasattrAndGetattr() =>
        Assert.That(Output("""
            print(hasattr(g, 'GetType'), hasattr(g, 'Kind'), hasattr(g, 'Method'), hasattr(g.Doubler, 'Target'))
            print(getattr(g, 'GetType', 'absent'), getattr(G, 'StaticKind', 'absent'))
            print(hasattr(g, 'Name'), hasattr(g, 'GetHashCode'), hasattr(G, 'StaticCount'))
            """), Is.EqualTo("False False False False\nabsent absent\nTrue True True\n"));

    [Test]
    public void TheObjectStillWorks() =>
        Assert.That(Output("""
            print(g.Name, g.BoxedString(), g[0], g.Items[0], g.Lookup('x'), G.StaticCount, g.Doubler(21), g.Echo(5), g.Pair.Item2, G.Nested.Hello)
            print(str(g), f'{g}', repr(g.Doubler)[:1], g.Failure().Message)
            """), Is.EqualTo("gadget plain zero 1 found x 3 42 5 1 nested\nGadget() Gadget() < broken\n"));

    [Test]
    public void AttributeErrorSuggestion_NeverNamesAHiddenMember()
    {
        var (_, error) = Run("g.GetTyp");
        var (_, granted) = Run("g.GetTyp", ScriptPermissions.Embedded.AllowClr(typeof(Type)));
        Assert.Multiple(() =>
        {
            Assert.That(error, Does.Not.Contain("GetType"));
            Assert.That(granted, Does.Contain("Did you mean: 'GetType'?"));
        });
    }

    [Test]
    public void ClassPaths_GiveNoReflection() =>
        Assert.That(Output("""
            for path in (lambda: g.__class__.GetType, lambda: type(g).Assembly, lambda: type(g).GetType,
                         lambda: g.Doubler.__self__.Method, lambda: G.GetType, lambda: G.Assembly, lambda: G.__class__.GetType):
                try:
                    path()
                    print('reached')
                except AttributeError:
                    print('AttributeError')
            """), Is.EqualTo(string.Concat(Enumerable.Repeat("AttributeError\n", 7))));

    [Test]
    public void ExceptionFromTheHost_CarriesNoDotNetObject() =>
        Assert.That(Output("""
            try:
                g.Throw()
            except RuntimeError as e:
                print(type(e).__name__, e, hasattr(e, 'TargetSite'), hasattr(e, 'InnerException'), hasattr(e, 'GetType'))
            """), Is.EqualTo("RuntimeError thrown by the host False False False\n"));

    [Test]
    public void LoadedAssembly_ShowsNoGuardedType()
    {
        void Load(ScriptRuntime runtime) => runtime.LoadAssembly(typeof(object).Assembly);
        Assert.Multiple(() =>
        {
            Assert.That(Output("print(System.Math.Max(2, 5), System.Text.StringBuilder('a').Append('b').ToString())", prepare: Load),
                Is.EqualTo("5 ab\n"));
            Assert.That(Error("System.IO.File", prepare: Load), Does.StartWith("AttributeError: "));
            Assert.That(Error("System.Environment", prepare: Load), Does.StartWith("AttributeError: "));
            Assert.That(Error("System.Activator", prepare: Load), Does.StartWith("AttributeError: "));
            Assert.That(Error("System.AppDomain", prepare: Load), Does.StartWith("AttributeError: "));
            Assert.That(Error("System.Type", prepare: Load), Does.StartWith("AttributeError: "));
            Assert.That(Error("System.Reflection.Assembly", prepare: Load), Does.StartWith("AttributeError: "));
            Assert.That(Error("System.Runtime.InteropServices.Marshal", prepare: Load), Does.StartWith("AttributeError: "));
        });
    }

    [Test]
    public void GuardedTypeHandedIn_HasNoMembersAndCannotBeCreated()
    {
        void Hand(ScriptRuntime runtime)
        {
            runtime.Globals.SetVariable("File", typeof(File));
            runtime.Globals.SetVariable("FileInfo", typeof(FileInfo));
            runtime.Globals.SetVariable("Environment", typeof(Environment));
            runtime.Globals.SetVariable("Activator", typeof(Activator));
        }
        Assert.Multiple(() =>
        {
            Assert.That(Error("File.ReadAllText('/etc/hostname')", prepare: Hand),
                Is.EqualTo("AttributeError: type object 'File' has no attribute 'ReadAllText'"));
            Assert.That(Error("Environment.GetEnvironmentVariable('HOME')", prepare: Hand),
                Is.EqualTo("AttributeError: type object 'Environment' has no attribute 'GetEnvironmentVariable'"));
            Assert.That(Error("Activator.CreateInstance(G)", prepare: Hand),
                Is.EqualTo("AttributeError: type object 'Activator' has no attribute 'CreateInstance'"));
            Assert.That(Error("FileInfo('/etc/hostname')", prepare: Hand),
                Is.EqualTo("PermissionError: scripts of this runtime may not receive .NET System.IO.FileInfo objects (see ScriptPermissions.AllowClr)"));
        });
    }

    [Test]
    public void ObjectOperationsMemberNames_ListNoHiddenMember()
    {
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode });
        var names = runtime.CreateOperations().GetMemberNames(new Gadget());
        var granted = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode, Permissions = ScriptPermissions.Embedded.AllowClr(typeof(object).Assembly) })
            .CreateOperations().GetMemberNames(new Gadget());
        Assert.Multiple(() =>
        {
            Assert.That(names, Does.Contain("Name").And.Contain("Lookup").And.Contain("Fired"));
            Assert.That(names, Does.Not.Contain("GetType").And.Not.Contain("Kind").And.Not.Contain("Method").And.Not.Contain("Kinds"));
            Assert.That(granted, Does.Contain("GetType").And.Contain("Kind").And.Contain("Method").And.Contain("Kinds"));
        });
    }

    // ---- with a grant: the members appear ----

    [Test]
    public void GrantOfType_ShowsTypeMembersAndValues() =>
        Assert.That(Output("""
            print(g.GetType() is G, g.Kind is G, g.KindField is G, G.StaticKind is G, g.Boxed().__name__, g.Echo(G) is G)
            print(g.TryGetKind()[1] is G, g[1] is G, list(g.Things())[1] is G, g.Lookup(1) is G)
            """, ScriptPermissions.Embedded.AllowClr(typeof(Type))),
            Is.EqualTo("True True True True File True\nTrue True True True\n"));

    [Test]
    public void GrantOfType_DoesNotOpenTheRestOfReflection() =>
        Assert.Multiple(() =>
        {
            var onlyType = ScriptPermissions.Embedded.AllowClr(typeof(Type));
            Assert.That(Error("g.Method", onlyType), Is.EqualTo("AttributeError: 'Gadget' object has no attribute 'Method'"));
            Assert.That(Error("g.BoxedAssembly()", onlyType), Does.StartWith("PermissionError: "));
        });

    [Test]
    public void GrantOfReflectionNamespace_ShowsMethodInfoButNotType() =>
        Assert.Multiple(() =>
        {
            var reflection = ScriptPermissions.Embedded.AllowClrNamespace("System.Reflection");
            Assert.That(Output("print(g.Method.Name, g.Doubler.Method.ReturnType.__name__ if hasattr(g.Doubler.Method, 'ReturnType') else 'hidden')", reflection),
                Is.EqualTo("Echo hidden\n"));
            Assert.That(Error("g.GetType()", reflection), Is.EqualTo("AttributeError: 'Gadget' object has no attribute 'GetType'"));
        });

    [Test]
    public void GrantOfTheHostsOwnAssembly_DoesNotOpenReflection() =>
        Assert.That(Error("g.GetType()", ScriptPermissions.Embedded.AllowClr(typeof(Gadget).Assembly)),
            Is.EqualTo("AttributeError: 'Gadget' object has no attribute 'GetType'"));

    [Test]
    public void GrantOfTheCoreLibrary_OpensEverything() =>
        Assert.That(Output("""
            print(g.Method.DeclaringType is G, g.Doubler.Target is not None, g.Failure().TargetSite.Name, System.IO.File.Exists.__class__.__name__)
            """, ScriptPermissions.Embedded.AllowClr(typeof(object).Assembly), r => r.LoadAssembly(typeof(object).Assembly)),
            Is.EqualTo("True True Failure builtin_function_or_method\n"));

    // ---- the grant belongs to the runtime, not to the call site ----

    [Test]
    public void GrantedRuntimeFirst_DoesNotOpenTheNextRuntime()
    {
        // Binders and their rule caches are shared by every runtime of the process: a rule built
        // where GetType was granted must not serve a runtime where it is not.
        const string script = "def probe(x):\n    return x.GetType()\nprobe(g)\nprobe(g)";
        Assert.Multiple(() =>
        {
            Assert.That(Run(script, ScriptPermissions.Embedded.AllowClr(typeof(Type))).Error, Is.Null);
            Assert.That(Error(script), Is.EqualTo("AttributeError: 'Gadget' object has no attribute 'GetType'"));
            Assert.That(Run(script, ScriptPermissions.Embedded.AllowClr(typeof(Type))).Error, Is.Null);
        });
    }

    [Test]
    public void DelegateCalledByTheHost_IsJudgedByItsOwnRuntime()
    {
        // A script callback the host calls later, outside any execution, converts its arguments
        // under the grants of the runtime the callback belongs to.
        var strict = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode });
        var open = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode, Permissions = ScriptPermissions.Embedded.AllowClr(typeof(Type)) });
        var strictCallback = strict.GetEngine("python").Execute<Func<object, string>>("lambda x: 'got ' + x.__name__");
        var openCallback = open.GetEngine("python").Execute<Func<object, string>>("lambda x: 'got ' + x.__name__");
        Assert.Multiple(() =>
        {
            Assert.That(openCallback(typeof(Gadget)), Is.EqualTo("got Gadget"));
            var error = Assert.Throws<PyException>(() => strictCallback(typeof(Gadget)))!;
            Assert.That(error.FormatExceptionOnly(), Is.EqualTo(NotType));
        });
    }

    // ---- what the host hands in itself is its decision ----

    [Test]
    public void TypeHandedInByTheHost_IsTheTypeObject() =>
        Assert.That(Output("print(G.__name__, G().Name, G.StaticCount)"), Is.EqualTo("Gadget gadget 3\n"));

    // ---- the setup ----

    [Test]
    public void Defaults_EmbeddedGrantsNothing_CommandLineTheFileSystemAndEnvironment()
    {
        var embedded = new ScriptRuntimeSetup().Permissions;
        var cli = ScriptPermissions.CommandLine;
        Assert.Multiple(() =>
        {
            Assert.That((embedded.FileSystem, embedded.Environment, embedded.Process, embedded.ClrAssemblies.Count + embedded.ClrNamespaces.Count + embedded.ClrTypes.Count),
                Is.EqualTo((false, false, false, 0)));
            Assert.That((cli.FileSystem, cli.FileSystemRoot, cli.Environment, cli.Process, cli.ClrAssemblies.Count + cli.ClrNamespaces.Count + cli.ClrTypes.Count),
                Is.EqualTo((true, (string?)null, true, false, 0)));
            Assert.That(ReferenceEquals(ScriptPermissions.Embedded, ScriptPermissions.Embedded), Is.False, "each preset is a new object a host may change");
        });
    }

    [Test]
    public void AllowMethods_Chain_AndRecordTheGrants()
    {
        var permissions = ScriptPermissions.Embedded.AllowFileSystem("data").AllowEnvironment().AllowProcess()
            .AllowClr(typeof(Math)).AllowClr(typeof(List<int>)).AllowClr(typeof(Math).Assembly).AllowClrNamespace("System.Text").AllowClr(typeof(Math));
        Assert.Multiple(() =>
        {
            Assert.That((permissions.FileSystem, permissions.FileSystemRoot, permissions.Environment, permissions.Process),
                Is.EqualTo((true, Path.GetFullPath("data"), true, true)));
            Assert.That(permissions.ClrTypes, Is.EqualTo(new[] { typeof(Math), typeof(List<>) }));
            Assert.That(permissions.ClrAssemblies, Is.EqualTo(new[] { typeof(Math).Assembly }));
            Assert.That(permissions.ClrNamespaces, Is.EqualTo(new[] { "System.Text" }));
        });
    }

    [Test]
    public void PermissionsChangedAfterTheRuntimeIsCreated_DoNotReachIt()
    {
        var permissions = ScriptPermissions.Embedded;
        var runtime = new ScriptRuntime(new ScriptRuntimeSetup { ExecutionMode = mode, Permissions = permissions });
        permissions.AllowClr(typeof(Type));
        var scope = runtime.CreateScope();
        scope.SetVariable("g", new Gadget());
        var error = Assert.Throws<PyException>(() => runtime.GetEngine("python").Execute("g.GetType()", scope))!;
        Assert.That(error.FormatExceptionOnly(), Is.EqualTo("AttributeError: 'Gadget' object has no attribute 'GetType'"));
    }

    [Test]
    public void PermissionsAsANamedOption_AreApplied()
    {
        var engine = Python.CreateEngine(new Dictionary<string, object?>
        {
            ["ExecutionMode"] = mode,
            ["Permissions"] = ScriptPermissions.Embedded.AllowClr(typeof(Type)),
        });
        var scope = engine.CreateScope();
        scope.SetVariable("g", new Gadget());
        Assert.That(engine.Execute<string>("g.GetType().__name__", scope), Is.EqualTo("Gadget"));
    }

    [Test]
    public void NullPermissions_AreRefusedWhenTheRuntimeIsCreated() =>
        Assert.Throws<ArgumentNullException>(() => new ScriptRuntime(new ScriptRuntimeSetup { Permissions = null! }));
}
