/* koers-i18n.h: gettext set-up shared by koers and koers-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n.h>

G_BEGIN_DECLS

/* Binds the text domain to the installed locale dir, or to the build tree's
 * when the program runs from there, so uninstalled builds speak Dutch too. */
void     koers_i18n_init               (void);
/* TRUE for a program started from KOERS_BUILD_ROOT: it reads the translations
 * and the settings schema built there, not installed ones. */
gboolean koers_running_from_build_tree (void);

G_END_DECLS
