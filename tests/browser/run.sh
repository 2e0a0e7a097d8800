#!/usr/bin/env bash
# The book in a real browser: installs puppeteer-core (the version pinned by
# package-lock.json) into build/browser/, then runs check_book.mjs on the
# built book (build/docs/html) with Debian's chromium. Screenshots of every
# page at 1280 px and 390 px go to build/docs/screenshots/.
#
#   bash tests/browser/run.sh        (after cmake --workflow --preset book or test)
#
# Needs: chromium, nodejs, npm (Debian/Ubuntu: apt-get install chromium nodejs npm),
# and the npm registry once, for puppeteer-core.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in node npm chromium; do
  if ! command -v "$tool" > /dev/null; then
    echo "run.sh: $tool is not installed (apt-get install chromium nodejs npm)" >&2
    exit 2
  fi
done
if [ ! -f build/docs/html/index.html ]; then
  echo "run.sh: no book in build/docs/html: run cmake --workflow --preset book first" >&2
  exit 2
fi
mkdir -p build/browser
cp tests/browser/package.json tests/browser/package-lock.json tests/browser/check_book.mjs \
  build/browser/
(cd build/browser && npm ci --no-audit --no-fund --loglevel=error)
node build/browser/check_book.mjs build/docs/html build/docs/screenshots "$(command -v chromium)"
