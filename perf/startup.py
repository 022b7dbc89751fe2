"""Start-up: how soon a program starts running, under CPython and dlrc; prints a Markdown table.

Called by perf/startup.sh, which builds dlrc. For each program, each engine runs it as a fresh process
RUNS times, engines alternating (A B A B ...) after one untimed run each, and the table gives medians of
  - first output: wall-clock time from fork to the first byte the program writes (stdout or stderr,
    one pipe). Python compiles a whole module before it runs any of it, so for a program whose first
    statement prints, this is start-up plus reading the whole file;
  - wall: the whole process, to its exit;
  - CPU: user + system time of the process (getrusage of the child): the figure to trust on a
    shared machine, where the wall clock also counts waiting for a core.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time


def run_once(command):
    """(seconds to first output or None, seconds to exit, CPU seconds) of one process."""
    read_end, write_end = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        os.dup2(write_end, 1)
        os.dup2(write_end, 2)
        os.execv(command[0], command)
    os.close(write_end)
    first = None
    while chunk := os.read(read_end, 65536):
        if first is None:
            first = time.perf_counter() - start
    os.close(read_end)
    _, _, usage = os.wait4(pid, 0)
    return first, time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--python", required=True)
    parser.add_argument("--dlrc", action="append", required=True,
                        help="a dlrc to time; give several to compare builds (they alternate too)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        hello = os.path.join(tmp, "hello.py")
        with open(hello, "w") as f:
            f.write('print("hello")\n')
        programs = [hello] + args.programs
        engines = [("CPython", [args.python])]
        for path in args.dlrc:
            name = "dlrc" if len(args.dlrc) == 1 else f"dlrc ({os.path.basename(os.path.dirname(os.path.abspath(path)))})"
            engines.append((name, [path]))
        print(f"{args.runs} runs each, medians; load average {os.getloadavg()[0]:.1f} at start\n")
        print("| program | lines | engine | first output | wall | CPU |")
        print("|---|---:|---|---:|---:|---:|")
        for program in programs:
            samples = {name: [] for name, _ in engines}
            for round_ in range(args.runs + 1):
                for name, command in engines:
                    result = run_once(command + [program])
                    if round_ > 0:
                        samples[name].append(result)
            with open(program) as f:
                lines = sum(1 for _ in f)
            title = "hello" if program == hello else os.path.basename(program)
            for name, _ in engines:
                cells = []
                for index in range(3):
                    values = [s[index] for s in samples[name] if s[index] is not None]
                    cells.append(f"{statistics.median(values) * 1000:.0f} ms" if values else "(no output)")
                print(f"| {title} | {lines} | {name} | {' | '.join(cells)} |", flush=True)
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    sys.exit(main())
