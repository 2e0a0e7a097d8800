#!/usr/bin/env bash
# Every stub can be finished by writing only its marked body: copies the
# project to build-solvable/, pastes each reference solution's marked region
# (tests/exercises/exercises.txt) into the student's file there, builds the
# exercises preset and requires every exercise done. Nothing in chapters/ is
# touched. Run by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
copy=build-solvable
rm -rf "$copy"
mkdir -p "$copy"
git ls-files -z | xargs -0 cp --parents -t "$copy"
python3 - "$copy" <<'PY'
import sys
root = sys.argv[1]
for line in open(f"{root}/tests/exercises/exercises.txt", encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    number, name, file, region = line.split()[:4]
    folder, file_name = file.rsplit("/", 1)
    marker = f"//! [{region}]"
    def region_of(text):
        return text[text.find(marker):text.rfind(marker) + len(marker)]
    solution = region_of(open(f"{root}/chapters/{file}", encoding="utf-8").read())
    student_path = f"{root}/chapters/{folder}/exercises/{file_name}"
    student = open(student_path, encoding="utf-8").read()
    open(student_path, "w", encoding="utf-8").write(student.replace(region_of(student), solution))
PY
exercises=$(grep -c '^[0-9]' tests/exercises/exercises.txt)
(cd "$copy" && cmake --workflow --preset exercises) | tee "$copy/report.txt" | grep -E "exercises done|tests passed|error"
grep -q "^$exercises/$exercises exercises done\$" "$copy/report.txt" || {
  echo "check_solvable: the reference bodies pasted into the student files do not make" \
       "$exercises/$exercises exercises pass (see $copy/report.txt)" >&2
  exit 1
}
