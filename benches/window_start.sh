#!/usr/bin/env bash
# The window's start-up and memory, for comparing two builds (e.g. before and after a
# change of fonts or languages):
#
#   benches/window_start.sh BIN LABEL [ARGS...]
#
# Starts `BIN --demo ARGS` three times under its own Xvfb (1280×800) with an empty home
# folder, and prints for each run the time until its window is mapped (polled every
# 10 ms) and its resident memory 20 s later. Needs xvfb, xdotool and bc.
set -euo pipefail
bin="$1"
label="$2"
shift 2
for run in 1 2 3; do
  home="$(mktemp -d)"
  HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
      bin="$1"; label="$2"; run="$3"; shift 3
      start=$(date +%s.%N)
      "$bin" --demo "$@" >/dev/null 2>&1 &
      pid=$!
      for _ in $(seq 1 1000); do
        xdotool search --onlyvisible --name "Mews Monitor" >/dev/null 2>&1 && break
        sleep 0.01
      done
      mapped=$(date +%s.%N)
      sleep 20
      rss=$(awk "/VmRSS/ {print \$2}" "/proc/$pid/status")
      kill "$pid"
      wait "$pid" 2>/dev/null || true
      printf "%s run %s: window after %.2f s, resident memory at 20 s %d MB\n" \
        "$label" "$run" "$(echo "$mapped - $start" | bc)" "$((rss / 1024))"
    ' _ "$bin" "$label" "$run" "$@"
  rm -rf "$home"
done
