#!/bin/sh
# test-single-instance.sh KOERS: a second start of Koers hands over to the first.
#
# Run on a display with a session bus (xvfb-run, dbus-run-session). The second
# process must exit at once with status 0, the first must still run with one
# window, and it must have presented that window again: the user who starts Koers
# twice gets the open notebook in front, not a second copy of it.
set -eu

koers=$1
work=$(mktemp -d)
first=
cleanup() {
  [ -n "$first" ] && kill "$first" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" G_MESSAGES_DEBUG=Koers
fail() { echo "not ok 1 - $*"; cat "$work"/*.log; exit 1; }

echo "1..1"
"$koers" >"$work/first.log" 2>&1 &
first=$!

# Until the first window is on screen (at most 30 s under the sanitizers).
i=0
until [ "$(xdotool search --onlyvisible --name '^Koers$' 2>/dev/null | wc -l)" -ge 1 ]; do
  i=$((i + 1))
  [ $i -le 150 ] || fail "the first Koers opened no window"
  sleep 0.2
done

timeout 30 "$koers" >"$work/second.log" 2>&1 || fail "the second Koers did not hand over and exit"
sleep 1
kill -0 "$first" 2>/dev/null || fail "the first Koers stopped"
windows=$(xdotool search --onlyvisible --name '^Koers$' | wc -l)
[ "$windows" -eq 1 ] || fail "$windows windows instead of one"
presented=$(grep -c "Presenting the main window" "$work/first.log" || true)
[ "$presented" -eq 2 ] || fail "the window was presented $presented times, not twice"

echo "ok 1 - a second start presents the first window"
