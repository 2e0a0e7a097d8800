#!/usr/bin/env python3
"""Checks what the student's progress report (report.py) prints, on programs
whose failures are known: the exercise tests built with one stub (exercise 4
left undone) or one planted bug (tests/exercises/mutants/).

    check_report.py blocked REPORT_ARGS...   exercise 16 on a build where exercise 4 is a stub:
                                             the report names exercise 4, the table says "needs 4"
    check_report.py short N REPORT_ARGS...   exercise N on a build with a planted bug: every
                                             failed check at most 20 lines, none of Catch2's
                                             own lines, a first and a largest difference

REPORT_ARGS are report.py's own (--tests ... --list ... --catch2-flags=...).
"""

import os
import subprocess
import sys

REPORT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "report.py")
CATCH2_OWN = ("~~~~~~", "Catch v", "host application", "Run with -?", "due to unexpected exception",
              "FAILED:", "with messages:", "test cases:", "assertions:", ".cpp:")


def report(exercise, args):
    env = dict(os.environ, NN_EXERCISE=str(exercise), NN_HINT="1")
    result = subprocess.run([sys.executable, REPORT, *args], env=env, capture_output=True,
                            text=True, check=False)
    if result.returncode not in (0, 1) or result.stderr:
        sys.exit(f"report.py failed ({result.returncode}): {result.stderr}")
    return result.stdout


def main():
    mode, problems = sys.argv[1], []
    if mode == "blocked":
        out = report(16, sys.argv[2:])
        wanted = ("deep_forward cannot be checked yet: it calls your dense_forward (exercise 4), "
                  "which is not done yet")
        if wanted not in out:
            problems.append(f"no sentence '{wanted}'")
        rows = [line for line in out.splitlines() if line.split()[:2] == ["16", "deep_forward"]]
        if not rows or "needs 4" not in rows[0]:
            problems.append(f"table row of exercise 16 is {rows}, not 'needs 4'")
    else:
        exercise, out = int(sys.argv[2]), report(int(sys.argv[2]), sys.argv[3:])
        message = out.split("\n  #  exercise")[0]
        failures = [block for block in message.split("\n\n")[2:] if block.strip()]
        if not failures:
            problems.append("no failed check shown")
        for block in failures:
            if len(block.splitlines()) > 20:
                problems.append(f"a failure of {len(block.splitlines())} lines:\n{block}")
        for line in message.splitlines():
            if any(own in line for own in CATCH2_OWN):
                problems.append(f"Catch2's own line shown: {line}")
        if not ("first difference at (" in message and "largest difference " in message or
                ": got " in message and "(difference " in message):
            problems.append("no line with the first and the largest difference, nor one "
                            "number got and expected")
    if problems:
        print(out)
        sys.exit("check_report.py: " + "\n".join(problems))
    print(out)
    print(f"check_report.py {mode}: as expected")


if __name__ == "__main__":
    main()
