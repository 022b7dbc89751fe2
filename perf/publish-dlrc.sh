#!/usr/bin/env bash
# Publishes dlrc as it ships (framework-dependent ReadyToRun) into a new temporary directory and
# prints the path of the dlrc in it; the caller removes that directory (and its sibling .obj
# directory of intermediate files) when done. Used by perf/startup.sh and tests/run-programs.sh.
#
# usage: dlrc=$(perf/publish-dlrc.sh PREFIX)    # directories ${TMPDIR:-/tmp}/PREFIX.XXXXXX{,.obj}
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(mktemp -d "${TMPDIR:-/tmp}/${1:-dlrc}.XXXXXX")
# Its own intermediate files: another publish of the same project would otherwise share obj/.
mkdir "$out.obj"
echo "publishing dlrc (ReadyToRun) into $out ..." >&2
dotnet publish "$repo/src/DlrClosures.Cli" -c Release --use-current-runtime --self-contained false \
    -p:PublishReadyToRun=true --artifacts-path "$out.obj" -o "$out" >"$out.log" 2>&1 || { cat "$out.log" >&2; rm -rf "$out" "$out.obj" "$out.log"; exit 1; }
rm -f "$out.log"
echo "$out/dlrc"
