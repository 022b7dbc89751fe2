# Runs many programs in one CPython process, for the differential fuzzer (GeneratedProgramTests):
# reads a JSON list of sources on stdin and writes, for each, a JSON object with what it printed
# ("stdout"), the last line of its exception or null ("error"), and whether it ran out of time
# ("timeout": a program the generator should not have made, skipped by the comparison).
# Each program runs as a fresh __main__ module: its own globals, print captured in a StringIO.
import io
import json
import signal
import sys


class _Timeout(BaseException):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def run(source, seconds):
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    error = None
    timeout = False
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        exec(compile(source, "<fuzz>", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
    except _Timeout:
        timeout = True
    except BaseException as e:
        # What the interpreter prints for an uncaught exception after the traceback (and, for a
        # syntax error, after the lines that point at it): "Type: message", the message possibly
        # over several lines. Not traceback.format_exception_only: in 3.11 only the
        # interpreter's own display adds "Did you mean: ...?" to a NameError (from the frames of
        # the traceback). Shown without the exceptions it was raised during.
        e.__cause__ = e.__context__ = None
        report = io.StringIO()
        sys.stderr, saved_err = report, sys.stderr
        try:
            sys.__excepthook__(type(e), e, e.__traceback__)
        finally:
            sys.stderr = saved_err
        lines = report.getvalue().rstrip("\n").split("\n")
        if lines[0].startswith("Traceback"):
            lines.pop(0)
        while len(lines) > 1 and lines[0].startswith(" "):
            lines.pop(0)
        error = "\n".join(lines)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout = saved
    return {"stdout": out.getvalue(), "error": error, "timeout": timeout}


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    sources = json.load(sys.stdin)
    results = [run(source, seconds) for source in sources]
    sys.stdout.write(json.dumps(results))


main()
