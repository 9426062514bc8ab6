/* koers-checklist-print.h: a checklist to the printer or into a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* The filled-in checklist @checklist_id, or (@checklist_id 0) a blank sheet of
 * @template_id with the name of @student_id (0: a line to write it on). */
void koers_checklist_print  (GtkWindow       *parent,
                             KoersStore      *store,
                             gint64           checklist_id,
                             gint64           template_id,
                             gint64           student_id);
/* The same into a PDF the user picks; the result is told on @overlay. */
void koers_checklist_export (GtkWindow       *parent,
                             KoersStore      *store,
                             gint64           checklist_id,
                             gint64           template_id,
                             gint64           student_id,
                             AdwToastOverlay *overlay);

G_END_DECLS
