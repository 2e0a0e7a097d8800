#!/usr/bin/env bash
# Watch mode for the exercises: every time you save a file in
# chapters/*/exercises/, rebuild and print the progress table again.
#
#   bash tests/exercises/watch.sh        (Ctrl-C to stop)
#
# Needs inotifywait (Debian/Ubuntu: apt-get install inotify-tools). It only
# reads your files; the build writes to build-exercises/ alone.
set -u
cd "$(dirname "$0")/../.."
if ! command -v inotifywait > /dev/null; then
  echo "watch.sh: inotifywait is not installed (apt-get install inotify-tools)" >&2
  exit 2
fi
# However this script ends (Ctrl-C, kill, closed terminal), the file
# watcher ends with it: it runs in the background, and stop() ends it.
child=""
stop() {
  trap - EXIT INT TERM HUP
  [ -n "$child" ] && kill "$child" 2> /dev/null && wait "$child" 2> /dev/null
  exit 0
}
trap stop EXIT INT TERM HUP
cmake --preset exercises > /dev/null || exit 1
while true; do
  clear
  cmake --build --preset exercises 2>&1 | grep --line-buffered -v '^\[[0-9]*/[0-9]*\]'
  echo
  echo "Watching chapters/*/exercises/ ... save a file to check again (Ctrl-C to stop)."
  inotifywait -qq -e close_write -e moved_to chapters/*/exercises/ &
  child=$!
  wait "$child" || [ $? -lt 128 ] || exit 0
done
