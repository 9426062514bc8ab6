/* koers-toasts.h: one toast at a time on an overlay, safely on libadwaita 1.2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Shows @toast (transfer full) on @overlay in place of the toast this function
 * showed there before. */
void koers_toasts_present   (AdwToastOverlay *overlay,
                             AdwToast        *toast);
/* Dismisses @toast, once its show animation is over. */
void koers_toasts_dismiss   (AdwToastOverlay *overlay,
                             AdwToast        *toast);
/* A plain toast with @text, which is not markup. */
void koers_toasts_show_text (AdwToastOverlay *overlay,
                             const char      *text);

G_END_DECLS
