/* koers-meeting-sheet-dialog-private.h: what the tests see of the sheet dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meeting-sheet-dialog.h"

G_BEGIN_DECLS

/* The "Include sensitive notes" row (shown only when it matters) and its switch. */
GtkWidget *koers_meeting_sheet_dialog_get_sensitive_row    (KoersMeetingSheetDialog *self);
GtkSwitch *koers_meeting_sheet_dialog_get_sensitive_switch (KoersMeetingSheetDialog *self);
char      *koers_meeting_sheet_dialog_dup_suggested_name   (KoersMeetingSheetDialog *self);

G_END_DECLS
