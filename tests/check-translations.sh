#!/bin/sh
# check-translations.sh SOURCE_ROOT: every file with translatable strings is listed
# in po/POTFILES.in (the checklist templates in po/checklists/POTFILES.in), and
# every language of both text domains is complete and valid.
set -eu
root=$1
status=0

cd "$root"
listed=$(grep -v '^#' po/POTFILES.in | sort)
wanted=$( (grep -rl -e '_(' -e 'N_(' -e 'ngettext (' -e 'C_(' src --include='*.c';
           grep -rl 'translatable="yes"' ui;
           ls data/*.desktop.in data/*.gschema.xml data/*.metainfo.xml.in) | sort -u)

missing=$(printf '%s\n' "$wanted" | grep -vxF -e "$listed" || true)
if [ -n "$missing" ]; then
  echo "Not in po/POTFILES.in (their strings are never translated):"
  printf '  %s\n' $missing
  status=1
fi

listed=$(grep -v '^#' po/checklists/POTFILES.in | sort)
wanted=$(ls data/checklists/*.checklist | sort)
missing=$(printf '%s\n' "$wanted" | grep -vxF -e "$listed" || true)
if [ -n "$missing" ]; then
  echo "Not in po/checklists/POTFILES.in (their signals are never translated):"
  printf '  %s\n' $missing
  status=1
fi

for dir in po po/checklists; do
  for lang in $(grep -v '^#' $dir/LINGUAS); do
    stats=$(msgfmt --check --statistics -o /dev/null "$dir/$lang.po" 2>&1) || { echo "$stats"; status=1; continue; }
    case $stats in
      *fuzzy*|*untranslated*)
        echo "$dir/$lang.po is incomplete: $stats"
        status=1 ;;
      *) echo "$dir/$lang.po: $stats" ;;
    esac
  done
done

# A catalogue can be complete and still stale: every source string must be in it.
for domain in koers koers-checklists; do
  case $domain in
    koers) dir=po; args="--keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=ngettext:1,2" ;;
    *) dir=po/checklists; args="--language=Desktop --keyword=Name --keyword=Label --keyword=Text" ;;
  esac
  pot=$(mktemp)
  # shellcheck disable=SC2086
  xgettext --from-code=UTF-8 $args -o "$pot" -f "$dir/POTFILES.in" 2>/dev/null || true
  for lang in $(grep -v '^#' $dir/LINGUAS); do
    if [ -s "$pot" ]; then
      stale=$(msgcmp --use-untranslated "$dir/$lang.po" "$pot" 2>&1) || {
        echo "$dir/$lang.po lacks source strings (run the update-po target):"
        echo "$stale" | head -5
        status=1
      }
    fi
  done
  rm -f "$pot"
done

exit $status
