#!/usr/bin/env bash
# Real programs (issue 9, "How it is checked"): every .py in DIR (and every DIR/**/main.py, a program of
# several files) run under CPython 3.11 and a published
# dlrc on both engines (--engine compile, --engine interpret), alternating; each dlrc run's stdout must
# equal CPython's byte for byte (and its last stderr line CPython's, when CPython ends in an error).
# Prints a Markdown table: program, lines, CPython's time, then per engine ok / differs (the first
# differing line) / error (its last stderr line) / timeout, its time and CPython's time divided by it;
# under it, the failures counted by first cause. Times are median process CPU time (user + system).
# The programs are written by others and stay outside the repository; see docs/performance.md.
#
# usage: tests/run-programs.sh DIR [--runs N] [--dlrc PATH] [--python PATH] [--timeout SECONDS]
#   --runs N        runs per engine and program (default 3); an engine that fails is not run again
#   --dlrc PATH     use this dlrc instead of publishing one (framework-dependent ReadyToRun, as dlrc
#                   ships) into a temporary directory
#   --python PATH   the CPython to compare with (default: /usr/bin/python3.11, else python3.11, else python3)
#   --timeout S     per run: a process still running after S seconds is killed (default 60)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=
dlrc=
python=
pass=()
while (($#)); do
    case $1 in
        --dlrc) dlrc=$2; shift 2 ;;
        --python) python=$2; shift 2 ;;
        --runs | --timeout) pass+=("$1" "$2"); shift 2 ;;
        -*) echo "run-programs: unknown option $1" >&2; exit 2 ;;
        *) [[ -z $dir ]] || { echo "run-programs: one DIR only" >&2; exit 2; }; dir=$1; shift ;;
    esac
done
[[ -n $dir && -d $dir ]] || { echo "usage: tests/run-programs.sh DIR [--runs N] [--dlrc PATH] [--python PATH] [--timeout SECONDS]" >&2; exit 2; }

if [[ -z $python ]]; then
    if [[ -x /usr/bin/python3.11 ]]; then python=/usr/bin/python3.11
    elif command -v python3.11 >/dev/null; then python=$(command -v python3.11)
    else python=$(command -v python3); fi
fi

if [[ -z $dlrc ]]; then
    dlrc=$("$repo/perf/publish-dlrc.sh" dlrc-programs)
    trap 'rm -rf "$(dirname "$dlrc")" "$(dirname "$dlrc").obj"' EXIT
fi

python3 "$repo/tests/run_programs.py" --python "$python" --dlrc "$dlrc" "${pass[@]}" "$dir"
