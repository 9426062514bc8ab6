/* koers-i18n.h: gettext set-up shared by koers and koers-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n.h>

G_BEGIN_DECLS

/* Binds the text domain to the installed locale dir, or to the build tree's
 * when the program runs from there, so uninstalled builds speak Dutch too. */
void koers_i18n_init (void);

G_END_DECLS
