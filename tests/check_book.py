#!/usr/bin/env python3
"""Checks on the built HTML book, run by CTest (tests/CMakeLists.txt).

    check_book.py warnings LOG              Doxygen's warning log exists and is empty
    check_book.py pages PAGES_DIR           no code is pasted into a page
    check_book.py html HTML_DIR PAGE...     pages exist; every image, script and
                                            stylesheet is a local file inside HTML_DIR;
                                            formulas load MathJax from HTML_DIR;
                                            at least 10 chapter figures (SVG)
    check_book.py quoted SOURCE_DIR PAGES_DIR
                                            in a page or README.md, between "<!-- figures from FILE -->"
                                            and "<!-- end of figures -->", every number
                                            with a decimal point is one that FILE holds
                                            (FILE relative to SOURCE_DIR)
    check_book.py commands PAGES_DIR TRANSCRIPT_DIR
                                            a command the text names before a block
                                            (`chapter_N ...`) is the command on the
                                            block's first line, the one the build ran
    check_book.py size MAX_KB FILE...       the files together are at most MAX_KB kilobytes
                                            (the playground's download)
    (The transcripts themselves are checked against golden copies: check_golden.py.)

Exit status 0 = pass, 1 = fail (with the reason on stdout).
"""

import html
import html.parser
import os
import pathlib
import re
import sys


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check_warnings(log):
    path = pathlib.Path(log)
    if not path.exists():
        fail(f"{log} does not exist: did Doxygen run?")
    text = path.read_text(encoding="utf-8").strip()
    if text:
        fail(f"Doxygen reported {len(text.splitlines())} warning line(s):\n{text}")
    print(f"ok: {log} is empty")


def check_pages(pages_dir):
    # Shell commands may appear as indented blocks; code listings must come
    # from \snippet, so fenced blocks (``` or ~~~) are not allowed at all.
    pasted = []
    for page in sorted(pathlib.Path(pages_dir).glob("*.md")):
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith(("```", "~~~", "\\code", "@code")):
                pasted.append(f"{page.name}:{number}: {line.strip()}")
    if pasted:
        fail("code pasted into a page (use \\snippet instead):\n" + "\n".join(pasted))
    print("ok: no code is pasted into the pages")


def check_quoted(source_dir, pages_dir):
    # A committed measurement (docs/measurements/) is quoted, not re-run: the
    # figures the text reads from it must be the file's, digit for digit.
    source = pathlib.Path(source_dir)
    problems, regions = [], 0
    region = re.compile(r"<!-- figures from (\S+) -->(.*?)<!-- end of figures -->", re.S)
    number = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.]*\d)")
    pages = sorted(pathlib.Path(pages_dir).glob("*.md")) + [source / "README.md"]
    for page in pages:
        for name, text in region.findall(page.read_text(encoding="utf-8")):
            regions += 1
            measured = source / name
            if not measured.exists():
                problems.append(f"{page.name}: quotes {name}, which does not exist")
                continue
            held = set(number.findall(measured.read_text(encoding="utf-8")))
            for quoted in number.findall(text):
                if quoted not in held:
                    problems.append(f"{page.name}: {quoted} is not a figure of {name}")
    if problems:
        fail("\n".join(problems))
    if regions == 0:
        fail(f"no page in {pages_dir} marks figures quoted from a measurement")
    print(f"ok: {regions} quoted passages, every figure in its measurement file")


def paragraph_before(text, position):
    # The paragraph just above `position`: blank lines and \htmlonly markup
    # (a <details> around the block) skipped, then the lines up to a blank one.
    lines = text[:position].split("\n")[:-1]
    while lines and (not lines[-1].strip() or lines[-1].startswith("\\htmlonly")):
        lines.pop()
    paragraph = []
    while lines and lines[-1].strip() and not lines[-1].startswith("\\"):
        paragraph.insert(0, lines.pop())
    return " ".join(" ".join(paragraph).split())


def check_commands(pages_dir, transcript_dir):
    # "The book ran `chapter_5 --lr 50`:" above a block must be the run the
    # block shows: the last command named in the paragraph just above a
    # block is compared with the block's first line (how the build ran it).
    problems, compared = [], 0
    block = re.compile(r"^\\verbinclude\s+(\S+)", re.M)
    command = re.compile(r"`(?:\./)?(?:build/bin/)?(chapter_\d+(?: [^`]*)?)`")
    for page in sorted(pathlib.Path(pages_dir).glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for found in block.finditer(text):
            named = command.findall(paragraph_before(text, found.start()))
            transcript = pathlib.Path(transcript_dir) / found.group(1)
            if not named or not transcript.exists():
                continue  # no command named, or a committed measurement
            first = transcript.read_text(encoding="utf-8").split("\n", 1)[0]
            shown = first.removeprefix("$ build/bin/")
            compared += 1
            if named[-1] != shown:
                problems.append(f"{page.name}: the text says `{named[-1]}` before "
                                f"{found.group(1)}, which shows `{shown}`")
    if problems:
        fail("\n".join(problems))
    if compared == 0:
        fail(f"no command named before a block in {pages_dir}")
    print(f"ok: {compared} commands named in the text, each the one its block shows")


class References(html.parser.HTMLParser):
    """Collects every URL an HTML page loads: img/script/iframe src, object
    data, and stylesheet links."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("img", "script", "iframe") and attrs.get("src"):
            self.urls.append(attrs["src"])
        elif tag == "object" and attrs.get("data"):
            self.urls.append(attrs["data"])
        elif tag == "link" and attrs.get("href"):
            self.urls.append(attrs["href"])


def check_html(html_dir, pages):
    root = pathlib.Path(html_dir).resolve()
    for page in pages:
        if not (root / f"{page}.html").exists():
            fail(f"page {page}.html is missing from {root}")
    problems = []
    figures = set()
    mathjax_pages = 0
    for page in sorted(root.glob("*.html")):
        text = page.read_text(encoding="utf-8")
        # Markup Doxygen escaped instead of rendering (it does that to
        # `code` in a heading): the reader would see "<tt>auto</tt>".
        for leaked in re.findall(r"&lt;/?(?:tt|code|em|b)&gt;", text)[:1]:
            problems.append(f"{page.name}: shows the markup {html.unescape(leaked)} as text")
        if page.name in {f"{p}.html" for p in pages if p != "search"} \
                and 'id="nn-search-box"' not in text:  # search.html has its own box
            problems.append(f"{page.name}: no search box in its header")
        parser = References()
        parser.feed(text)
        for url in parser.urls:
            if url.startswith(("javascript:", "data:")):
                continue  # inline, nothing is fetched
            if url.startswith(("http:", "https:", "//", "file:", "/")):
                problems.append(f"{page.name}: loads {url} from outside the book")
                continue
            target = (root / url.split("?")[0].split("#")[0]).resolve()
            if root not in target.parents:
                problems.append(f"{page.name}: {url} points outside {root}")
            elif not target.exists():
                problems.append(f"{page.name}: {url} does not exist")
            if url.endswith(".svg") and os.path.basename(url).startswith("ch"):
                figures.add(os.path.basename(url))
            if "MathJax.js" in url:
                mathjax_pages += 1
    if problems:
        fail("\n".join(problems))
    if mathjax_pages == 0:
        fail("no page loads mathjax/MathJax.js: formulas would not render")
    if len(figures) < 10:
        fail(f"only {len(figures)} chapter figures are shown: {sorted(figures)}")
    print(f"ok: {len(pages)} pages, {len(figures)} figures, every reference local")


def check_size(max_kb, *files):
    total = sum(pathlib.Path(f).stat().st_size for f in files)
    if total > int(max_kb) * 1000:
        fail(f"{' + '.join(files)}: {total} bytes, more than {max_kb} kB")
    print(f"ok: {total} bytes, at most {max_kb} kB")


def main():
    if len(sys.argv) < 3:
        fail(__doc__)
    command, args = sys.argv[1], sys.argv[2:]
    if command == "warnings":
        check_warnings(*args)
    elif command == "pages":
        check_pages(*args)
    elif command == "commands":
        check_commands(*args)
    elif command == "quoted":
        check_quoted(*args)
    elif command == "html":
        check_html(args[0], args[1:])
    elif command == "size":
        check_size(*args)
    else:
        fail(f"unknown check {command}\n{__doc__}")


if __name__ == "__main__":
    main()
