#!/usr/bin/env python3
"""An editor understands every file: compile_commands.json lists them all.

    check_editor.py SOURCE_DIR BUILD_DIR

clangd, VS Code's C/C++ and CMake Tools, and CLion read BUILD_DIR's
compile_commands.json (the presets export it) to know each file's flags and
include folders. Every .cpp of chapters/ (the exercises' copies are built by
the exercises preset), common/ and figures/ must be in it, with the include
folder that makes "02_stacking_layers/network.h" resolve wherever a file
names a chapter's header.
"""
import json
import re
import pathlib
import sys


def main():
    source, build = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
    database = build / "compile_commands.json"
    if not database.exists():
        print(f"FAIL: {database} does not exist (CMAKE_EXPORT_COMPILE_COMMANDS is off?)")
        return 1
    entries = json.loads(database.read_text())
    listed = {pathlib.Path(e["file"]).resolve(): e for e in entries}
    wanted = [p for folder in ("chapters", "common", "figures")
              for p in sorted((source / folder).rglob("*.cpp")) if "exercises" not in p.parts]
    missing = [str(p.relative_to(source)) for p in wanted if p.resolve() not in listed]
    # A file that names another chapter's header ("02_stacking_layers/network.h")
    # needs chapters/ on its include path; the plumbing (common/plumbing/) names none.
    no_include = [str(p.relative_to(source)) for p in wanted if p.resolve() in listed
                  and re.search(r'#include "\d+_', p.read_text(encoding="utf-8"))
                  and f"-I{source / 'chapters'}" not in listed[p.resolve()]["command"]]
    if missing or no_include:
        print(f"FAIL: not in {database}: {' '.join(missing)}" if missing else "", end="")
        print(f"FAIL: without -I{source / 'chapters'}: {' '.join(no_include)}" if no_include else "")
        return 1
    print(f"ok: {database} lists all {len(wanted)} sources of chapters/, common/ and figures/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
