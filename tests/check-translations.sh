#!/bin/sh
# check-translations.sh SOURCE_ROOT: every file with translatable strings is listed
# in po/POTFILES.in, and every language in po/LINGUAS is complete and valid.
set -eu
root=$1
status=0

cd "$root"
listed=$(grep -v '^#' po/POTFILES.in | sort)
wanted=$( (grep -rl -e '_(' -e 'N_(' -e 'ngettext (' -e 'C_(' src --include='*.c';
           grep -rl 'translatable="yes"' ui;
           ls data/*.desktop.in data/*.metainfo.xml.in) | sort -u)

missing=$(printf '%s\n' "$wanted" | grep -vxF -e "$listed" || true)
if [ -n "$missing" ]; then
  echo "Not in po/POTFILES.in (their strings are never translated):"
  printf '  %s\n' $missing
  status=1
fi

for lang in $(grep -v '^#' po/LINGUAS); do
  stats=$(msgfmt --check --statistics -o /dev/null "po/$lang.po" 2>&1) || { echo "$stats"; status=1; continue; }
  case $stats in
    *fuzzy*|*untranslated*)
      echo "po/$lang.po is incomplete: $stats"
      status=1 ;;
    *) echo "po/$lang.po: $stats" ;;
  esac
done

exit $status
