namespace DlrClosures.Runtime.Functions;

/// <summary>
/// What <c>compile()</c> returns: a module body prepared for the engine, with the mode it was
/// compiled in ('exec', 'eval' or 'single'); <c>exec</c> and <c>eval</c> run it. Its Python type is <c>code</c>.
/// </summary>
internal sealed class PyModuleCode(PyCode code, string mode, string filename)
{
    public PyCode Code { get; } = code;

    public string Mode { get; } = mode;

    public string Filename { get; } = filename;
}
