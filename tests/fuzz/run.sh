#!/usr/bin/env bash
# Fuzzes the weights-file reader and the command-line parser, each for
# SECONDS seconds (default 60), starting from the committed seed inputs in
# tests/fuzz/corpus/NAME/. New inputs libFuzzer finds go to
# build-fuzz/corpus/NAME/ (never into the source tree); a finding is saved
# in build-fuzz/findings/ and ends this script with exit code 1.
#
#   bash tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
cmake --preset fuzz > /dev/null
cmake --build --preset fuzz
rm -rf build-fuzz/findings && mkdir -p build-fuzz/findings  # this run's findings only
for name in weights_file options; do
  mkdir -p "build-fuzz/corpus/$name" "build-fuzz/work/$name"
  echo "fuzzing $name for $seconds s"
  # Run in a folder of its own: the weights target writes its input there.
  (cd "build-fuzz/work/$name" &&
    "../../bin/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix=../../findings/"$name"- \
      "../../corpus/$name" "../../../tests/fuzz/corpus/$name") 2>&1 | tail -4 || true
done
# A "slow unit" is an input that once took more than 10 s. Run it again on its
# own: if it now ends within 5 s, the machine was busy, not the code slow (it is
# reported and set aside in build-fuzz/slow-once/); if not, it stays a finding.
for slow in build-fuzz/findings/*-slow-unit-*; do
  [ -e "$slow" ] || continue
  name=$(basename "$slow"); name=${name%%-slow-unit-*}
  if (cd "build-fuzz/work/$name" && timeout 5 "../../bin/fuzz_$name" "../../../$slow" > /dev/null 2>&1); then
    mkdir -p build-fuzz/slow-once && mv "$slow" build-fuzz/slow-once/
    echo "run.sh: $slow was slow once but ends within 5 s when run again: set aside in build-fuzz/slow-once/"
  fi
done
if [ -n "$(ls -A build-fuzz/findings)" ]; then
  echo "run.sh: libFuzzer found inputs that break the code: build-fuzz/findings/" >&2
  exit 1
fi
echo "run.sh: no findings"
