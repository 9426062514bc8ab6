/* koers-meeting-entry-rows.h: timeline entries as rows to pick for a meeting
 *
 * Shared by the strengths and worry sections: both offer the student's
 * timeline as check rows and show the same facts about each entry (date, kind,
 * who saw it, fact or interpretation, sensitive).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-entry.h"

G_BEGIN_DECLS

/* At most this many entries are offered before "Show All". */
#define KOERS_MEETING_ENTRY_ROWS_LIMIT 30

/* The entry's text on one line, cut at @max_chars with "…"; "" when none. */
char           *koers_meeting_entry_dup_excerpt   (KoersEntry *entry,
                                                   guint       max_chars);
/* "12-3-2026 · Observation · Teacher (mevrouw Jansen)"; the kind only when
 * @with_kind, the source only when it is recorded. */
char           *koers_meeting_entry_dup_details   (KoersEntry *entry,
                                                   gboolean    with_kind);
/* An AdwActionRow with a check button in front: the entry's text as title, the
 * details as subtitle, "Interpretation" and a lock for sensitive entries. The
 * row keeps a reference to @entry ("entry" data). */
GtkWidget      *koers_meeting_entry_check_row_new (KoersEntry *entry,
                                                   gboolean    with_kind,
                                                   gboolean    active);
GtkCheckButton *koers_meeting_entry_check_row_get_check (GtkWidget *row);
KoersEntry     *koers_meeting_entry_row_get_entry (GtkWidget  *row);
/* An empty GtkListBox styled as a boxed list, for rows in a chosen order. */
GtkListBox     *koers_meeting_boxed_list_new      (void);
/* Removes every row of @list_box. */
void            koers_meeting_list_box_clear      (GtkListBox *list_box);

G_END_DECLS
