/* koers-window.h: the main window; owns the open notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-application.h"

G_BEGIN_DECLS

#define KOERS_TYPE_WINDOW (koers_window_get_type ())
G_DECLARE_FINAL_TYPE (KoersWindow, koers_window, KOERS, WINDOW, AdwApplicationWindow)

/* Shows the unlock page when @path exists, else the welcome page. */
KoersWindow *koers_window_new         (KoersApplication *application,
                                       const char       *path);
/* Reads a class list and opens its preview (no file chooser); on a file it
 * cannot read, shows why and returns NULL. Returns the preview window (owned
 * by the window; it closes itself). */
GtkWindow   *koers_window_import_file (KoersWindow      *self,
                                       GFile            *file);
/* Closes the notebook and shows the unlock page. */
void         koers_window_lock        (KoersWindow      *self);
/* The preferences of the open notebook; NULL while locked. */
GtkWindow   *koers_window_show_preferences (KoersWindow *self);

G_END_DECLS
