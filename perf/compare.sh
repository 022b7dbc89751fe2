#!/usr/bin/env bash
# Whole-process comparison: each workload in perf/workloads run as its own process under CPython 3.11,
# PyPy 3 (when installed), `dlrc --engine compile` and `dlrc --engine interpret`, alternating, several
# runs each; prints a Markdown table of medians and ratios, plus start-up (print("hello")). Outputs
# must match CPython's.
#
# usage: perf/compare.sh [--runs N] [--build r2r|composite|jit] [--dlrc PATH] [--python PATH]
#                        [--pypy PATH] [--engines cpython,pypy,compile,interpret] [--details] [WORKLOAD ...]
#   --runs N      timed runs per engine and workload (default 5), after one untimed warm-up run
#   --build MODE  r2r (default): `dotnet publish` with ReadyToRun, framework-dependent, as dlrc ships;
#                 composite: self-contained, one composite ReadyToRun image of dlrc and the framework
#                 (the fastest start-up; about a minute of crossgen on two cores);
#                 jit: a plain `dotnet build`, everything compiled by the JIT at start-up
#   --dlrc PATH   use this dlrc instead of building one
#   --python PATH the CPython to compare with (default: Debian's /usr/bin/python3.11, else
#                 python3.11 on PATH, else python3)
#   --pypy PATH   the PyPy to show beside CPython, the fastest Python (default: pypy3 on PATH; on
#                 Debian `apt-get install pypy3`). Without one the PyPy column is left out and a
#                 note under the table says so (CI machines have none; CI does not run this script)
#   --engines     which columns to run (default: all four)
#   --details     also print every timed run
#   WORKLOAD      names from perf/workloads (default: the six closure workloads and the five dict
#                 workloads)
# Exits 1 when a dlrc engine fails or prints something other than CPython's output (the table is
# printed first, with the failure in its cell); a PyPy failure is only noted.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=r2r
dlrc=
python=
pypy=
pass=()
while (($#)); do
    case $1 in
        --build) build=$2; shift 2 ;;
        --dlrc) dlrc=$2; shift 2 ;;
        --python) python=$2; shift 2 ;;
        --pypy) pypy=$2; shift 2 ;;
        --runs | --engines) pass+=("$1" "$2"); shift 2 ;;
        *) pass+=("$1"); shift ;;
    esac
done

if [[ -z $python ]]; then
    # Debian's python3.11 is the optimised build (PGO and LTO); a pyenv shim first on PATH may not be.
    if [[ -x /usr/bin/python3.11 ]]; then python=/usr/bin/python3.11
    elif command -v python3.11 >/dev/null; then python=$(command -v python3.11)
    else python=$(command -v python3); fi
fi

if [[ -z $pypy ]] && command -v pypy3 >/dev/null; then pypy=$(command -v pypy3); fi

if [[ -n $dlrc ]]; then
    build="given: $dlrc"
else
    out=$(mktemp -d "${TMPDIR:-/tmp}/dlrc-perf.XXXXXX")
    # Each build gets its own intermediate files: a self-contained and a framework-dependent publish
    # of the same project would otherwise share obj/, and the second reuses the first's host files.
    artifacts=$(mktemp -d "${TMPDIR:-/tmp}/dlrc-perf-obj.XXXXXX")
    trap 'rm -rf "$out" "$artifacts"' EXIT
    echo "building dlrc ($build) into $out ..." >&2
    case $build in
        r2r) dotnet publish "$repo/src/DlrClosures.Cli" -c Release --use-current-runtime --self-contained false \
                 -p:PublishReadyToRun=true --artifacts-path "$artifacts" -o "$out" >"$out.log" 2>&1 || { cat "$out.log" >&2; exit 1; } ;;
        composite) dotnet publish "$repo/src/DlrClosures.Cli" -c Release --use-current-runtime -p:SelfContained=true \
                 --artifacts-path "$artifacts" -o "$out" >"$out.log" 2>&1 || { cat "$out.log" >&2; exit 1; } ;;
        jit) dotnet build "$repo/src/DlrClosures.Cli" -c Release --artifacts-path "$artifacts" -o "$out" >"$out.log" 2>&1 || { cat "$out.log" >&2; exit 1; } ;;
        *) echo "--build must be r2r, composite or jit" >&2; exit 2 ;;
    esac
    rm -f "$out.log"
    dlrc=$out/dlrc
fi

python3 "$repo/perf/compare.py" --workloads "$repo/perf/workloads" --python "$python" --pypy "$pypy" \
    --dlrc "$dlrc" --build "$build" "${pass[@]}"
