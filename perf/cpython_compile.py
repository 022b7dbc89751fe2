#!/usr/bin/python3.11
"""CPython's compile() on the front-end benchmark's files: lines per second, per file and overall.

usage: perf/cpython_compile.py [DIR or FILE ...]   (default: the same directories as perf/frontend.sh)
       perf/cpython_compile.py $(perf/frontend.sh --list)   (exactly the files dlrc compiles)

compile() is CPython's whole front end and then some (tokenizer, PEG parser, symbol table and
bytecode), so it compares with dlrc's Compile column. Each file is compiled twice untimed, then in
three batches of at least 15 ms of CPU time (time.process_time, as perf/frontend.sh counts CPU time:
the machines are shared); the fastest batch's mean counts. Files that
do not compile (cases that expect a SyntaxError) are set aside, as there.
"""
import os
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIRS = ["tests/DlrClosures.Tests/Conformance/Cases", "tests/DlrClosures.Tests/Runtime/Cases",
                "docs/examples", "perf/workloads", "perf/frontend"]
BATCH = 0.015
MIN_LINES_LISTED = 100
MIN_LINES_FOR_SLOWEST = 50


def files_in(directories):
    for directory in directories:
        if os.path.isfile(directory):
            yield directory
            continue
        for root, _, names in os.walk(directory):
            for name in names:
                if name.endswith(".py"):
                    yield os.path.join(root, name)


def measure(path, text):
    compile(text, path, "exec")
    compile(text, path, "exec")
    best = float("inf")
    for _ in range(3):
        runs = 0
        start = time.process_time()
        while True:
            compile(text, path, "exec")
            runs += 1
            elapsed = time.process_time() - start
            if elapsed >= BATCH:
                break
        best = min(best, elapsed / runs)
    return best


def main(argv):
    directories = argv or [os.path.join(REPO, d) for d in DEFAULT_DIRS if os.path.isdir(os.path.join(REPO, d))]
    rows = []
    for path in sorted(files_in(directories)):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        try:
            compile(text, path, "exec")
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        lines = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
        rows.append((os.path.relpath(path, REPO), lines, measure(path, text)))
    print(f"CPython {sys.version.split()[0]} compile()")
    print("| file | lines | lines/s | ms |")
    print("|---|---|---|---|")
    for name, lines, seconds in rows:
        if lines >= MIN_LINES_LISTED:
            print(f"| {name} | {lines} | {lines / seconds:,.0f} | {seconds * 1000:.2f} |")
    total_lines = sum(r[1] for r in rows)
    total_seconds = sum(r[2] for r in rows)
    print(f"| **all {len(rows)} files** | {total_lines} | {total_lines / total_seconds:,.0f} | {total_seconds * 1000:.2f} |")
    large = [r for r in rows if r[1] >= MIN_LINES_FOR_SLOWEST]
    if large:
        name, lines, seconds = min(large, key=lambda r: r[1] / r[2])
        print(f"\nslowest file of {MIN_LINES_FOR_SLOWEST}+ lines: {name}, {lines / seconds:,.0f} lines/s")


if __name__ == "__main__":
    main(sys.argv[1:])
