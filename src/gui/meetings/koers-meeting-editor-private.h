/* koers-meeting-editor-private.h: what the GUI test drives in the meeting editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meeting-editor.h"
#include "koers-meeting-section.h"

G_BEGIN_DECLS

/* The working copy the sections edit. */
KoersMeeting        *koers_meeting_editor_get_meeting (KoersMeetingEditor *self);
/* "plan", "strengths", "worry", "conversation", "agenda", "after" */
KoersMeetingSection *koers_meeting_editor_get_section (KoersMeetingEditor *self,
                                                       const char         *name);
void                 koers_meeting_editor_show_section (KoersMeetingEditor *self,
                                                        const char         *name);
/* Saves the working copy; on failure the editor shows why and returns FALSE. */
gboolean             koers_meeting_editor_save        (KoersMeetingEditor *self,
                                                       GError            **error);
/* The meeting mode window while it is open. */
GtkWindow           *koers_meeting_editor_get_meeting_mode (KoersMeetingEditor *self);

/* The print-or-save question while it is open. */
GtkWindow           *koers_meeting_editor_get_sheet_dialog (KoersMeetingEditor *self);

G_END_DECLS
