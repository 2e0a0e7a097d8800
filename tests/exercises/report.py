#!/usr/bin/env python3
"""The student's progress report: runs each exercise's test on its own and
prints, for the first exercise not yet done, what its test says, then a table
and a progress line "M/N exercises done" (last, so they stay on screen).

    report.py --tests build-exercises/bin/exercise_tests --list tests/exercises/exercises.txt \
              --catch2-flags="--warn NoTests"      (Catch2 v2; v3: --warn UnmatchedTestSpec)
    report.py ... --hint 2      (more hints: 1 = a nudge, 2 = the formula, 3 = the shapes)

Each exercise runs in its own process, all of them side by side under one
time limit, so an exercise that crashes or loops forever fails alone, the
others are still judged, and the verdict never takes longer than the limit.
Exit status: 0 when every exercise is done, 1 otherwise (0 with --always-succeed,
which the exercises build uses to print the table after every build).
"""

import argparse
import concurrent.futures
import os
import shlex
import subprocess
import sys

TIME_LIMIT = 20  # seconds for all exercises together; a correct one takes well under 1
HINT_LEVELS = ("1", "2", "3")


def read_exercises(path):
    exercises = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            number, name, file, _region, page, section, _stub = line.split()
            exercises.append({"number": int(number), "name": name, "file": file,
                              "chapter": int(file[:2]), "page": page,
                              "section": section.replace("_", " ")})
    return exercises


def run(tests, catch2_flags, exercise, hint):
    test_name = f"exercise/{exercise['number']:02d}_{exercise['name']}"
    env = dict(os.environ, NN_HINT=str(hint))
    try:
        result = subprocess.run([tests, *catch2_flags, test_name], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                timeout=TIME_LIMIT, check=False)
    except subprocess.TimeoutExpired:
        return "TIMED OUT", f"exercise {exercise['name']} ran for more than {TIME_LIMIT} s: " \
                            "is there a loop that never ends?"
    output = shown_once(result.stdout.decode("utf-8", "replace"))
    if result.returncode < 0:
        return "CRASHED", output + f"\n(the test process was killed by signal {-result.returncode})"
    # Before the exit code: without the right --catch2-flags, Catch2 v2 exits 0
    # on a name that matches nothing.
    if "No test cases matched" in output or "No tests ran" in output:
        return "NO TEST", output
    if result.returncode == 0:
        return "done", output
    if "is not done yet" in output:
        return "todo", output
    return "FAILING", output


def shown_once(output):
    """The test output with the exercise's explanation (its "Exercise N, ..."
    line, its hints, and a last line starting with "(") kept only where it
    first appears: Catch2 repeats it with every failed check."""
    lines = output.splitlines()
    start = next((i for i, line in enumerate(lines)
                  if line.lstrip().startswith("Exercise ") and "read the book page" in line), None)
    if start is None:
        return output
    end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("(")),
               None)
    if end is None:
        return output
    block = lines[start:end + 1]
    kept, i = lines[:end + 1], end + 1
    while i < len(lines):
        if lines[i:i + len(block)] == block:
            i += len(block)
        else:
            kept.append(lines[i])
            i += 1
    return "\n".join(kept) + "\n"


def hint_level(text):
    """NN_HINT, checked: 1, 2 or 3, or one line saying what is wrong."""
    if text.strip() not in HINT_LEVELS:
        sys.exit(f"report.py: NN_HINT must be 1, 2 or 3 (how many hints to show), got '{text}'")
    return int(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", required=True, help="the exercise_tests program")
    parser.add_argument("--list", required=True, help="tests/exercises/exercises.txt")
    parser.add_argument("--catch2-flags", required=True,
                        help="what makes an unknown test name fail with the Catch2 the tests "
                             "were built with: '--warn NoTests' (v2) or "
                             "'--warn UnmatchedTestSpec' (v3); CMake passes the right one")
    parser.add_argument("--hint", type=hint_level, default=os.environ.get("NN_HINT", "1"))
    parser.add_argument("--always-succeed", action="store_true",
                        help="exit 0 even when exercises are unfinished (for the build)")
    args = parser.parse_args()

    exercises = read_exercises(args.list)
    catch2_flags = shlex.split(args.catch2_flags)
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(exercises)) as pool:
        verdicts = pool.map(lambda e: run(args.tests, catch2_flags, e, args.hint), exercises)
        results = [(exercise, *verdict) for exercise, verdict in zip(exercises, verdicts)]

    # What the first unfinished exercise's test says comes first, the table
    # last, so that the table is what stays on the screen.
    unfinished = [(exercise, output) for exercise, status, output in results if status != "done"]
    if unfinished:
        exercise, output = unfinished[0]
        print(f"\nThe test of exercise {exercise['number']}, {exercise['name']}, says:\n")
        print(output.strip())

    print(f"\n {'#':>2}  {'exercise':<20} {'chapter':>7}  {'status':<9} file to edit")
    for exercise, status, _ in results:
        folder, name = os.path.split(exercise["file"])
        print(f" {exercise['number']:>2}  {exercise['name']:<20} {exercise['chapter']:>7}  "
              f"{status:<9} chapters/{folder}/exercises/{name}")
    done = sum(1 for _, status, _ in results if status == "done")
    print(f"\n{done}/{len(results)} exercises done")
    if not unfinished:
        print("Every exercise passes: the programs in ./build-exercises/bin/ now run your code.")
        return 0
    exercise, _ = unfinished[0]
    print(f"Next: exercise {exercise['number']}, {exercise['name']} "
          f"(book page {exercise['page']}.html, section \"{exercise['section']}\"); "
          "what its test says is above the table.")
    return 0 if args.always_succeed else 1


if __name__ == "__main__":
    sys.exit(main())
