using DlrClosures.Hosting;

namespace DlrClosures.Cli;

/// <summary>
/// dlrc's command line, read the way CPython 3.11 reads its own (<c>Python/getopt.c</c> and
/// <c>Python/initconfig.c</c> <c>config_parse_cmdline</c>):
/// <c>dlrc [option] ... [-c cmd | -m mod | file | -] [arg] ...</c>.
/// <list type="number">
/// <item>Options come first. Short ones may be grouped (<c>-iu</c>); an option that takes an argument
/// takes the rest of its token or else the next token (<c>-cprint(1)</c>, <c>-c print(1)</c>).</item>
/// <item><c>-c</c> and <c>-m</c> end the option list; so does the first token that is not an option
/// (the script, or <c>-</c> for standard input), and <c>--</c>, after which the next token is the script.</item>
/// <item>Every token after that goes to the program untouched: no option parsing, no response files
/// (<c>dlrc s.py @alice -x</c> runs s.py).</item>
/// </list>
/// A malformed command line yields <see cref="Error"/>, CPython's words for it; the caller prints it
/// with the usage lines and exits 2.
/// </summary>
internal sealed record CommandLine
{
    /// <summary>The usage line of <c>-h</c> and of every command line error (CPython's, with our program name).</summary>
    public const string Usage = "usage: dlrc [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /// <summary>Program text given with <c>-c</c>.</summary>
    public string? Command { get; init; }

    /// <summary>The module named with <c>-m</c>, run from the current folder as <c>__main__</c>.</summary>
    public string? Module { get; init; }

    /// <summary>The script path; <c>-</c> means standard input.</summary>
    public string? Script { get; init; }

    /// <summary>What follows the program: the script's own arguments, as given.</summary>
    public IReadOnlyList<string> ProgramArguments { get; init; } = [];

    /// <summary><c>-i</c>: the interactive prompt after the program, even when stdin is not a terminal.</summary>
    public bool Inspect { get; init; }

    /// <summary><c>-u</c>: stdout and stderr unbuffered.</summary>
    public bool Unbuffered { get; init; }

    /// <summary><c>-q</c>: no banner at the interactive prompt.</summary>
    public bool Quiet { get; init; }

    /// <summary><c>-h</c>, <c>-?</c>, <c>--help</c>.</summary>
    public bool Help { get; init; }

    /// <summary><c>-V</c>, <c>--version</c>.</summary>
    public bool Version { get; init; }

    /// <summary><c>--engine compile|interpret</c>.</summary>
    public ExecutionMode Engine { get; init; } = ExecutionMode.Compile;

    /// <summary><c>--time-limit SECONDS</c>: the program's wall-clock limit (<see cref="ScriptRuntimeSetup.TimeLimit"/>), if any.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>A malformed command line: the message CPython prints before the usage lines.</summary>
    public string? Error { get; init; }

    /// <summary>The program comes from standard input: <c>-</c>, or no program named at all.</summary>
    public bool ReadsStandardInput => Command is null && Module is null && Script is null or "-";

    // CPython's options for its import system, .pyc files, site module and PYTHON* environment
    // variables (-E, and -I which implies it), none of which dlrc has: accepted so that command lines
    // written for python run unchanged.
    private const string NoEffectFlags = "BEIPsS";

    /// <summary>Reads <paramref name="args"/> (the process's arguments, without the program name).</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new CommandLine();
        int i = 0;
        while (i < args.Count)
        {
            string token = args[i];
            if (token == "--")
            {
                i++;
                break;
            }
            if (token.Length < 2 || token[0] != '-')
                break; // the script, or "-" for stdin
            if (token.StartsWith("--", StringComparison.Ordinal))
            {
                var (name, value) = SplitLong(token);
                switch (name)
                {
                    case "--help":
                        line = line with { Help = true };
                        break;
                    case "--version":
                        line = line with { Version = true };
                        break;
                    case "--engine":
                        if (value is null)
                        {
                            if (i + 1 >= args.Count) return Fail("Argument expected for the --engine option");
                            value = args[++i];
                        }
                        if (value is not ("compile" or "interpret"))
                            return Fail("--engine must be one of 'compile' or 'interpret'");
                        line = line with { Engine = value == "interpret" ? ExecutionMode.Interpret : ExecutionMode.Compile };
                        break;
                    case "--time-limit":
                        if (value is null)
                        {
                            if (i + 1 >= args.Count) return Fail("Argument expected for the --time-limit option");
                            value = args[++i];
                        }
                        if (!double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double seconds)
                            || !(seconds > 0) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
                            return Fail("--time-limit must be a positive number of seconds");
                        line = line with { TimeLimit = TimeSpan.FromSeconds(seconds) };
                        break;
                    default:
                        return Fail($"unknown option {token}");
                }
                i++;
                continue;
            }
            // A group of short options: -iu, -Ec CODE, -cCODE.
            for (int j = 1; j < token.Length; j++)
            {
                char flag = token[j];
                if (flag is 'c' or 'm')
                {
                    string argument;
                    if (j + 1 < token.Length) argument = token[(j + 1)..];
                    else if (i + 1 < args.Count) argument = args[++i];
                    else return Fail($"Argument expected for the -{flag} option");
                    line = flag == 'c' ? line with { Command = argument } : line with { Module = argument };
                    return line with { ProgramArguments = args.Skip(i + 1).ToArray() };
                }
                switch (flag)
                {
                    case 'h' or '?': line = line with { Help = true }; break;
                    case 'V': line = line with { Version = true }; break;
                    case 'i': line = line with { Inspect = true }; break;
                    case 'u': line = line with { Unbuffered = true }; break;
                    case 'q': line = line with { Quiet = true }; break;
                    default:
                        if (!NoEffectFlags.Contains(flag)) return Fail($"Unknown option: -{flag}");
                        break;
                }
            }
            i++;
        }
        if (i < args.Count)
            line = line with { Script = args[i], ProgramArguments = args.Skip(i + 1).ToArray() };
        return line;
    }

    private static (string Name, string? Value) SplitLong(string token)
    {
        int equals = token.IndexOf('=');
        return equals < 0 ? (token, null) : (token[..equals], token[(equals + 1)..]);
    }

    private static CommandLine Fail(string message) => new() { Error = message };
}
