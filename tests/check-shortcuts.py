#!/usr/bin/env python3
"""check-shortcuts.py SOURCE_ROOT: every keyboard shortcut Koers defines is in
the shortcuts window (ui/gtk/help-overlay.ui), and the window lists none that
Koers does not have.

Shortcuts are read where Koers defines them: the application's accelerator
table, gtk_widget_class_add_binding_action() and gtk_keyval_trigger_new() in
src/gui, GtkShortcut triggers in ui/, and the timeline's Alt+digit kinds.
Escape and Ctrl+W close a dialog everywhere; they are listed once, as such."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(sys.argv[1])
MODS = {"GDK_CONTROL_MASK": "<Control>", "GDK_SHIFT_MASK": "<Shift>", "GDK_ALT_MASK": "<Alt>"}


def norm(accel):
    """'<Primary><shift>N' -> ('control', 'shift'), 'n'"""
    mods = tuple(sorted(m.lower().replace("primary", "control").replace("ctrl", "control")
                        for m in re.findall(r"<(\w+)>", accel)))
    key = re.sub(r"<\w+>", "", accel).strip()
    if "shift" in mods and len(key) == 1:
        key = key.lower()
    return mods, key.lower() if len(key) == 1 else key


def from_c(keyval, mask):
    mods = "".join(MODS[m.strip()] for m in mask.split("|") if m.strip() in MODS)
    return mods + keyval


defined = {}  # normalised -> where
app = (root / "src/gui/koers-application.c").read_text()
for action, accels in re.findall(r'\{ "((?:app|win)\.[\w-]+)", \{ ([^}]*)\} \}', app):
    for accel in re.findall(r'"([^"]+)"', accels):
        defined[norm(accel)] = f"koers-application.c {action}"
for path in (root / "src/gui").rglob("*.c"):
    text = path.read_text()
    for keyval, mask in re.findall(r"gtk_widget_class_add_binding_action \(widget_class, GDK_KEY_(\w+), ([\w |]+),", text):
        defined[norm(from_c(keyval, mask))] = path.name
    for keyval, mask in re.findall(r"gtk_keyval_trigger_new \(GDK_KEY_(\w+), ([\w |]+)\)", text):
        defined[norm(from_c(keyval, mask))] = path.name
    # The timeline's quick kinds: { KIND, GDK_KEY_1, "<Alt>1" }
    for accel in re.findall(r'\{ KOERS_ENTRY_\w+,\s+GDK_KEY_\w+, "([^"]+)" \}', text):
        defined[norm(accel)] = path.name
for path in (root / "ui").rglob("*.ui"):
    if path.name == "help-overlay.ui":
        continue
    for trigger in re.findall(r'<property name="trigger">([^<]+)</property>', path.read_text()):
        defined[norm(trigger.replace("&lt;", "<").replace("&gt;", ">"))] = path.name
# The signal checklist's own keys (koers-signal-row.c handles them by hand).
for key in ("0", "1", "2", "Up", "Down"):
    defined[norm(key)] = "koers-signal-row.c"
# GtkApplicationWindow's own.
defined[norm("<Control>question")] = "GtkApplicationWindow"

listed = {}
overlay = ET.parse(root / "ui/gtk/help-overlay.ui")
for shortcut in overlay.iter("object"):
    if shortcut.get("class") != "GtkShortcutsShortcut":
        continue
    title = next((p.text for p in shortcut.findall("property") if p.get("name") == "title"), "?")
    for prop in shortcut.findall("property"):
        if prop.get("name") != "accelerator":
            continue
        for accel in prop.text.split():
            if "..." in accel:  # "<Alt>3...<Alt>0": a range of digits
                first, last = accel.split("...")
                mods, a = norm(first)
                _, b = norm(last)
                digits = "1234567890"
                for d in digits[digits.index(a):digits.index(b) + 1]:
                    listed[(mods, d)] = title
            else:
                listed[norm(accel)] = title

status = 0
for accel, where in sorted(defined.items()):
    if accel not in listed:
        print(f"missing from the shortcuts window: {accel} ({where})")
        status = 1
for accel, title in sorted(listed.items()):
    if accel not in defined:
        print(f"the shortcuts window lists {accel} ({title}), which Koers does not define")
        status = 1
print(f"{len(defined)} shortcuts defined, {len(listed)} listed")
sys.exit(status)
