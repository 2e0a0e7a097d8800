"""The student's progress report: runs each exercise's test on its own and
prints, for the first exercise not yet done, what its test says, then a table
and a progress line "M/N exercises done" (last, so they stay on screen).

    report.py --tests build-exercises/bin/exercise_tests --list tests/exercises/exercises.txt \
              --catch2-flags="--warn NoTests"      (Catch2 v2; v3: --warn UnmatchedTestSpec)
    report.py ... --hint 2      (more hints: 1 = a nudge, 2 = the formula, 3 = the shapes)
    report.py ... --exercise 16 (that exercise's whole message, whatever comes first)

NN_HINT and NN_EXERCISE in the environment do the same as --hint and
--exercise (so that `NN_EXERCISE=16 cmake --workflow --preset exercises` works).

Each exercise runs in its own process, all of them side by side under one
time limit, so an exercise that crashes or loops forever fails alone, the
others are still judged, and the verdict never takes longer than the limit.
The tests report in Catch2's XML (the same in Catch2 v2 and v3), which this
script turns into the few lines a student needs: the exercise, where to read,
the hints, and each failed check on its own lines, never wrapped; Catch2's
banner and its file:line bookkeeping stay out of the way.
Exit status: 0 when every exercise is done, 1 otherwise (0 with --always-succeed,
which the exercises build uses to print the table after every build).
"""

import argparse
import concurrent.futures
import os
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

TIME_LIMIT = 20  # seconds for all exercises together; a correct one takes well under 1
HINT_LEVELS = ("1", "2", "3")
SHOWN_FAILURES = 3  # failed checks shown in full; the rest are counted (all with --exercise)
NOT_DONE = re.compile(r"exercise '(\w+)' is not done yet")


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


def owner(todo_name, exercises):
    """The exercise whose stub says todo("todo_name"): tanh_forward is exercise 14, tanh."""
    for exercise in exercises:
        if todo_name == exercise["name"] or todo_name.startswith(exercise["name"] + "_"):
            return exercise
    return None


def read_xml(path):
    """What Catch2's XML reporter wrote: (explanation, [failed check, ...]).
    The explanation is the exercise's first <Info> (exercise_check.h); each
    failure is its other <Info> lines, then what failed. A report cut short
    by a crash is read as far as it goes."""
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "", []
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        # Cut short by a crash: close what is open (Catch2 v2's Catch and
        # Group, v3's Catch2TestRun, and the TestCase), so that the rest can be read.
        for tag in ("TestCase", "Group", "Catch", "Catch2TestRun"):
            if re.search(f"<{tag}[ >]", text) and f"</{tag}>" not in text:
                text += f"</{tag}>"
        try:
            root = ET.fromstring(text)
        except ET.ParseError:
            return "", []
    explanation, failures = "", []
    for case in root.iter("TestCase"):
        infos = []
        for node in case.iter():
            content = "\n".join(line.strip() for line in (node.text or "").strip().splitlines())
            if node.tag == "Info":
                if content.startswith("Exercise "):
                    explanation = explanation or content
                else:
                    infos.append(content)
            elif node.tag == "Expression" and node.get("success") == "false":
                original = (node.findtext("Original") or "").strip()
                expanded = (node.findtext("Expanded") or "").strip()
                check = f"{node.get('type', 'CHECK')}({original})"
                if expanded and expanded != original:
                    check += f", with the values: {expanded}"
                failures.append(infos + [check + " is false"])
                infos = []
            elif node.tag in ("Failure", "Exception", "FatalErrorCondition"):
                if node.tag == "FatalErrorCondition":
                    content = f"the program crashed: {content}"
                failures.append(infos + [content])
                infos = []
    return explanation, failures


def run(tests, catch2_flags, exercise, hint, exercises):
    """(status, explanation, failures) of one exercise; status is done, todo,
    needs N (an earlier exercise is still a stub), FAILING, CRASHED, TIMED OUT
    or NO TEST."""
    test_name = f"exercise/{exercise['number']:02d}_{exercise['name']}"
    env = dict(os.environ, NN_HINT=str(hint))
    with tempfile.TemporaryDirectory() as folder:
        xml = os.path.join(folder, "report.xml")
        try:
            result = subprocess.run([tests, *catch2_flags, "--reporter", "xml", "--out", xml,
                                     test_name], env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, timeout=TIME_LIMIT, check=False)
        except subprocess.TimeoutExpired:
            return "TIMED OUT", "", [[f"exercise {exercise['name']} ran for more than "
                                      f"{TIME_LIMIT} s: is there a loop that never ends?"]]
        explanation, failures = read_xml(xml)
        raw = pathlib.Path(xml).read_text(errors="replace") if os.path.exists(xml) else ""
    printed = result.stdout.decode("utf-8", "replace").strip()
    if printed:  # the student's own prints (the report itself went to the XML file)
        lines = printed.splitlines()
        failures.append([f"(your code printed {len(lines)} line(s) while it ran; the first: "
                         f"{lines[0][:120]})"])
    if result.returncode < 0:
        failures.append([f"the test process was killed by signal {-result.returncode} "
                         "(a crash: an index outside a matrix or a vector?)"])
        return "CRASHED", explanation, failures
    # Before the exit code: without the right --catch2-flags, Catch2 v2 exits 0
    # on a name that matches nothing.
    if "<TestCase" not in raw:
        return "NO TEST", "", [[f"no test named {test_name} ran: {printed[:300]}"]]
    if result.returncode == 0:
        return "done", explanation, []
    if not failures:  # it failed, but said nothing this script can read
        failures.append([f"the test failed, and its report could not be read: run "
                         f"{tests} {test_name} to see Catch2's own output"])
    for failure in failures:
        match = NOT_DONE.search(failure[-1])
        if not match:
            continue
        blocker = owner(match.group(1), exercises)
        if blocker is None or blocker["number"] == exercise["number"]:
            return "todo", explanation, failures
        failure[-1] = (f"{exercise['name']} cannot be checked yet: it calls your "
                       f"{match.group(1)} (exercise {blocker['number']}), which is not done "
                       f"yet. Do exercise {blocker['number']} first.")
        return f"needs {blocker['number']}", explanation, failures
    return "FAILING", explanation, failures


def message(exercise, status, explanation, failures, everything):
    """What the test of one exercise says, for the screen."""
    lines = [f"The test of exercise {exercise['number']}, {exercise['name']}, says:", ""]
    lines += explanation.splitlines() if explanation else []
    shown = failures if everything else failures[:SHOWN_FAILURES]
    for failure in shown:
        lines.append("")
        lines += [f"  {line}" for item in failure for line in item.splitlines()]
    if len(shown) < len(failures):
        lines += ["", f"  ... and {len(failures) - len(shown)} more failed check(s): "
                      f"NN_EXERCISE={exercise['number']} cmake --workflow --preset exercises "
                      "shows them all."]
    if status == "done":
        lines.append("  Every check passes: this exercise is done.")
    return "\n".join(lines)


def hint_level(text):
    """NN_HINT, checked: 1, 2 or 3, or one line saying what is wrong."""
    if text.strip() not in HINT_LEVELS:
        sys.exit(f"report.py: NN_HINT must be 1, 2 or 3 (how many hints to show), got '{text}'")
    return int(text)


def chosen_exercise(text, exercises):
    """NN_EXERCISE, checked: the number of an exercise in the list, or one line
    saying what is wrong."""
    numbers = [exercise["number"] for exercise in exercises]
    if not text.strip().isdigit() or int(text) not in numbers:
        sys.exit(f"report.py: NN_EXERCISE must be the number of an exercise, {numbers[0]} to "
                 f"{numbers[-1]}, got '{text}'")
    return int(text)


def page_paths(page, source):
    """Where a student can open a book page: the built page if the book was
    built, and always its Markdown source (paths from the source folder)."""
    markdown = next(iter(sorted((source / "docs/pages").glob(f"{page}_*.md"))), None)
    markdown = f"docs/pages/{markdown.name}" if markdown else "docs/pages/"
    built = f"build/docs/html/{page}.html"
    if (source / built).exists():
        return f"{built} (its source: {markdown})"
    return f"{markdown} (built as {built} by `cmake --workflow --preset book`)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", required=True, help="the exercise_tests program")
    parser.add_argument("--list", required=True, help="tests/exercises/exercises.txt")
    parser.add_argument("--catch2-flags", required=True,
                        help="what makes an unknown test name fail with the Catch2 the tests "
                             "were built with: '--warn NoTests' (v2) or "
                             "'--warn UnmatchedTestSpec' (v3); CMake passes the right one")
    parser.add_argument("--hint", type=hint_level, default=os.environ.get("NN_HINT", "1"))
    parser.add_argument("--exercise", default=os.environ.get("NN_EXERCISE", ""),
                        help="show this exercise's whole message (NN_EXERCISE)")
    parser.add_argument("--always-succeed", action="store_true",
                        help="exit 0 even when exercises are unfinished (for the build)")
    args = parser.parse_args()

    exercises = read_exercises(args.list)
    source = pathlib.Path(args.list).resolve().parent.parent.parent
    chosen = chosen_exercise(args.exercise, exercises) if args.exercise.strip() else None
    catch2_flags = shlex.split(args.catch2_flags)
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(exercises)) as pool:
        verdicts = pool.map(lambda e: run(args.tests, catch2_flags, e, args.hint, exercises),
                            exercises)
        results = [(exercise, *verdict) for exercise, verdict in zip(exercises, verdicts)]

    # What one exercise's test says comes first (the chosen one, or the first
    # unfinished), the table last, so that the table is what stays on the screen.
    unfinished = [result for result in results if result[1] != "done"]
    shown = next((r for r in results if r[0]["number"] == chosen), None) if chosen else \
        (unfinished[0] if unfinished else None)
    if shown:
        print("\n" + message(*shown, everything=chosen is not None))

    print(f"\n {'#':>2}  {'exercise':<20} {'chapter':>7}  {'status':<9} file to edit")
    for exercise, status, _, _ in results:
        folder, name = os.path.split(exercise["file"])
        print(f" {exercise['number']:>2}  {exercise['name']:<20} {exercise['chapter']:>7}  "
              f"{status:<9} chapters/{folder}/exercises/{name}")
    done = len(results) - len(unfinished)
    print(f"\n{done}/{len(results)} exercises done")
    if not unfinished:
        print("Every exercise passes: the programs in ./build-exercises/bin/ now run your code.")
        return 0
    exercise = unfinished[0][0]
    print(f"Next: exercise {exercise['number']}, {exercise['name']}: section "
          f"\"{exercise['section']}\" of {page_paths(exercise['page'], source)}.")
    if chosen is None:
        print("What its test says is above the table; for another exercise's, "
              "NN_EXERCISE=N cmake --workflow --preset exercises.")
    return 0 if args.always_succeed else 1


if __name__ == "__main__":
    sys.exit(main())
