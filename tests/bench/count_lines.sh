#!/usr/bin/env bash
# Lines of lesson code versus infrastructure in common/, chapters/ and figures/
# (the redesign's measure), counting C++ sources and gnuplot scripts only.
# Lesson: the chapters' own files (not the student copies in exercises/, not
# the trained network's file format that lives beside chapter 5) and the
# headers they teach with (common/matrix.h, numpy_random.h, settings.h,
# todo.h, names.h). Infrastructure: everything else there: common/plumbing/
# (the command line and transcript, file formats), the network file, figure code.
# Usage: bash tests/bench/count_lines.sh [COMMIT]   (default: the work tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
commit=${1:-}
files() {  # every tracked file under common/, chapters/, figures/
  if [ -n "$commit" ]; then git ls-tree -r --name-only "$commit" -- common chapters figures
  else git ls-files -- common chapters figures; fi
}
lines() {  # number of lines of one file
  if [ -n "$commit" ]; then git show "$commit:$1" | wc -l; else wc -l < "$1"; fi
}
lesson=0 infrastructure=0
while read -r file; do
  case "$file" in
    */exercises/*) continue ;;
    *.h | *.cpp | *.gnuplot) ;;
    *) continue ;;  # CMakeLists.txt, data files
  esac
  case "$file" in
    chapters/*/network_file.*) infrastructure=$((infrastructure + $(lines "$file"))) ;;
    chapters/* | common/matrix.h | common/numpy_random.h | common/settings.h | common/todo.h | \
      common/names.h)
      lesson=$((lesson + $(lines "$file"))) ;;
    *) infrastructure=$((infrastructure + $(lines "$file"))) ;;
  esac
done < <(files)
awk -v l="$lesson" -v i="$infrastructure" -v c="${commit:-work tree}" \
  'BEGIN { printf "%s: lesson %d lines, infrastructure %d lines, ratio %.3f\n", c, l, i, l / i }'
