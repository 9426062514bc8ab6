/* koers-unsaved.h: asking before unsaved work is closed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The question GNOME apps ask before closing unsaved work, on @parent:
 * responses "cancel" (also Escape), "discard" (destructive) and "save" (the
 * default). @heading and @body say what would be lost. Not yet presented. */
GtkWidget *koers_unsaved_dialog_new   (GtkWindow  *parent,
                                       const char *heading,
                                       const char *body);

typedef void (*KoersUnsavedSaveFunc) (GtkWindow *window);

/* From now on, closing @window (Escape, Ctrl+W, the close button) asks first
 * when its form holds something else than now: every text field, text view,
 * switch, check button and combo row in it is compared, hidden ones included.
 * "Save" calls @save, which destroys the window when it succeeds and leaves it
 * open, showing why, when it does not; "Discard" destroys it. Destroying the
 * window directly, as saving and locking do, never asks. */
void       koers_unsaved_guard_window (GtkWindow            *window,
                                       const char           *heading,
                                       const char           *body,
                                       KoersUnsavedSaveFunc  save);
/* Whether the guarded @window's form changed since koers_unsaved_guard_window(). */
gboolean   koers_unsaved_is_changed   (GtkWindow            *window);

/* A draft of @window's form, to keep in the notebook when the window must go
 * while it holds unsaved work (the notebook locks). Every field the window's
 * template names is kept by that name, so a draft fits a window of the same
 * kind only; fields made at run time are not kept. */
char      *koers_unsaved_dup_draft     (GtkWindow            *window);
/* Fills @window's named fields from @draft. FALSE, with @error set, when the
 * draft cannot be read; names the window does not have are skipped. */
gboolean   koers_unsaved_restore_draft (GtkWindow            *window,
                                        const char           *draft,
                                        GError              **error);

G_END_DECLS
