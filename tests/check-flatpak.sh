#!/bin/sh
# check-flatpak.sh SOURCE_ROOT: the Flatpak manifest parses (flatpak-builder
# --show-manifest), names the app id that meson.build, the desktop file and the
# metainfo use, starts `koers`, asks for no more than a window, and pins every
# source (archives and files by sha256, git by commit; a release tag must resolve
# to its commit, or, in a clone without any tags, the commit must be in HEAD's
# history). It cannot build the Flatpak: that needs the runtime and the network.
set -eu
root=$(cd "$1" && pwd)
manifest="$root/flatpak/io.github.koers.Koers.json"

# flatpak-builder leaves a .flatpak-builder/ folder in the current directory.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

if ! (cd "$work" && flatpak-builder --show-manifest "$manifest") >"$work/manifest.json" 2>"$work/errors"; then
  echo "flatpak-builder --show-manifest $manifest failed:"
  cat "$work/errors"
  exit 1
fi
echo "flatpak-builder --show-manifest: the manifest parses"

python3 - "$root" "$manifest" "$work/manifest.json" <<'EOF'
import glob
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

root, manifest_path, parsed_path = sys.argv[1:4]
manifest_dir = os.path.dirname(manifest_path)
failures = []

# What Koers needs: a window (Wayland, or X11 where there is no Wayland), shared
# memory for X11 and the GPU. No network, no files: the notebook lives in the
# sandbox's own XDG_DATA_HOME, class lists come through the file chooser portal.
ALLOWED_FINISH_ARGS = {'--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'}
SHA256 = re.compile(r'^[0-9a-f]{64}$')
COMMIT = re.compile(r'^[0-9a-f]{40}$')
# Sources whose content is the manifest itself.
INLINE_TYPES = {'script', 'shell', 'inline'}


def fail(message):
    failures.append(message)
    print('FAIL: ' + message)


def ok(message):
    print('ok: ' + message)


with open(parsed_path, encoding='utf-8') as f:
    manifest = json.load(f)

# The app id, as the rest of the tree spells it.
app_id = manifest.get('id') or manifest.get('app-id')
print('manifest id: %s' % app_id)

with open(os.path.join(root, 'meson.build'), encoding='utf-8') as f:
    m = re.search(r"^app_id\s*=\s*'([^']+)'", f.read(), re.MULTILINE)
meson_id = m.group(1) if m else None
if meson_id != app_id:
    fail("meson.build's app_id is %r, the manifest's id %r" % (meson_id, app_id))
else:
    ok("meson.build's app_id is %s" % meson_id)

desktop_files = sorted(glob.glob(os.path.join(root, 'data', '*.desktop.in')))
desktop_ids = [os.path.basename(p)[:-len('.desktop.in')] for p in desktop_files]
if desktop_ids != [app_id]:
    fail('the desktop files in data/ are %s; expected exactly %s.desktop.in'
         % ([os.path.basename(p) for p in desktop_files], app_id))
else:
    ok('data/%s.desktop.in' % app_id)

metainfo_path = os.path.join(root, 'data', '%s.metainfo.xml.in' % meson_id)
try:
    component = ET.parse(metainfo_path).getroot()
    metainfo_id = (component.findtext('id') or '').strip()
    launchables = [(l.text or '').strip() for l in component.findall('launchable')
                   if l.get('type') == 'desktop-id']
    if metainfo_id != app_id:
        fail('%s: <id> is %r, the manifest\'s id %r' % (os.path.basename(metainfo_path), metainfo_id, app_id))
    else:
        ok('metainfo <id> is %s' % metainfo_id)
    if launchables != [app_id + '.desktop']:
        fail('%s: <launchable type="desktop-id"> is %s, expected %s.desktop'
             % (os.path.basename(metainfo_path), launchables, app_id))
    else:
        ok('metainfo <launchable> is %s' % launchables[0])
except (OSError, ET.ParseError) as e:
    fail('cannot read the metainfo: %s' % e)

# The command, and the desktop file starting the same one.
command = manifest.get('command')
if command != 'koers':
    fail("the manifest's command is %r, not 'koers'" % command)
else:
    ok('command is koers')
for path in desktop_files:
    with open(path, encoding='utf-8') as f:
        m = re.search(r'^Exec=(\S+)', f.read(), re.MULTILINE)
    if m is None or m.group(1) != command:
        fail('%s: Exec starts %r, the manifest\'s command is %r'
             % (os.path.basename(path), m.group(1) if m else None, command))

for key, wanted in (('runtime', 'org.gnome.Platform'), ('sdk', 'org.gnome.Sdk')):
    if manifest.get(key) != wanted:
        fail('%s is %r, expected %s' % (key, manifest.get(key), wanted))
print('runtime: %s//%s' % (manifest.get('runtime'), manifest.get('runtime-version')))

# Permissions: exactly the allowed set.
finish_args = manifest.get('finish-args', [])
print('finish-args: %s' % ' '.join(finish_args))
for arg in finish_args:
    if arg not in ALLOWED_FINISH_ARGS:
        why = ''
        if arg.startswith('--share=network'):
            why = ' (Koers never goes online: nothing leaves the machine)'
        elif arg.startswith('--filesystem'):
            why = ' (files are opened through the file chooser portal)'
        fail('finish-args has %s, which is not allowed%s' % (arg, why))
for arg in sorted(ALLOWED_FINISH_ARGS - set(finish_args)):
    fail('finish-args lacks %s' % arg)
if len(finish_args) != len(set(finish_args)):
    fail('finish-args repeats an argument')


def git(repo, *args):
    return subprocess.run(['git', '-C', repo] + list(args),
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def is_git_toplevel(path):
    # A dist tarball unpacked inside a checkout is no checkout of its own:
    # git would otherwise answer for the enclosing repository.
    r = git(path, 'rev-parse', '--show-toplevel')
    return r.returncode == 0 and os.path.realpath(r.stdout.strip()) == os.path.realpath(path)


def check_git_source(where, source):
    commit = source.get('commit', '')
    if not COMMIT.match(commit):
        fail('%s: a git source without a commit (40 hex digits) is not pinned: %s'
             % (where, json.dumps(source)))
        return
    tag = source.get('tag')
    label = 'git %s' % (source.get('path') or source.get('url'))
    path = source.get('path')
    if path is None:
        ok('%s: %s at commit %s (a remote repository: not checked here)' % (where, label, commit))
        return
    repo = os.path.normpath(os.path.join(manifest_dir, path))
    if not is_git_toplevel(repo):
        ok('%s: %s at commit %s (%s is no git checkout: the commit is not checked)'
           % (where, label, commit, repo))
        return
    if tag is not None:
        r = git(repo, 'rev-parse', '--verify', '--quiet', 'refs/tags/%s^{commit}' % tag)
        if r.returncode == 0:
            if r.stdout.strip() != commit:
                fail('%s: tag %s is commit %s in %s, but the manifest pins %s'
                     % (where, tag, r.stdout.strip(), repo, commit))
            else:
                ok('%s: %s tag %s is commit %s' % (where, label, tag, commit))
            return
        if git(repo, 'tag', '--list').stdout.strip() != '':
            fail('%s: tag %s does not exist in %s, which has other tags (git fetch --tags, '
                 'or create the release tag)' % (where, tag, repo))
            return
        # A clone made without tags (as CI makes them): the pinned commit must
        # still be part of this branch's history, or the Flatpak builds something else.
        print('note: this clone has no tags; checking commit %s instead of tag %s' % (commit, tag))
    if git(repo, 'rev-parse', '--is-shallow-repository').stdout.strip() == 'true':
        ok('%s: %s at commit %s (a shallow clone: the commit is not checked)'
           % (where, label, commit))
        return
    if git(repo, 'cat-file', '-e', '%s^{commit}' % commit).returncode != 0:
        fail('%s: commit %s does not exist in %s' % (where, commit, repo))
    elif git(repo, 'merge-base', '--is-ancestor', commit, 'HEAD').returncode != 0:
        fail('%s: commit %s is not in the history of HEAD in %s' % (where, commit, repo))
    else:
        ok('%s: %s commit %s is in the history of HEAD' % (where, label, commit))


def check_source(where, source):
    if not isinstance(source, dict):
        fail('%s: a source in a separate file (%r) cannot be checked' % (where, source))
        return
    kind = source.get('type')
    if kind == 'git':
        check_git_source(where, source)
    elif kind in ('archive', 'file', 'extra-data'):
        sha = source.get('sha256', '')
        name = source.get('url') or source.get('path') or source.get('dest-filename')
        if not SHA256.match(sha):
            fail('%s: %s source %s has no sha256 (64 hex digits)' % (where, kind, name))
        else:
            ok('%s: %s %s sha256 %s' % (where, kind, name, sha))
    elif kind in INLINE_TYPES:
        ok('%s: %s source (its content is in the manifest)' % (where, kind))
    elif kind == 'dir':
        fail('%s: a dir source (%s) is whatever the folder holds when it is built: pin a git '
             'commit or an archive with sha256 (flatpak/README.md)' % (where, source.get('path')))
    else:
        fail('%s: a %s source cannot be pinned by this check' % (where, kind))


def check_modules(modules, parent=''):
    for module in modules:
        if not isinstance(module, dict):
            fail('a module in a separate file (%r) cannot be checked' % module)
            continue
        name = parent + module.get('name', '?')
        sources = module.get('sources', [])
        if not sources:
            fail('module %s has no sources' % name)
        for source in sources:
            check_source('module ' + name, source)
        check_modules(module.get('modules', []), name + '/')


modules = manifest.get('modules', [])
if not modules:
    fail('the manifest has no modules')
check_modules(modules)

if failures:
    print('%s: %d problem(s)' % (os.path.relpath(manifest_path, root), len(failures)))
    sys.exit(1)
print('%s: all checks passed' % os.path.relpath(manifest_path, root))
EOF
