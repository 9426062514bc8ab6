/* koers-meeting-sheet-dialog.h: one question, then print or save a meeting sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-meeting-sheet.h"
#include "koers-store.h"

G_BEGIN_DECLS

/* Called once the PDF is written (@error NULL) or failed; not when the user cancels. */
typedef void (*KoersMeetingSheetDoneFunc) (GFile        *file,
                                           guint         n_pages,
                                           const GError *error,
                                           gpointer      user_data);

#define KOERS_TYPE_MEETING_SHEET_DIALOG (koers_meeting_sheet_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeetingSheetDialog, koers_meeting_sheet_dialog, KOERS, MEETING_SHEET_DIALOG, AdwMessageDialog)

/* @meeting must be stored (have an id): the sheet is read from @store. For the
 * preparation the dialog offers to include sensitive notes when the meeting links
 * a sensitive entry; off by default. @done runs after a PDF was saved (or failed),
 * with @user_data kept alive until then. */
KoersMeetingSheetDialog *koers_meeting_sheet_dialog_new     (GtkWindow                 *parent,
                                                             KoersStore                *store,
                                                             KoersMeeting              *meeting,
                                                             KoersSheetKind             kind,
                                                             KoersMeetingSheetDoneFunc  done,
                                                             GObject                   *user_data);
void     koers_meeting_sheet_dialog_set_include_sensitive   (KoersMeetingSheetDialog   *self,
                                                             gboolean                   include_sensitive);
/* What "Save as PDF…" writes once the file is chosen. */
gboolean koers_meeting_sheet_dialog_write_pdf               (KoersMeetingSheetDialog   *self,
                                                             const char                *path,
                                                             guint                     *n_pages,
                                                             GError                   **error);

G_END_DECLS
