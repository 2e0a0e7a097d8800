"""Writes playground_module.js: the WebAssembly module's script as one string.

    embed_module.py OUT [MODULE_JS]

A page opened from file:// may not start a Web Worker from a file, but it
may from text it holds: playground.js makes the worker from this string.
Without MODULE_JS (no emscripten) the string is null, and the page says how
to get the playground.
"""
import json
import sys

out = sys.argv[1]
source = open(sys.argv[2], encoding="utf-8").read() if len(sys.argv) > 2 else None
with open(out, "w", encoding="utf-8") as f:
    f.write("// The playground's WebAssembly module (docs/playground/), as text.\n")
    f.write("var NN_PLAYGROUND_MODULE = " + json.dumps(source) + ";\n")
