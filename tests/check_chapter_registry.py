#!/usr/bin/env python3
"""Chapters past nine register like the first nine.

    check_chapter_registry.py SOURCE_DIR WORK_DIR CXX_COMPILER CMAKE CTEST

Copies the project to WORK_DIR, adds two made-up chapters, 10 and 12 (no 11:
numbers are numbers, not positions in a list), each with a program, an
exercise file and its student copy, an exercise line and a planted bug, and
configures the copy (nothing is compiled). Then reads the copy's build.ninja
and `ctest -N`:

  - chapter_10 is linked from chapters 1 to 10, chapter_12 from 1 to 12;
  - each made-up exercise's stub check and planted bug are registered, and
    their test programs put the stub or the bug in place of that chapter's
    code (10's for chapter 10, not chapter 1's or 0's) and keep every other
    chapter's.

What it guards: the build once read a chapter's number as the first digit
after a leading zero ("10_x" was chapter 0) and swapped a variant in by
position in the list of chapters.
"""
import hashlib
import pathlib
import re
import shutil
import subprocess
import sys

CHAPTERS = {10: "10_made_up_ten", 12: "12_made_up_twelve"}


def region(text, tag):
    # The "//! [tag]" region, markers included: what tests/exercises hashes.
    marker = f"//! [{tag}]"
    first, last = text.index(marker), text.rindex(marker)
    return text[first:last + len(marker)]


def add_chapter(copy, number, folder):
    name = f"value_{number}"
    solution = f"//! [{name}]\nint {name}() {{ return {number}; }}\n//! [{name}]\n"
    stub = f"//! [{name}]\nint {name}() {{ return 0; }}  // TODO\n//! [{name}]\n"
    chapter = copy / "chapters" / folder
    (chapter / "exercises").mkdir(parents=True)
    (chapter / f"{name}.cpp").write_text(f"// chapter {number}, made up by the registry test\n"
                                         + solution)
    (chapter / "exercises" / f"{name}.cpp").write_text(stub)
    (chapter / "main.cpp").write_text(f"int {name}();\nint main() {{ return {name}() == "
                                      f"{number} ? 0 : 1; }}\n")
    # After the last chapter's call, where a real chapter 10 would go.
    cmake = copy / "chapters" / "CMakeLists.txt"
    text, anchor = cmake.read_text(), "\n# For the rest of the build:"
    if anchor not in text:
        raise SystemExit(f"FAIL: {cmake} has no line '{anchor.strip()}' after the chapters' calls")
    cmake.write_text(text.replace(anchor, f"\nnn_chapter(NUMBER {number} FOLDER {folder} "
                                          f"EXERCISES {name}.cpp PROGRAM main.cpp)" + anchor))
    digest = hashlib.sha256(region(stub, name).encode()).hexdigest()[:16]
    with open(copy / "tests" / "exercises" / "exercises.txt", "a", encoding="utf-8") as listing:
        listing.write(f"{90 + number} {name} {folder}/{name}.cpp {name} chapter{number} "
                      f"Made_up {digest}\n")
    (copy / "tests" / "exercises" / "mutants" / f"{name}_off_by_one.patch").write_text(
        f"Made up by the registry test\n--- a/chapters/{folder}/{name}.cpp\n"
        f"+++ b/chapters/{folder}/{name}.cpp\n@@ -2,3 +2,3 @@\n //! [{name}]\n"
        f"-int {name}() {{ return {number}; }}\n+int {name}() {{ return {number + 1}; }}\n"
        f" //! [{name}]\n")
    return name


def linked_chapters(ninja, output):
    """The chapter numbers whose code the link of `output` takes, and the variants."""
    line = next((l for l in ninja.splitlines()
                 if l.startswith("build ") and l.split(":")[0].endswith("/" + output)
                 and "_LINKER__" in l), None)
    if line is None:
        return None, None
    chapters = {int(n) for n in re.findall(r"nn_chapter(\d+)_reference\.dir", line)}
    variants = set(re.findall(r"nn_variant_(\w+?)\.dir", line))
    return chapters, variants


def main():
    source, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    compiler, cmake, ctest = sys.argv[3:6]
    copy = work / "project"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns(
        "build*", ".git", "node_modules", "__pycache__"))
    names = {number: add_chapter(copy, number, folder) for number, folder in CHAPTERS.items()}
    configure = subprocess.run(
        [cmake, "-S", str(copy), "-B", str(copy / "build"), "-G", "Ninja",
         f"-DCMAKE_CXX_COMPILER={compiler}", "-DNN_BUILD_BOOK=OFF", "-DNN_PLAYGROUND=OFF"],
        capture_output=True, text=True, check=False)
    if configure.returncode != 0:
        print(f"FAIL: the copy with chapters 10 and 12 does not configure:\n"
              f"{configure.stdout[-2000:]}{configure.stderr[-3000:]}")
        return 1
    ninja = (copy / "build" / "build.ninja").read_text()
    tests = subprocess.run([ctest, "-N"], cwd=copy / "build", capture_output=True, text=True,
                           check=False).stdout
    problems = []
    everything = set(range(1, 10)) | set(CHAPTERS)
    for number, name in names.items():
        wanted = {n for n in everything if n <= number}
        chapters, _ = linked_chapters(ninja, f"chapter_{number}")
        if chapters != wanted:
            problems.append(f"chapter_{number} links chapters {sorted(chapters or [])}, "
                            f"not {sorted(wanted)}")
        for kind, test in (("stub", f"exercises/stub_fails/{name}"),
                           ("mutant", f"exercises/mutant_caught/{name}_off_by_one")):
            if test not in tests:
                problems.append(f"ctest has no {test}")
            variant = f"{kind}_{name}" + ("_off_by_one" if kind == "mutant" else "")
            chapters, variants = linked_chapters(ninja, f"exercise_tests_{variant}")
            if chapters != everything - {number} or variants != {variant}:
                problems.append(f"exercise_tests_{variant} takes chapters "
                                f"{sorted(chapters or [])} and variants {sorted(variants or [])}: "
                                f"chapter {number}'s code should be replaced by {variant}, "
                                f"every other chapter kept")
    if problems:
        print("FAIL:\n  " + "\n  ".join(problems))
        return 1
    print(f"ok: chapters 10 and 12 registered by number: their programs link chapters 1 to N, "
          f"their exercises' stub checks and planted bugs replace that chapter's code only")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
