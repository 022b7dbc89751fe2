#!/usr/bin/env bash
# The fuzz soaks (issue 13, point 5), run for a given time instead of the test suite's bounded
# runs, on both engines, printing the histogram of outcomes.
#
# Default: the mutation fuzzer (tests/DlrClosures.Tests/Fuzzing/MutationFuzzTests). Inputs that end
# in anything but completion, a Python exception or a limit are saved under the test output
# folder's fuzz-failures/ and fail the run; if the process itself dies, the input that killed it
# is left in the trace file.
#
# --generated: the differential fuzzer (Fuzzing/GeneratedProgramTests): random well-formed programs
# run under CPython 3.11 and both engines, batch after batch (a new seed per batch of 200); any
# difference in stdout or the last error line is shrunk and printed, and fails the run.
#
# usage: tests/fuzz-soak.sh [--generated] [MINUTES] [SEED]   (defaults: 30 minutes, a seed from the clock)
set -euo pipefail
test=MutationFuzzTests
if [[ ${1:-} == --generated ]]; then
    test=GeneratedProgramTests.EveryGeneratedProgram_PrintsWhatCPythonPrints
    shift
fi
minutes=${1:-30}
seed=${2:-$(date +%s)}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
trace=$(mktemp --suffix=.py)
echo "fuzz soak ($test): $minutes min, seed $seed; the input running is kept in $trace"
dotnet test "$repo/tests/DlrClosures.Tests" --filter "FullyQualifiedName~$test" \
    --logger "console;verbosity=detailed" \
    -e DLRC_FUZZ_SECONDS=$((minutes * 60)) -e DLRC_FUZZ_SEED="$seed" -e DLRC_FUZZ_TRACE="$trace" \
    -- NUnit.DefaultTimeout=0 \
    | grep -v '^\s*$'
