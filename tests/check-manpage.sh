#!/bin/sh
# check-manpage.sh SOURCE_ROOT KOERS_CLI: docs/koers-cli.1 documents every command
# that `koers-cli --help` lists (a .SS or .TP entry under COMMANDS) and no command
# koers-cli lacks, and groff renders both man pages without a warning.
set -eu
root=$1
cli=$2
status=0

command -v groff >/dev/null || { echo "groff was not found: install groff-base"; exit 1; }

# The command list is English and untranslated only in the C locale.
help=$(LC_ALL=C.UTF-8 LANGUAGE= "$cli" --help) || { echo "$cli --help failed"; exit 1; }

# "Commands:" up to the first empty line; a command starts its line after two
# spaces, a summary pushed onto the next line is indented further.
commands=$(printf '%s\n' "$help" | sed -n '/^Commands:$/,/^$/p' |
           sed -n 's/^  \([a-z][a-z0-9-]*\)\( .*\)\{0,1\}$/\1/p')
if [ -z "$commands" ]; then
  echo "No commands found in the Commands: section of koers-cli --help:"
  printf '%s\n' "$help"
  exit 1
fi
echo "koers-cli --help lists $(printf '%s\n' "$commands" | wc -l) commands"

# The first word of every .SS heading and .TP tag in the COMMANDS section, with
# \- as -, font changes and quotes dropped. Options (-x, --xyz) are left out.
documented=$(awk '
  /^\.SH/ { in_commands = ($0 ~ /^\.SH +"?COMMANDS"?[ \t]*$/); next }
  !in_commands { next }
  tag { tag = 0; entry = $0; sub(/^\.(B|I|BR|BI|IR|IB|RB|RI) +/, "", entry); print entry; next }
  /^\.TP/ { tag = 1; next }
  /^\.SS/ { entry = $0; sub(/^\.SS +/, "", entry); print entry }
' "$root/docs/koers-cli.1" |
  sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\f(..//g' -e 's/"//g' |
  awk '{ print $1 }' | grep -v '^-' | sort -u)

for command in $commands; do
  if ! printf '%s\n' "$documented" | grep -qxF -e "$command"; then
    echo "docs/koers-cli.1 has no .SS or .TP entry under COMMANDS for \"$command\" (koers-cli --help lists it)"
    status=1
  fi
done

# Every entry that names no option must be a command: a command that was renamed
# or removed must leave the page too. (A heading that starts with a capital is no command.)
for entry in $documented; do
  case $entry in
    [a-z]*) ;;
    *) continue ;;
  esac
  if ! printf '%s\n' "$commands" | grep -qxF -e "$entry"; then
    echo "docs/koers-cli.1 documents \"$entry\", which koers-cli --help does not list"
    status=1
  fi
done

for page in koers-cli.1 koers.1; do
  warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$root/docs/$page" 2>&1) || true
  if [ -n "$warnings" ]; then
    echo "groff warns about docs/$page:"
    printf '%s\n' "$warnings"
    status=1
  else
    echo "docs/$page renders without warnings"
  fi
done

[ $status -eq 0 ] && echo "docs/koers-cli.1 documents every command of koers-cli"
exit $status
