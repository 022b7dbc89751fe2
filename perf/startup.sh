#!/usr/bin/env bash
# Start-up: print("hello") and the programs of perf/frontend (350-430 lines each) under CPython 3.11 and a
# published dlrc (framework-dependent ReadyToRun, as dlrc ships), alternating; prints a Markdown table of
# medians: time to the first output, wall clock and CPU time. See perf/startup.py and docs/performance.md.
#
# usage: perf/startup.sh [--runs N] [--dlrc PATH]... [--python PATH] [PROGRAM ...]
#   --runs N      timed runs per engine and program (default 10), after one untimed run each
#   --dlrc PATH   use this dlrc instead of publishing one; give it more than once to compare builds
#   --python PATH the CPython to compare with (default: /usr/bin/python3.11, else python3.11, else python3)
#   PROGRAM       .py files to time besides hello (default: perf/frontend/*.py)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=10
dlrcs=()
python=
programs=()
while (($#)); do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --dlrc) dlrcs+=(--dlrc "$2"); shift 2 ;;
        --python) python=$2; shift 2 ;;
        *) programs+=("$1"); shift ;;
    esac
done
((${#programs[@]})) || programs=("$repo"/perf/frontend/*.py)

if [[ -z $python ]]; then
    if [[ -x /usr/bin/python3.11 ]]; then python=/usr/bin/python3.11
    elif command -v python3.11 >/dev/null; then python=$(command -v python3.11)
    else python=$(command -v python3); fi
fi

if ((${#dlrcs[@]} == 0)); then
    dlrc=$("$repo/perf/publish-dlrc.sh" dlrc-startup)
    trap 'rm -rf "$(dirname "$dlrc")" "$(dirname "$dlrc").obj"' EXIT
    dlrcs=(--dlrc "$dlrc")
fi

python3 "$repo/perf/startup.py" --python "$python" "${dlrcs[@]}" --runs "$runs" "${programs[@]}"
