#!/usr/bin/env python3
"""What the reader sees, against golden copies kept in git (tests/golden/).

The book's transcripts, the data of its figures and the errata table are
written by the build; a test that compared them with another run of the same
build would pass whatever the build printed. These checks compare them with
files a person reviewed and committed instead, so that a changed number, a
sentence that names the wrong thing or a figure that draws the wrong series
fails, naming the file, the line and the value.

    check_golden.py run GOLDEN_DIR NAME [--book FILE] -- PROGRAM ARGS...
        runs PROGRAM ARGS as the book runs it (in the current folder), and
        compares what it printed with GOLDEN_DIR/transcripts/NAME.txt and the
        data of every figure it drew with GOLDEN_DIR/figures/NAME.txt; with
        --book, the book's own transcript must be this run's too. On the
        system GOLDEN_DIR/sha256/NAME.txt was taken on, every figure script
        (its data included) and the network it saves (--weights) must also
        be byte for byte the files summed there: a change meant to leave the
        output alone (a refactoring) proves that it did.
    check_golden.py made GOLDEN -- PROGRAM ARGS...
        PROGRAM ARGS OUT writes a generated table (the errata) to OUT, which
        must be GOLDEN.
    check_golden.py layout GOLDEN BUILT
        BUILT, a transcript whose timings differ in every run, must be GOLDEN
        but where GOLDEN says {any} (any one word) or ends in {rest} (any words).

With NN_UPDATE_GOLDEN=1 in the environment, `run` and `made` write the
golden files instead of checking them: then read `git diff tests/golden/`
line by line before committing (tests/golden/README.md).
"""

import hashlib
import math
import os
import pathlib
import platform
import re
import shlex
import subprocess
import sys
import tempfile

UPDATE = os.environ.get("NN_UPDATE_GOLDEN") == "1"
NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def shown_command(program, args):
    # The first line of a transcript: the command that repeats the run, as
    # docs/run_for_book.cmake writes it (output-only options left out).
    words, skip = [f"$ build/bin/{pathlib.Path(program).name}"], False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--figures":
            skip = True
        elif arg != "--no-figures":
            words.append(arg if re.fullmatch(r"[\w./:=,+%@-]+", arg) else shlex.quote(arg))
    return " ".join(words)


def differences(golden_name, golden_lines, lines, limit=5):
    """The first `limit` lines that differ, each with the value that changed."""
    found = []
    for number in range(max(len(golden_lines), len(lines))):
        want = golden_lines[number] if number < len(golden_lines) else "(no line)"
        got = lines[number] if number < len(lines) else "(no line)"
        if matches(want, got):
            continue
        wanted, printed = want.split(), got.split()
        pairs = [(w, g) for w, g in zip(wanted, printed) if not matches(w, g)]
        value = (f"expected {pairs[0][0]!r}, this run printed {pairs[0][1]!r}" if pairs
                 else f"expected {want!r}, this run printed {got!r}")
        found.append(f"{golden_name} line {number + 1}: {value}\n"
                     f"      golden: {want}\n      this run: {got}")
        if len(found) == limit:
            break
    return found


def matches(golden, line):
    """{any} in a golden line matches any one word; {rest}, at its end, any
    words at all (a sentence whose wording follows this run's timings)."""
    if "{any}" not in golden and "{rest}" not in golden:
        return golden == line
    wanted, printed = golden.split(), line.split()
    if wanted[-1] == "{rest}":
        wanted = wanted[:-1]
        printed = printed[:len(wanted)]
    return len(wanted) == len(printed) and all(
        w == "{any}" or w == p for w, p in zip(wanted, printed))


def compare(golden_path, text, what):
    golden_path = pathlib.Path(golden_path)
    if UPDATE:
        golden_path.parent.mkdir(parents=True, exist_ok=True)
        golden_path.write_text(text)
        print(f"wrote {golden_path} ({what}): review it with git diff before committing")
        return []
    if not golden_path.exists():
        return [f"{golden_path} does not exist: make it with NN_UPDATE_GOLDEN=1 "
                f"(tests/golden/README.md), then review it"]
    return differences(str(golden_path), golden_path.read_text().splitlines(),
                       text.splitlines())


def figure_summary(script):
    """A figure's commands as sent, each block of data as its size, first and
    last rows and column sums: enough to see a series drawn twice, one from
    the wrong epoch, or one cut short, without a golden copy of every point."""
    out, block = [], []
    for line in script.splitlines():
        words = line.split()
        if words and all(NUMBER.match(w) or w.lower() in ("nan", "inf", "-inf") for w in words):
            block.append(words)
            continue
        if line == "e" and block:
            # math.fsum: the exactly rounded sum, the same on every Python (sum()
            # itself became compensated in Python 3.12: another last digit).
            sums = [math.fsum(float(row[c]) for row in block) for c in range(len(block[0]))]
            out.append(f"data: {len(block)} rows; first {' '.join(block[0])}; "
                       f"last {' '.join(block[-1])}; sums {' '.join(f'{s:.12g}' for s in sums)}")
            block = []
            continue
        if block:  # numbers that did not end with an "e": keep them as lines
            out.extend(" ".join(row) for row in block)
            block = []
        out.append(line)
    out.extend(" ".join(row) for row in block)
    return out


def this_system():
    """Where byte sums are promised to hold: the same system, C library and
    processor family (another libm may round an exp differently in the 17th
    digit of a figure's data, which the summaries above allow)."""
    name = "an unnamed system"
    try:
        with open("/etc/os-release", encoding="utf-8") as release:
            for line in release:
                if line.startswith("PRETTY_NAME="):
                    name = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return f"{name}, {platform.machine()}, glibc {platform.libc_ver()[1] or 'unknown'}"


def byte_sums(scratch, drawn, args):
    """SHA-256 of each file the run wrote besides its transcript: the figure
    scripts with their data (the scratch folder's name, which differs in every
    run, replaced) and the network saved with --weights."""
    sums = []
    for script in drawn:
        data = script.read_bytes().replace(str(scratch).encode(), b"SCRATCH")
        sums.append(f"{hashlib.sha256(data).hexdigest()}  figures/{script.name}")
    if "--weights" in args:
        saved = pathlib.Path(args[list(args).index("--weights") + 1])
        if saved.exists():
            sums.append(f"{hashlib.sha256(saved.read_bytes()).hexdigest()}  {saved.name}")
    return sums


def compare_sums(path, sums):
    """Problems, and a note for the ok line."""
    path = pathlib.Path(path)
    header = f"# taken on: {this_system()}"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join([header] + sums) + "\n")
        return [], ""
    if not path.exists():
        return [f"{path} does not exist: make it with NN_UPDATE_GOLDEN=1"], ""
    lines = path.read_text().splitlines()
    if lines[0] != header:
        return [], f"; byte sums not compared ({path.name} was {lines[0][2:]}, this is {this_system()})"
    wanted = {line.split("  ", 1)[1]: line.split("  ", 1)[0] for line in lines[1:]}
    got = {line.split("  ", 1)[1]: line.split("  ", 1)[0] for line in sums}
    problems = [f"{name} is not byte for byte the file summed in {path}"
                + ("" if name in got else " (this run did not write it)")
                for name in sorted(wanted) if got.get(name) != wanted[name]]
    problems += [f"{name}: this run wrote it, {path} has no sum for it" for name in sorted(got)
                 if name not in wanted]
    return problems, f"; {len(wanted)} files byte for byte as summed"


def check_run(golden_dir, name, book, program, *args):
    golden_dir = pathlib.Path(golden_dir)
    with tempfile.TemporaryDirectory(dir=".") as scratch:  # CTest runs this in a scratch folder
        scratch = pathlib.Path(scratch)
        figures = [] if "--no-figures" in args else ["--figures", str(scratch / "figures")]
        run = subprocess.run([program, *figures, *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300,
                             check=False)
        if run.returncode != 0:
            fail(f"{program} exited with {run.returncode}: {run.stderr.decode(errors='replace')}")
        drawn = sorted((scratch / "figures").glob("*.gnuplot"))
        summary = []
        for script in drawn:
            summary += [f"== {script.stem}"] + figure_summary(script.read_text())
        sums = byte_sums(scratch, drawn, args)
    command = shown_command(program, args)
    written = command.encode() + b"\n" + run.stdout  # as docs/run_for_book.cmake writes it
    problems = []
    problems += compare(golden_dir / "transcripts" / f"{name}.txt",
                        written.decode("utf-8"), "transcript")
    if drawn or (golden_dir / "figures" / f"{name}.txt").exists():
        problems += compare(golden_dir / "figures" / f"{name}.txt",
                            "\n".join(summary) + "\n", "figure data")
    sum_problems, sum_note = compare_sums(golden_dir / "sha256" / f"{name}.txt", sums)
    problems += sum_problems
    if book and pathlib.Path(book).exists() and pathlib.Path(book).read_bytes() != written:
        problems.append(f"{book} is stale: a fresh run of `{command[2:]}` prints something else "
                        f"(rebuild the book)")
    if problems:
        fail("\n".join(problems))
    print(f"ok: `{command[2:]}` prints {golden_dir}/transcripts/{name}.txt"
          f"{f' and draws {len(drawn)} figures from the golden data' if drawn else ''}{sum_note}")


def check_layout(golden, built):
    built = pathlib.Path(built)
    if not built.exists():
        fail(f"{built} does not exist: build it first")
    if UPDATE:
        fail("a layout golden file is written by hand: copy the transcript and put {any} "
             "where a word differs from run to run")
    problems = differences(golden, pathlib.Path(golden).read_text().splitlines(),
                           built.read_text().splitlines())
    if problems:
        fail("\n".join(problems))
    print(f"ok: {built} is {golden}")


def check_made(golden, program, *args):
    with tempfile.TemporaryDirectory(dir=".") as scratch:
        out = pathlib.Path(scratch) / "made.txt"
        run = subprocess.run([program, *args, str(out)], stderr=subprocess.PIPE, timeout=120,
                             check=False)
        if run.returncode != 0 or not out.exists():
            fail(f"{program} exited with {run.returncode}: {run.stderr.decode(errors='replace')}")
        problems = compare(golden, out.read_text(), "generated table")
    if problems:
        fail("\n".join(problems))
    print(f"ok: {pathlib.Path(program).name} writes {golden}")


def main():
    if len(sys.argv) < 4:
        fail(__doc__)
    check, args = sys.argv[1], sys.argv[2:]
    if check == "run":
        golden_dir, name, rest = args[0], args[1], args[2:]
        book = None
        if rest[0] == "--book":
            book, rest = rest[1], rest[2:]
        if rest[0] != "--":
            fail(__doc__)
        check_run(golden_dir, name, book, *rest[1:])
    elif check == "made":
        if args[1] != "--":
            fail(__doc__)
        check_made(args[0], *args[2:])
    elif check == "layout":
        check_layout(*args)
    else:
        fail(f"unknown check {check}\n{__doc__}")


if __name__ == "__main__":
    main()
