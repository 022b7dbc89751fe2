"""Times whole-process runs of the perf workloads under CPython, PyPy and dlrc; prints a Markdown table.

Called by perf/compare.sh, which picks the CPython (and the PyPy, when there is one) and builds dlrc. Every run is a fresh process
timed with time.perf_counter() around subprocess.run (fork, exec, start-up, the program, exit).
Engines alternate within each round (A B C A B C ...), after one untimed warm-up run each, so slow
drifts of a shared machine hit all engines alike. Every run's stdout must equal CPython's. PyPy is
there to show the fastest Python beside CPython: its column is left out, with a note, when no PyPy
is given, and a PyPy failure is noted under the table but is not a failure of the comparison.
"""
import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

DEFAULT_WORKLOADS = ["fib_cell", "closure_factory", "counter", "compose", "memoize", "int_loop",
                     "dict_seq_ints", "dict_scattered_ints", "dict_tuples", "dict_words", "dict_churn"]
TIMEOUT_SECONDS = 300


class Engine:
    def __init__(self, key, title, command):
        self.key, self.title, self.command = key, title, command


def run_once(engine, path):
    """One process: (seconds, stdout, error or None)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(engine.command + [path], capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None, "", f"timed out after {TIMEOUT_SECONDS} s"
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        return elapsed, done.stdout, f"exit {done.returncode}: {lines[-1] if lines else '(no stderr)'}"
    return elapsed, done.stdout, None


def measure(engines, name, path, runs):
    """Samples per engine key, and a failure text per engine that failed or printed the wrong output."""
    samples = {e.key: [] for e in engines}
    failures = {}
    expected = None
    active = list(engines)
    for round_ in range(runs + 1):  # round 0 is the untimed warm-up
        for engine in list(active):
            elapsed, out, error = run_once(engine, path)
            if expected is None and error is None and engine.key == "cpython":
                expected = out
            if error is None and expected is not None and out != expected:
                error = f"WRONG OUTPUT {out.strip()[:60]!r}, CPython printed {expected.strip()[:60]!r}"
            if error is not None:
                failures[engine.key] = error
                active.remove(engine)
                print(f"  {name}: {engine.title} failed: {error}", file=sys.stderr)
                continue
            if round_ > 0:
                samples[engine.key].append(elapsed)
        print(f"  {name}: round {round_}/{runs} done", file=sys.stderr)
    return samples, failures


def fmt_time(seconds):
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.0f} ms"


def ratio(numerator, denominator):
    return f"{numerator / denominator:.2f}×" if numerator and denominator else "—"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workloads", required=True)
    parser.add_argument("--python", required=True)
    parser.add_argument("--dlrc", required=True)
    parser.add_argument("--pypy", default="", help="a PyPy 3 to time beside CPython; empty: no PyPy column")
    parser.add_argument("--build", default="r2r")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--engines", default="cpython,pypy,compile,interpret")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()

    python_version = subprocess.run([args.python, "--version"], capture_output=True, text=True).stdout.strip()
    notes = []
    all_engines = [
        Engine("cpython", f"CPython ({args.python})", [args.python]),
        Engine("pypy", f"PyPy ({args.pypy})", [args.pypy]),
        Engine("compile", "dlrc compile", [args.dlrc, "--engine", "compile"]),
        Engine("interpret", "dlrc interpret", [args.dlrc, "--engine", "interpret"]),
    ]
    wanted = args.engines.split(",")
    pypy_version = ""
    if "pypy" in wanted and not args.pypy:
        wanted.remove("pypy")
        notes.append("PyPy: not run, no pypy3 found (apt-get install pypy3, or give --pypy PATH)")
    elif "pypy" in wanted:
        pypy_version = subprocess.run([args.pypy, "--version"], capture_output=True, text=True).stdout.split("\n")[-2:]
        pypy_version = " ".join(line.strip() for line in pypy_version if line.strip())
    engines = [e for e in all_engines if e.key in wanted]
    if not engines or engines[0].key != "cpython":
        sys.exit("compare: CPython must be among the engines: its output is the reference")

    with tempfile.TemporaryDirectory() as tmp:
        hello = os.path.join(tmp, "hello.py")
        with open(hello, "w") as f:
            f.write('print("hello")\n')
        cases = [("hello (start-up)", hello)]
        for name in args.names or DEFAULT_WORKLOADS:
            path = os.path.join(args.workloads, name + ".py")
            if not os.path.isfile(path):
                sys.exit(f"compare: no workload {path}")
            cases.append((name, path))

        results = []
        for name, path in cases:
            print(f"{name} ...", file=sys.stderr)
            samples, failures = measure(engines, name, path, args.runs)
            if "cpython" in failures:
                sys.exit(f"compare: CPython itself failed on {name}: {failures['cpython']}")
            results.append((name, samples, failures))

    def cell(name, samples, failures, key):
        if key in failures:
            notes.append(f"{name}, {key}: {failures[key]}")
            return f"failed [{len(notes)}]"
        return fmt_time(statistics.median(samples[key])) if key in samples else "not run"

    print(f"Run {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')} on {platform.node()}: "
          f"{os.cpu_count()} cores, {python_version} ({args.python})"
          f"{f', {pypy_version} ({args.pypy})' if pypy_version else ''}, dlrc build {args.build}, "
          f"median of {args.runs} runs per cell (wall clock, whole process).")
    print()
    with_pypy = any(e.key == "pypy" for e in engines)
    pypy_head, pypy_rule = ("| PyPy ", "--:|") if with_pypy else ("", "")
    pypy_ratio_head, pypy_ratio_rule = ("| PyPy ÷ compile ", "--:|") if with_pypy else ("", "")
    print(f"| workload | CPython {pypy_head}| dlrc compile | dlrc interpret | CPython ÷ compile {pypy_ratio_head}"
          f"| interpret ÷ CPython | interpret ÷ compile |")
    print(f"|---|--:|{pypy_rule}--:|--:|--:|{pypy_ratio_rule}--:|--:|")
    for name, samples, failures in results:
        med = {k: statistics.median(v) for k, v in samples.items() if v and k not in failures}
        pypy_cell = f"| {cell(name, samples, failures, 'pypy')} " if with_pypy else ""
        pypy_ratio = f"| {ratio(med.get('pypy'), med.get('compile'))} " if with_pypy else ""
        print(f"| {name} | {cell(name, samples, failures, 'cpython')} {pypy_cell}| {cell(name, samples, failures, 'compile')} "
              f"| {cell(name, samples, failures, 'interpret')} "
              f"| {ratio(med.get('cpython'), med.get('compile'))} {pypy_ratio}"
              f"| {ratio(med.get('interpret'), med.get('cpython'))} "
              f"| {ratio(med.get('interpret'), med.get('compile'))} |")
    if notes:
        print()
        for i, note in enumerate(notes, 1):
            print(f"[{i}] {note}")
    if args.details:
        print()
        print("| workload | engine | runs (s) |")
        print("|---|---|---|")
        for name, samples, failures in results:
            for key, values in samples.items():
                if values:
                    print(f"| {name} | {key} | {' '.join(f'{v:.3f}' for v in values)} |")

    # PyPy is a reference point, not under test: only dlrc's failures fail the comparison.
    dlrc_notes = [n for n in notes if ", compile:" in n or ", interpret:" in n]
    wrong = [n for n in dlrc_notes if "WRONG OUTPUT" in n]
    if wrong:
        print("\ncompare: OUTPUTS DIFFER FROM CPython:\n  " + "\n  ".join(wrong), file=sys.stderr)
    if dlrc_notes:
        sys.exit(1)


if __name__ == "__main__":
    main()
