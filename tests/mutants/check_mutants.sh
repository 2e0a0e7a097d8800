#!/usr/bin/env bash
# Planted bugs the test suite must catch, anywhere in common/ or chapters/.
#
#   bash tests/mutants/check_mutants.sh [WORK_FOLDER]     (default: build-mutants/)
#
# Each tests/mutants/NAME.patch is one classic bug (a message that loses a
# promised fact, output computed from stale state, a validation check
# removed, a durability property faked). Its first lines say what it breaks
# and which tests must catch it:
#     Bug: the final loss is the last one logged, before the last update
#     Caught by: parity/seed3_lr1_epochs5/committed
# then comes the patch itself. (The exercises' own known bugs are in
# tests/exercises/mutants/ and run with every `ctest`.)
#
# This script copies the project into WORK_FOLDER/src, builds it once, checks
# that every catching test passes on the real code, then for each patch:
# applies it, rebuilds what it touched, runs the catching tests (they must
# fail), and copies the real files back. It ends with "N/N planted bugs caught"
# and exits 1 if any bug survived, a patch no longer applies or compiles, or
# a named test does not exist.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mkdir -p "${1:-$root/build-mutants}" && cd "${1:-$root/build-mutants}" && pwd)
src=$work/src
build=$work/build
logs=$work/logs
started=$(date +%s)

# A copy of the tracked files, so the reader's work tree is never patched.
rm -rf "$src" "$logs"
mkdir -p "$src" "$logs"
(cd "$root" && git ls-files -z | xargs -0 cp --parents -t "$src")
# (Light optimisation, no debug information: the copy is built about twenty
# times, and the numbers do not depend on it: -ffp-contract=off.)
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -DNDEBUG" \
  -DNN_BUILD_BOOK=OFF -DNN_EXERCISE_CHECKS=OFF > "$logs/configure.log"
cmake --build "$build" > "$logs/build.log"

# "a/b c/d" -> "^(a/b|c/d)$" for ctest -R (the names hold no other regex characters
# than '.', which then matches itself as well).
regex_for() { echo "^($(echo "$1" | tr ' ' '|'))\$"; }
caught_by() { sed -n 's/^Caught by: //p' "$1"; }

# The catching tests must pass on the real code, or catching means nothing.
all_tests=$(for patch in "$root"/tests/mutants/*.patch; do caught_by "$patch"; done | tr ' ' '\n' | sort -u | xargs)
if ! ctest --test-dir "$build" -R "$(regex_for "$all_tests")" > "$logs/unmutated.log" 2>&1; then
  echo "check_mutants: the catching tests fail on the unmutated code (see $logs/unmutated.log)" >&2
  exit 1
fi

total=0
caught=0
for patch in "$root"/tests/mutants/*.patch; do
  name=$(basename "$patch" .patch)
  tests=$(caught_by "$patch")
  total=$((total + 1))
  verdict=""
  if ! (cd "$src" && patch -p1 --quiet --no-backup-if-mismatch < "$patch") > "$logs/$name.patch.log" 2>&1; then
    verdict="PATCH DOES NOT APPLY: make the same bug in the new code and rewrite the patch"
  elif ! cmake --build "$build" > "$logs/$name.build.log" 2>&1; then
    verdict="DOES NOT COMPILE (see $logs/$name.build.log)"
  else
    listed=$(ctest --test-dir "$build" -N -R "$(regex_for "$tests")" | sed -n 's/^Total Tests: //p')
    if [ "$listed" != "$(echo "$tests" | wc -w)" ]; then
      verdict="A NAMED TEST DOES NOT EXIST: $tests"
    elif ctest --test-dir "$build" -R "$(regex_for "$tests")" > "$logs/$name.test.log" 2>&1; then
      verdict="SURVIVED: $tests passed with the bug in place"
    else
      verdict="caught by $tests"
      caught=$((caught + 1))
    fi
  fi
  # Back to the real code: the patched files copied again from the project.
  for file in $(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$patch"); do
    cp "$root/$file" "$src/$file"
  done
  printf '%-36s %s\n' "$name" "$verdict"
done
echo "$caught/$total planted bugs caught ($(($(date +%s) - started)) s)"
[ "$caught" -eq "$total" ]
