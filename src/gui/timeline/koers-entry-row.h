/* koers-entry-row.h: one entry in a student's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-entry.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ENTRY_ROW (koers_entry_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersEntryRow, koers_entry_row, KOERS, ENTRY_ROW, AdwBin)

/* The row's buttons use the actions of the timeline around it, each with the
 * entry id as parameter: timeline.edit-entry, timeline.delete-entry,
 * timeline.reveal-entry, timeline.followup-done and timeline.followup-reopen. */
GtkWidget   *koers_entry_row_new       (void);
/* @month_header: the entry is the newest of its month, so the row carries the
 * month's heading. @revealed: sensitive text is shown. NULL empties the row. */
void         koers_entry_row_set_entry (KoersEntryRow *self,
                                        KoersEntry    *entry,
                                        gboolean       month_header,
                                        gboolean       revealed);
/* The checklist that wrote this signal entry (0: none), for "Open Checklist". */
void         koers_entry_row_set_checklist (KoersEntryRow *self,
                                            gint64         checklist_id);
KoersEntry  *koers_entry_row_get_entry (KoersEntryRow *self);

/* The symbolic icon and the CSS class ("kind-positive", ...) of each kind. */
const char  *koers_entry_kind_get_icon_name (KoersEntryKind kind);
const char  *koers_entry_kind_get_css_class (KoersEntryKind kind);

G_END_DECLS
