#!/bin/sh
# run-fuzzer.sh FUZZER SECONDS [OPTION...] CORPUS...: a short libFuzzer run, as a test.
#
# New inputs go to a temporary folder, so the corpus in the source tree stays as
# committed. An input that fails is printed in base64: put it in
# tests/fuzz/regressions/NAME/ so every build replays it from then on.
set -eu

fuzzer=$1
seconds=$2
shift 2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/new"

status=0
"$fuzzer" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 \
  -print_final_stats=1 -artifact_prefix="$work/" "$work/new" "$@" || status=$?

for found in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* "$work"/slow-unit-*; do
  [ -e "$found" ] || continue
  echo "run-fuzzer: $(basename "$found") as base64:"
  base64 "$found"
done
exit $status
