"""Runs a directory of real programs under CPython and both dlrc engines; prints a Markdown table.

Called by tests/run-programs.sh, which picks the CPython and publishes dlrc. The programs are written
by others and kept outside the repository (issue 9, "How it is checked"): this measures how much real
Python runs, and how fast, without making any of it a test.

The programs are DIR/*.py and, for programs of several files, DIR/**/main.py (its directory holds
the program's own modules and packages; it is shown as NAME/main.py and its lines are those of every
.py under it). For each program, in name order, every engine (CPython, `dlrc --engine compile`, `dlrc --engine
interpret`) runs it as a fresh process RUNS times, engines alternating (A B C A B C ...), with stdin
from /dev/null and the program's directory as working directory:
  1. CPython's first run is the reference: its stdout, exit status and last stderr line (a program
     that ends in an uncaught exception is compared too). A program CPython does not finish within
     the time limit is reported and skipped.
  2. A dlrc run passes when its stdout equals CPython's byte for byte, its exit status is CPython's and,
     when CPython failed, its last stderr line is CPython's. The first run that does not pass is the
     engine's result (differs: the first differing line; error: its last stderr line; timeout); that
     engine is not run again on the program.
  3. Times are the median process CPU time (user + system, from wait4) of the runs, shown for
     passing engines only, with CPython's time divided by dlrc's (above 1: dlrc is faster).
The "stdlib" column names the standard-library modules a program imports (read from its import
statements with the ast module, against the CPython's sys.stdlib_module_names; `sys` and `__future__`
are part of the language DlrClosures has, so they are not listed): a program with none there needs
only the language and builtins, and the line under the table counts how many of those pass.
Under the table, failures are grouped by their first cause: the feature dlrc names in "X is not
supported by DlrClosures yet", otherwise the error's last line, "wrong output" or "timeout".
Exits 0 whatever the programs do: the table is the result.
"""
import argparse
import ast
import collections
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

NOT_SUPPORTED = re.compile(r"^SyntaxError: (.*?) (?:is|are) not supported by DlrClosures yet")


class Run:
    def __init__(self, stdout, stderr, status, cpu, timed_out=False):
        self.stdout, self.stderr, self.status, self.cpu, self.timed_out = stdout, stderr, status, cpu, timed_out

    @property
    def last_error_line(self):
        lines = [line for line in self.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
        return lines[-1].strip() if lines else ""


def run_once(command, program, timeout):
    """One process, stdout and stderr to files, reaped with wait4 for its CPU time; killed after timeout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command + [program], stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                   cwd=os.path.dirname(program))
        deadline = time.monotonic() + timeout
        timed_out = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                process.kill()
                _, status, usage = os.wait4(process.pid, 0)
                timed_out = True
                break
            time.sleep(0.002)
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        return Run(out.read(), err.read(), process.returncode, usage.ru_utime + usage.ru_stime, timed_out)


def first_difference(actual, expected):
    """'line N: got ... expected ...' for the first line where two outputs part."""
    got = actual.decode("utf-8", "replace").split("\n")
    want = expected.decode("utf-8", "replace").split("\n")
    for number, (a, b) in enumerate(zip(got, want), 1):
        if a != b:
            return f"line {number}: {a[:40]!r}, CPython {b[:40]!r}"
    shorter = min(len(got), len(want))
    if len(got) < len(want):
        return f"output ends after line {shorter - 1}; CPython goes on with {want[shorter - 1][:40]!r}"
    return f"output goes on after CPython's last line with {got[shorter][:40]!r}"


def verdict(run, reference, timeout):
    """(kind, detail): kind is ok, differs, error or timeout."""
    if run.timed_out:
        return "timeout", f"no exit within {timeout:g} s"
    if run.status != 0 and (run.status != reference.status or run.last_error_line != reference.last_error_line):
        return "error", run.last_error_line or f"exit status {run.status}, no stderr"
    if run.stdout != reference.stdout:
        return "differs", first_difference(run.stdout, reference.stdout)
    if run.status != reference.status:
        return "differs", f"exit status {run.status}, CPython {reference.status}: {reference.last_error_line}"
    return "ok", ""


def cause(kind, detail):
    """The group a failure is counted in: the first unsupported feature, or what went wrong."""
    if kind == "error":
        match = NOT_SUPPORTED.match(detail)
        if match:
            return match.group(1)
        return detail
    return {"differs": "wrong output", "timeout": "timeout"}[kind]


def fmt_time(seconds):
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.0f} ms"


def cell_text(text, limit=90):
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= limit else text[:limit - 1] + "…"


# Modules a program may import without needing the standard library issue: the language's own.
LANGUAGE_MODULES = {"sys", "__future__", "builtins"}


def program_files(program):
    """The .py files a program is made of: itself, or every .py under a multi-file program's directory."""
    if os.path.basename(program) != "main.py":
        return [program]
    root = os.path.dirname(program)
    return sorted(os.path.join(d, name) for d, _, names in os.walk(root) for name in names if name.endswith(".py"))


def multi_file_programs(folder):
    """DIR/**/main.py below DIR (not DIR/main.py itself, nor under harness/ or hidden directories): one per
    directory, whose subdirectories are then the program's own packages."""
    found = []
    for directory, subdirectories, names in os.walk(folder):
        if directory != folder and "main.py" in names:
            found.append(os.path.join(directory, "main.py"))
            subdirectories.clear()
            continue
        subdirectories[:] = [d for d in subdirectories if not d.startswith((".", "harness"))]
    return found


def stdlib_imports(files, stdlib_names):
    """The standard-library modules (top-level names) the files import, outside LANGUAGE_MODULES."""
    found = set()
    for path in files:
        with open(path, "rb") as f:
            try:
                tree = ast.parse(f.read(), path)
            except SyntaxError:
                continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            found.update(n.split(".")[0] for n in names if n.split(".")[0] in stdlib_names)
    # A module of the program's own (a file or package beside it) shadows a standard one of that name.
    root = os.path.dirname(files[0]) if len(files) == 1 else os.path.dirname(min(files, key=len))
    own = {name[:-3] if name.endswith(".py") else name for name in os.listdir(root)}
    return sorted(found - LANGUAGE_MODULES - own)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--python", required=True)
    parser.add_argument("--dlrc", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("directory")
    args = parser.parse_args()

    folder = os.path.abspath(args.directory)
    programs = sorted([os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".py")]
                      + multi_file_programs(folder))
    if not programs:
        sys.exit(f"run-programs: no .py files in {folder}")
    engines = [("CPython", [args.python]),
               ("compile", [args.dlrc, "--engine", "compile"]),
               ("interpret", [args.dlrc, "--engine", "interpret"])]
    dlrc_engines = [name for name, _ in engines[1:]]
    python_version = subprocess.run([args.python, "--version"], capture_output=True, text=True).stdout.strip()
    stdlib_names = set(subprocess.run([args.python, "-c", "import sys; print(*sys.stdlib_module_names)"],
                                      capture_output=True, text=True).stdout.split())
    load_start = os.getloadavg()[0]

    rows = []
    for program in programs:
        name = os.path.relpath(program, folder)
        files = program_files(program)
        lines = 0
        for path in files:
            with open(path, "rb") as f:
                lines += f.read().count(b"\n")
        stdlib = stdlib_imports(files, stdlib_names)
        samples = {engine: [] for engine, _ in engines}
        results = {}
        reference = None
        for round_ in range(args.runs):
            for engine, command in engines:
                if engine in results:
                    continue
                run = run_once(command, program, args.timeout)
                if engine == "CPython":
                    if run.timed_out:
                        results[engine] = ("timeout", f"no exit within {args.timeout:g} s")
                        break
                    reference = reference or run
                    samples[engine].append(run.cpu)
                    continue
                kind, detail = verdict(run, reference, args.timeout)
                if kind == "ok":
                    samples[engine].append(run.cpu)
                else:
                    results[engine] = (kind, detail)
            if "CPython" in results:
                break
        medians = {engine: statistics.median(values) for engine, values in samples.items() if values}
        rows.append((name, lines, stdlib, reference, results, medians))
        if "CPython" in results:
            print(f"  {name}: CPython {results['CPython'][0]}, dlrc not run", file=sys.stderr)
            continue
        for engine in dlrc_engines:
            results.setdefault(engine, ("ok", ""))
        summary = ", ".join(f"{engine} {results[engine][0]}" for engine in dlrc_engines)
        print(f"  {name}: {summary}", file=sys.stderr)

    print(f"Run {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')} on {platform.node()}: {os.cpu_count()} cores, "
          f"load average {load_start:.1f} at start and {os.getloadavg()[0]:.1f} at the end; {python_version} "
          f"({args.python}), dlrc {args.dlrc}; median process CPU time (user + system) of {args.runs} runs; "
          f"ratio = CPython's time / dlrc's (above 1: dlrc is faster).")
    print()
    print("| program | lines | stdlib | CPython | compile | time | CPython/compile | interpret | time | CPython/interpret |")
    print("|---|--:|---|--:|---|--:|--:|---|--:|--:|")
    causes = {engine: collections.Counter() for engine in dlrc_engines}
    passed = collections.Counter()
    language_only = 0
    language_passed = collections.Counter()
    for name, lines, stdlib, reference, results, medians in rows:
        needs = ", ".join(stdlib) or "—"
        if "CPython" in results:
            print(f"| {name} | {lines} | {needs} | CPython: {cell_text(results['CPython'][1])} | | | | | | |")
            continue
        language_only += not stdlib
        cells = []
        for engine in dlrc_engines:
            kind, detail = results[engine]
            if kind == "ok":
                passed[engine] += 1
                language_passed[engine] += not stdlib
                cells += ["ok", fmt_time(medians[engine]), f"{medians['CPython'] / medians[engine]:.2f}"]
            else:
                causes[engine][cause(kind, detail)] += 1
                cells += [cell_text(f"{kind}: {detail}"), "", ""]
        exit_note = f" (exit {reference.status})" if reference.status else ""
        print(f"| {name} | {lines} | {needs} | {fmt_time(medians['CPython'])}{exit_note} | {' | '.join(cells)} |")
    print()
    counted = sum(1 for row in rows if "CPython" not in row[4])
    print(f"Passing: {', '.join(f'{engine} {passed[engine]} of {counted}' for engine in dlrc_engines)}; "
          f"of the {language_only} that need only the language and builtins: "
          f"{', '.join(f'{engine} {language_passed[engine]}' for engine in dlrc_engines)}.")
    print()
    print("| first cause of failure | compile | interpret |")
    print("|---|--:|--:|")
    for reason in sorted(set().union(*causes.values()), key=lambda r: (-sum(c[r] for c in causes.values()), r)):
        print(f"| {cell_text(reason, 70)} | {' | '.join(str(causes[engine][reason]) for engine in dlrc_engines)} |")


if __name__ == "__main__":
    main()
