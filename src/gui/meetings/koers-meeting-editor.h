/* koers-meeting-editor.h: prepare, hold and follow up one parent meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETING_EDITOR (koers_meeting_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeetingEditor, koers_meeting_editor, KOERS, MEETING_EDITOR, AdwWindow)

/* @meeting NULL: a new meeting for @student, with the parents, the student and the
 * mentor (who leads) as attendees. Returns NULL with @error when the student's
 * timeline cannot be read.
 * Signals: "saved" (KoersMeeting *: after every save, also the quiet ones before
 * printing or meeting mode), "toast" (AdwToast *: for the main window, after the
 * editor closed). */
KoersMeetingEditor *koers_meeting_editor_new (GtkWindow     *parent,
                                              KoersStore    *store,
                                              KoersStudent  *student,
                                              KoersMeeting  *meeting,
                                              GError       **error);

G_END_DECLS
