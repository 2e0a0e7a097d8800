#!/usr/bin/env python3
"""Two finishing touches on the HTML Doxygen wrote, in HTML_DIR:

1. search_data.js: the title, address and text of every page of the book,
   for the search page (book_search.js builds a lunr.js index of them in the
   reader's browser, offline);
2. every figure Doxygen embeds as <object> or <iframe> gets role="img" and
   its caption as aria-label, so that a screen reader can say what it shows
   (an <img> gets an alt text from Doxygen itself; these do not);
3. every page gets a search box in its header, which opens the search page
   with the words typed (search.html?q=...);
4. every figure drawn for phones too (NAME-phone.svg in FIGURE_DIR, see
   figures/figure.cpp) is copied next to the page and embedded beside the
   page's rendering; docs/book.css shows one or the other by screen width.

    search_index.py HTML_DIR FIGURE_DIR
"""

import shutil

import html
import html.parser
import json
import pathlib
import re
import sys

FIGURE = re.compile(r'<(object|iframe)\b([^>]*)>(.*?)</\1>\s*<div class="caption">\s*(.*?)</div>',
                    re.S)


# The header's search box: a plain form, so it works without script too.
SEARCH_BOX = ('<form class="nn-search" action="search.html" role="search">'
              '<label for="nn-search-box" class="nn-hidden-label">Search the book</label>'
              '<input id="nn-search-box" name="q" type="search" placeholder="Search the book">'
              '</form>')


def label_figures(path, figure_dir):
    """Adds role="img" and aria-label (the caption) to each embedded figure,
    and its phone rendering beside it where there is one."""
    text = path.read_text(encoding="utf-8")

    def labelled(match):
        tag, attributes, inside, caption = match.groups()
        if "aria-label" in attributes:
            return match.group(0)
        label = html.escape(" ".join(re.sub(r"<[^>]+>", "", caption).split()), quote=True)
        page = f'<{tag}{attributes} role="img" aria-label="{label}">{inside}</{tag}>'
        svg = re.search(r'data="([^"]+)\.svg"', attributes)
        phone = figure_dir / f"{svg.group(1)}-phone.svg" if svg else None
        if tag == "object" and phone is not None and phone.exists():
            shutil.copyfile(phone, path.parent / phone.name)
            narrow = attributes.replace(f'data="{svg.group(1)}.svg"', f'data="{phone.name}"')
            page = (f'<{tag} class="nn-wide"{attributes} role="img" aria-label="{label}">'
                    f'{inside}</{tag}><{tag} class="nn-narrow"{narrow} role="img" '
                    f'aria-label="{label}">{inside}</{tag}>')
        return page + f'<div class="caption">{caption}</div>'

    new = FIGURE.sub(labelled, text)
    if SEARCH_BOX not in new:
        new = new.replace("</table>\n</div>\n<!-- end header part -->",
                          "</table>\n" + SEARCH_BOX + "\n</div>\n<!-- end header part -->", 1)
    if new != text:
        path.write_text(new, encoding="utf-8")


class PageText(html.parser.HTMLParser):
    """The text inside <div class="contents">, and the page's title."""

    def __init__(self):
        super().__init__()
        self.title, self.text = "", []
        self.depth = 0            # <div> nesting inside the contents, 0 = outside
        self.in_title = False
        self.skip = 0             # inside <script> or <style>

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "div" and self.depth:
            self.depth += 1
        elif tag == "div" and "contents" in (attrs.get("class") or "").split():
            self.depth = 1
        if tag == "div" and "title" in (attrs.get("class") or "").split():
            self.in_title = True

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag == "div":
            self.in_title = False
            if self.depth:
                self.depth -= 1

    def handle_data(self, data):
        if self.skip:
            return
        if self.in_title:
            self.title += data
        elif self.depth:
            self.text.append(data)


def main():
    html_dir, figure_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    pages = []
    for path in sorted(html_dir.glob("*.html")):
        if path.name.startswith("dir_") or path.name in ("search.html", "graph_legend.html",
                                                          "pages.html"):
            continue
        label_figures(path, figure_dir)
        parser = PageText()
        parser.feed(path.read_text(encoding="utf-8"))
        text = " ".join(" ".join(parser.text).split())
        if text:
            pages.append({"url": path.name, "title": parser.title.strip() or path.stem,
                          "text": text})
    (html_dir / "search_data.js").write_text(
        "// Written by docs/search_index.py: every page's title and text.\n"
        "window.BOOK_PAGES = " + json.dumps(pages, ensure_ascii=False) + ";\n", encoding="utf-8")
    print(f"search_index.py: {len(pages)} pages indexed")


if __name__ == "__main__":
    main()
