namespace DlrClosures.Runtime.Generators;

/// <summary>CPython 3.11's words for the generator protocol (Objects/genobject.c).</summary>
internal static class GeneratorMessages
{
    public const string AlreadyExecuting = "generator already executing";

    public const string NonNoneToJustStarted = "can't send non-None value to a just-started generator";

    public const string IgnoredGeneratorExit = "generator ignored GeneratorExit";

    public const string RaisedStopIteration = "generator raised StopIteration";

    public const string ThrowNeedsException = "exceptions must be classes or instances deriving from BaseException, not {0}";

    public const string ThirdArgumentTraceback = "throw() third argument must be a traceback object";

    public const string NameMustBeString = "__name__ must be set to a string object";

    public const string QualNameMustBeString = "__qualname__ must be set to a string object";

    public const string InstanceWithValue = "instance exception may not have a separate value";
}
