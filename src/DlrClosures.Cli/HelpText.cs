namespace DlrClosures.Cli;

/// <summary>
/// What <c>dlrc -h</c> prints: CPython 3.11's <c>-h</c> text (<c>Python/initconfig.c</c> <c>usage_help</c>)
/// for the options dlrc supports, in its order and words, then dlrc's own.
/// </summary>
internal static class HelpText
{
    public const string Text =
        CommandLine.Usage + "\n" +
        "Options:\n" +
        "-c cmd : program passed in as string (terminates option list)\n" +
        "-h     : print this help message and exit (also -? or --help)\n" +
        "-i     : inspect interactively after running script; forces a prompt even\n" +
        "         if stdin does not appear to be a terminal\n" +
        "-m mod : run library module as a script (terminates option list);\n" +
        "         not available yet: dlrc has no import system\n" +
        "-q     : don't print version and copyright messages on interactive startup\n" +
        "-u     : force the stdout and stderr streams to be unbuffered;\n" +
        "         this option has no effect on stdin\n" +
        "-V     : print the version number and exit (also --version)\n" +
        "--engine compile|interpret:\n" +
        "         compile the program to IL (the default) or interpret its syntax tree\n" +
        "--time-limit SECONDS:\n" +
        "         stop the program when it runs longer (exit status 1)\n" +
        "-B, -E, -I, -P, -s, -S:\n" +
        "         accepted for python's command lines; no effect (dlrc has no import\n" +
        "         system, .pyc files, site module or environment variables of its own)\n" +
        "Arguments:\n" +
        "file   : program read from script file\n" +
        "-      : program read from stdin (default; interactive mode if a tty)\n" +
        "arg ...: arguments passed to program, untouched\n";
}
