#!/bin/sh
# check-install.sh BUILD_DIR: `meson install` into a scratch DESTDIR puts a complete
# Koers in place: both programs (which run), the desktop file and metainfo with their
# Dutch, the D-Bus service, the settings schema (valid), both icons, the translations
# of both text domains and the man pages. Fails naming what is missing.
set -eu
build=$1
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$build" --no-rebuild --quiet --destdir "$dest" >/dev/null
prefix=$(meson introspect "$build" --buildoptions |
         python3 -c 'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
root=$dest$prefix
app=io.github.koers.Koers
status=0

for f in bin/koers bin/koers-cli \
         share/applications/$app.desktop \
         share/metainfo/$app.metainfo.xml \
         share/dbus-1/services/$app.service \
         share/glib-2.0/schemas/$app.gschema.xml \
         share/icons/hicolor/scalable/apps/$app.svg \
         share/icons/hicolor/symbolic/apps/$app-symbolic.svg \
         share/locale/nl/LC_MESSAGES/koers.mo \
         share/locale/nl/LC_MESSAGES/koers-checklists.mo \
         share/man/man1/koers-cli.1 share/man/man1/koers.1; do
  if [ -e "$root/$f" ]; then echo "installed: $f"; else echo "MISSING: $f"; status=1; fi
done

grep -q '^Comment\[nl\]=' "$root/share/applications/$app.desktop" ||
  { echo "the installed desktop file has no Dutch comment"; status=1; }
grep -q 'xml:lang="nl"' "$root/share/metainfo/$app.metainfo.xml" ||
  { echo "the installed metainfo has no Dutch"; status=1; }
glib-compile-schemas --strict --dry-run "$root/share/glib-2.0/schemas" ||
  { echo "the installed schema does not compile"; status=1; }
"$root/bin/koers-cli" --version || { echo "the installed koers-cli does not run"; status=1; }
"$root/bin/koers" --version || { echo "the installed koers does not run"; status=1; }

exit $status
