#!/usr/bin/env bash
# The front end's quick table: lines per second and bytes allocated per line for each stage
# (tokenize, parse, scopes, bind, lower, the whole ScriptSource.Compile()), warm, per file of 100+ lines
# and over the whole corpus. For BenchmarkDotNet's precise figures:
#   dotnet run -c Release --project perf/DlrClosures.Benchmarks -- --filter '*FrontEnd*'
# CPython's compile() on the same files: perf/cpython_compile.py [DIR ...]
#
# usage: perf/frontend.sh [--all|--list] [DIR ...]
#   --all   list every file, not only those of 100 lines or more
#   --list  only print the paths of the files measured (those dlrc compiles), for perf/cpython_compile.py
#   DIR     directories of .py files (default: tests/**/Cases, docs/examples, perf/workloads, perf/frontend)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dotnet build "$repo/perf/DlrClosures.Benchmarks" -c Release -v q -nologo >/dev/null
exec dotnet "$repo/perf/DlrClosures.Benchmarks/bin/Release/net10.0/DlrClosures.Benchmarks.dll" frontend "$@"
