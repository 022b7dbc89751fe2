#!/usr/bin/env bash
# Regenerates the expected output of every conformance case and of the flagship example, and the
# ast.dump of every file of the grammar corpus.
#
# CPython 3.11 defines correct behaviour (STYLE.md, rule 4), so expectations are never written
# by hand: this script runs each program under python3 and records what it printed.
#
# For each <dir>/<name>.py (cases under tests/DlrClosures.Tests/Conformance/Cases/, plus
# docs/examples/*.py; in a case folder holding main.py, only main.py):
#   1. run `cd <dir> && python3 <name>.py` in a fixed environment;
#   2. write stdout, byte for byte, to <name>.out;
#   3. if the exit code is non-zero, write the LAST line of stderr (the `Type: message` line)
#      to <name>.err; otherwise delete a stale <name>.err.
#
# Usage: tests/regen-expected.sh            (from anywhere inside the repository)
#        PYTHON=/path/to/python3.11 tests/regen-expected.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cases_root="$repo_root/tests/DlrClosures.Tests/Conformance/Cases"
examples_root="$repo_root/docs/examples"
python="$(command -v "${PYTHON:-python3}" || true)"

# Expectations are only meaningful from the reference interpreter: refuse anything but 3.11.x.
version="$("$python" -c 'import sys; print("%s-%d.%d.%d" % ((sys.implementation.name,) + tuple(sys.version_info[:3])))' 2>/dev/null || true)"
case "$version" in
  cpython-3.11.*) version="${version#cpython-}" ;;
  *)
    echo "regen-expected: need CPython 3.11.x, but '${PYTHON:-python3}' is '${version:-not runnable}'" >&2
    echo "regen-expected: set PYTHON=/path/to/python3.11" >&2
    exit 2
    ;;
esac

# A fixed environment: deterministic hashing, UTF-8 output, no user site or startup file,
# no bytecode written next to the cases.
run_env=(env -i
  PATH="/usr/local/bin:/usr/bin:/bin"
  HOME="${HOME:-/tmp}"
  PYTHONHASHSEED=0
  PYTHONIOENCODING=utf-8
  LC_ALL=C.UTF-8
  PYTHONDONTWRITEBYTECODE=1
  PYTHONNOUSERSITE=1)

total=0
failing=0
regen_one() {
  local file="$1" dir name stem err_tmp rc
  dir="$(dirname "$file")"
  name="$(basename "$file")"
  stem="${name%.py}"
  err_tmp="$(mktemp)"
  set +e
  (cd "$dir" && "${run_env[@]}" "$python" "$name" >"$stem.out" 2>"$err_tmp" </dev/null)
  rc=$?
  set -e
  if [ "$rc" -ne 0 ]; then
    # Only the final `Type: message` line: tracebacks carry paths and carets that are
    # CPython's presentation, not behaviour we promise to reproduce.
    grep -v '^[[:space:]]*$' "$err_tmp" | tail -n 1 >"$dir/$stem.err"
    failing=$((failing + 1))
  else
    rm -f "$dir/$stem.err"
  fi
  rm -f "$err_tmp"
  total=$((total + 1))
}

# A case with modules of its own is a folder <topic>/<case>/ with main.py (the program) beside its
# modules and packages: only main.py is run (from its folder, so the modules are found as they
# are next to a script); the other .py files at or below such a folder are not cases.
is_case_module() {
  local file="$1" dir
  dir="$(dirname "$file")"
  while [ "${#dir}" -gt "${#cases_root}" ]; do
    if [ -f "$dir/main.py" ] && [ "$dir/main.py" != "$file" ]; then return 0; fi
    dir="$(dirname "$dir")"
  done
  return 1
}

while IFS= read -r -d '' file; do
  if is_case_module "$file"; then continue; fi
  regen_one "$file"
done < <(find "$cases_root" "$examples_root" -path "$examples_root/*/*" -prune -o -type f -name '*.py' -print0 2>/dev/null | sort -z)

echo "regen-expected: $total programs run with Python $version ($failing exit non-zero)"

# The grammar corpus: for each tests/DlrClosures.Tests/Parsing/Grammar/<name>.py, CPython's
# ast.dump of the file (parsed only, not compiled) in <name>.ast; GrammarCorpusTests compares the
# parser's tree with it.
grammar_root="$repo_root/tests/DlrClosures.Tests/Parsing/Grammar"
dumped=0
while IFS= read -r -d '' file; do
  "${run_env[@]}" "$python" -c 'import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1], encoding="utf-8").read())))' \
    "$file" >"${file%.py}.ast"
  dumped=$((dumped + 1))
done < <(find "$grammar_root" -type f -name '*.py' -print0 2>/dev/null | sort -z)
echo "regen-expected: $dumped grammar files dumped with ast.dump"
