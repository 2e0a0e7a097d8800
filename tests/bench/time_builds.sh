#!/usr/bin/env bash
# Times the three waits a reader meets, each from a fresh clone of this
# repository (so nothing is cached), and prints one line per figure:
#   1. configure + build everything (the default preset), fresh build folder;
#   2. the whole book (cmake --workflow --preset book), fresh build folder;
#   3. edit one exercise -> test verdict (cmake --workflow --preset exercises),
#      seven edits, median.
# Usage: bash tests/bench/time_builds.sh > docs/measurements/build_times.txt
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
git clone -q "$source_dir" "$scratch/clone"
cd "$scratch/clone"

seconds() {  # runs "$@" quietly, prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { print e - s }'
}

echo "measured $(date -u +%Y-%m-%d) on $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
full=$(seconds bash -c 'cmake --preset default && cmake --build build')
printf 'fresh configure + build of everything (default preset): %.1f s\n' "$full"
rm -rf build
book=$(seconds cmake --workflow --preset book)
printf 'fresh build of the whole book (book preset):            %.1f s\n' "$book"
seconds cmake --workflow --preset exercises > /dev/null
times=()
for i in 1 2 3 4 5 6 7; do
  echo "// edit $i" >> chapters/04_backprop/exercises/backprop.cpp
  times+=("$(seconds cmake --workflow --preset exercises)")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 4p)
printf 'edit one exercise -> verdict (exercises preset), median of 7: %.2f s\n' "$median"
