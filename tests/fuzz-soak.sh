#!/usr/bin/env bash
# The fuzz soak (issue 13, point 5): the mutation fuzzer of the test suite
# (tests/DlrClosures.Tests/Fuzzing) run for a given time instead of its bounded 1,200 inputs, on
# both engines, printing the histogram of outcomes. Inputs that end in anything but completion, a
# Python exception or a limit are saved under the test output folder's fuzz-failures/ and fail the
# run; if the process itself dies, the input that killed it is left in the trace file.
#
# usage: tests/fuzz-soak.sh [MINUTES] [SEED]      (defaults: 30 minutes, a seed from the clock)
set -euo pipefail
minutes=${1:-30}
seed=${2:-$(date +%s)}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
trace=$(mktemp --suffix=.py)
echo "fuzz soak: $minutes min, seed $seed; the input running is kept in $trace"
dotnet test "$repo/tests/DlrClosures.Tests" --filter "FullyQualifiedName~MutationFuzzTests" \
    --logger "console;verbosity=detailed" \
    -e DLRC_FUZZ_SECONDS=$((minutes * 60)) -e DLRC_FUZZ_SEED="$seed" -e DLRC_FUZZ_TRACE="$trace" \
    -- NUnit.DefaultTimeout=0 \
    | grep -v '^\s*$'
