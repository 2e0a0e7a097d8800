#!/usr/bin/env bash
# Instructions per epoch of each of chapter 9's trainers, counted by valgrind's
# callgrind (the book's machine, a virtual one, has no hardware counters for
# `perf stat`), and page faults counted by /usr/bin/time (GNU time). Writes
# docs/measurements/chapter9_profile.txt.
#
# valgrind 3.19 cannot run AVX-512 instructions, so the trainers are counted in
# a build of their own for AVX2 (-march=x86-64-v3, build-profile/), which this
# script configures and builds; the times on the page are the native build's.
# Usage: bash tests/bench/profile_chapter9.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build-profile
program=$build/bin/profile_step
out=docs/measurements/chapter9_profile.txt
command -v valgrind > /dev/null || { echo "profile_chapter9: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O3 -g -DNDEBUG" \
  -DNN_NATIVE=OFF -DCMAKE_CXX_FLAGS=-march=x86-64-v3 -DNN_BUILD_BOOK=OFF > /dev/null
cmake --build "$build" --target profile_step > /dev/null
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# total TRAINER HIDDEN BATCH EPOCHS: instructions of the whole run. (OpenMP's
# threads wait for work by sleeping, not by spinning, so that only work is counted.)
total() {
  OMP_WAIT_POLICY=passive valgrind --tool=callgrind --callgrind-out-file="$scratch/cg" "$program" "$@" > /dev/null 2>&1
  callgrind_annotate "$scratch/cg" 2> /dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}

# instructions TRAINER HIDDEN BATCH EPOCHS: per epoch, from a run of 2 x EPOCHS
# minus a run of EPOCHS (what is not training, e.g. starting up, cancels out)
instructions() {
  local once twice
  once=$(total "$1" "$2" "$3" "$4")
  twice=$(total "$1" "$2" "$3" "$(($4 * 2))")
  awk -v a="$once" -v b="$twice" -v e="$4" 'BEGIN { printf "%.0f", (b - a) / e }'
}

# faults TRAINER HIDDEN BATCH EPOCHS: page faults of the whole run, per epoch
faults() {
  /usr/bin/time -f "%R" -o "$scratch/time" "$program" "$@" > /dev/null
  awk -v e="$4" '{ printf "%.2f", $1 / e }' "$scratch/time"
}

{
  echo "# chapter 9's trainers, counted: tests/bench/profile_chapter9.sh ($(date -u +%Y-%m-%d))"
  echo "# instructions: per epoch, (run of 2E epochs - run of E epochs) / E (callgrind, AVX2 build)"
  echo "# page faults: minor faults of the whole run, per epoch (/usr/bin/time)"
  for size in "4 4 2000 40000" "256 1024 2 20"; do
    read -r hidden batch epochs_cg epochs_faults <<< "$size"
    echo
    echo "hidden $hidden, batch $batch:"
    printf "  %-10s %16s %12s\n" trainer instructions "page faults"
    for trainer in readable workspace fused vector threads; do
      printf "  %-10s %16s %12s\n" "$trainer" "$(instructions "$trainer" "$hidden" "$batch" "$epochs_cg")" \
        "$(faults "$trainer" "$hidden" "$batch" "$epochs_faults")"
    done
  done
} > "$out"
cat "$out"
