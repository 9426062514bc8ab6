#!/usr/bin/env bash
# Retake the screenshots of the metainfo (data/io.github.koers.Koers.metainfo.xml.in)
# from the real application with the demo notebook, in a virtual X display.
#
#   build-aux/screenshots.sh [BUILDDIR] [OUTDIR]
#
# BUILDDIR defaults to ./build, OUTDIR to data/screenshots. The window is 1000x700
# (without its frame), the text in the source language; LANGUAGE=nl gives Dutch ones
# (then write them to another OUTDIR: the clicks below assume the English layout).
# Needs: xvfb, xdotool, imagemagick, dbus, fonts-cantarell; optipng or pngquant if present.
# Nothing outside a temporary folder is touched: the notebook, XDG folders and
# settings (GSETTINGS_BACKEND=memory) are made for this run and removed afterwards.
#
# The clicks go to fixed places of that window: the overview row, Jesse Hoekstra and
# Mees de Vries in the sidebar (the demo notebook's 2A), the tabs at the bottom of a
# student, the first row of a list. Look at every picture after a change in the layout.
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=$(cd "${1:-$srcdir/build}" && pwd)
outdir=${2:-$srcdir/data/screenshots}
koers=$builddir/src/gui/koers
cli=$builddir/src/cli/koers-cli

for tool in Xvfb xdotool import convert dbus-run-session; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb xdotool imagemagick dbus)" >&2; exit 69; }
done
[ -x "$koers" ] && [ -x "$cli" ] || { echo "screenshots: build Koers in $builddir first" >&2; exit 66; }
mkdir -p "$outdir"

work=$(mktemp -d "${TMPDIR:-/tmp}/koers-shots.XXXXXX")
xvfb_pid= app_pid=
cleanup () {
  # Koers first: dbus-run-session then ends its bus, and the portals it started go too.
  [ -s "$work/koers.pid" ] && kill "$(cat "$work/koers.pid")" 2>/dev/null || true
  [ -n "$app_pid" ] && wait "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  # The document portal may have mounted its folder in our runtime folder.
  if mountpoint -q "$work/runtime/doc" 2>/dev/null; then
    fusermount -u "$work/runtime/doc" 2>/dev/null || umount "$work/runtime/doc" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The window, without the frame GTK draws when no compositor runs.
width=1000 height=700 frame=5
passphrase=koers-demo

# A notebook of invented students; the demo's dates follow today's date.
printf '%s' "$passphrase" > "$work/passphrase"
"$cli" --database "$work/koers.db" --passphrase-file "$work/passphrase" demo >/dev/null

# A display of its own: Xvfb picks a free number and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=:$(head -n1 "$work/display")

export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache \
       XDG_STATE_HOME=$work/state XDG_RUNTIME_DIR=$work/runtime
export GSETTINGS_BACKEND=memory GSK_RENDERER=cairo NO_AT_BRIDGE=1 GTK_A11Y=none
export LANG=${LANG:-C.UTF-8} LANGUAGE=${LANGUAGE:-}
[ -f "$builddir/data/gschemas.compiled" ] && export GSETTINGS_SCHEMA_DIR=$builddir/data
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME/gtk-4.0" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# What a GNOME session would tell GTK through its settings daemon.
cat > "$XDG_CONFIG_HOME/gtk-4.0/settings.ini" <<'EOF'
[Settings]
gtk-font-name=Cantarell 11
gtk-xft-antialias=1
gtk-xft-hinting=1
gtk-xft-hintstyle=hintslight
gtk-xft-rgba=none
EOF

dbus-run-session -- bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$work/koers.pid" \
  "$koers" --database "$work/koers.db" >"$work/koers.log" 2>&1 &
app_pid=$!

# wait_window [EXCEPT]: print the id of a visible window other than EXCEPT.
wait_window () {
  local id
  for _ in $(seq 100); do
    for id in $(xdotool search --onlyvisible --name . 2>/dev/null); do
      [ "$id" != "${1:-}" ] && { echo "$id"; return 0; }
    done
    sleep 0.2
  done
  echo "screenshots: no window appeared; Koers said:" >&2; cat "$work/koers.log" >&2; exit 1
}
click () { xdotool mousemove "$1" "$2" click 1; sleep "${3:-1.5}"; }
settle () { xdotool mousemove 1279 799; sleep "${1:-1.5}"; }   # no hover, scrollbars fade
resize () { xdotool windowsize "$1" $((width + 2 * frame)) $((height + 2 * frame)); sleep 1.5; }

# shoot WINDOW NAME: the window's content as OUTDIR/NAME.png, corners rounded as in GNOME.
shoot () {
  local out=$outdir/$2.png
  settle
  import -window "$1" "$work/raw.png"
  convert "$work/raw.png" -crop "${width}x${height}+${frame}+${frame}" +repage \
    \( -size "${width}x${height}" xc:none -fill white \
       -draw "roundrectangle 0,0 $((width - 1)),$((height - 1)) 12,12" \) \
    -alpha set -compose DstIn -composite -compose Over \
    -fill none -stroke 'rgba(0,0,0,0.18)' -strokewidth 1 \
    -draw "roundrectangle 0.5,0.5 $((width - 1)).5,$((height - 1)).5 12,12" \
    -strip "$out"
  if command -v optipng >/dev/null; then optipng -quiet -o2 "$out"; fi
  if [ "$(stat -c %s "$out")" -gt 300000 ] && command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --quality 80-95 --output "$out" "$out" || true
  fi
  echo "$out ($(stat -c %s "$out") bytes)"
}

main=$(wait_window)
resize "$main"
xdotool type --delay 40 "$passphrase"
xdotool key Return
sleep 5

# The overview, the first row beside the students.
click 65 75
shoot "$main" overview

# A student's timeline: Jesse Hoekstra (2A), the demo's longest one.
click 65 257
shoot "$main" main-window

# Goals: Mees de Vries, an active goal with its steps and one evaluated.
click 65 485
click 586 680
shoot "$main" goals

# The parent meeting planned for Mees, its Strengths page.
click 686 680
click 680 268 2.5
meeting=$(wait_window "$main")
resize "$meeting"
click 341 28
shoot "$meeting" parent-meeting
click 50 28                                 # Cancel: nothing was changed

# Mees's last signal checklist: final, so it opens on what changed and the reflection.
click 785 680
click 680 275 2.5
checklist=$(wait_window "$main")
resize "$checklist"
shoot "$checklist" checklist-reflection
click $((width - 18)) 28                    # close

# Jesse's draft checklist, at the quiet signals where two are seen.
click 65 257
click 785 680
click 680 275 2.5
checklist=$(wait_window "$main")
resize "$checklist"
xdotool mousemove 500 400
for _ in 1 2 3 4 5 6; do xdotool click 5; sleep 0.2; done
sleep 1.5
shoot "$checklist" signal-checklist
