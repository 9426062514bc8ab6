/* koers-ics.h: a parent meeting as an iCalendar event (RFC 5545)
 *
 * One VCALENDAR with one VEVENT, CRLF line ends, lines folded at 75 octets, text
 * escaped, start in Europe/Amsterdam (with its VTIMEZONE), a stable UID from the
 * meeting's UUID. The description is the invitation text: nothing sensitive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meeting.h"
#include "koers-student.h"

G_BEGIN_DECLS

/* @invitation: the text for DESCRIPTION (the edited or generated invitation).
 * Fails (G_IO_ERROR_INVALID_ARGUMENT, a message saying what to fill in) when the
 * meeting has no date or no time. */
char     *koers_meeting_to_ics       (KoersMeeting  *meeting,
                                      KoersStudent  *student,
                                      const char    *invitation,
                                      GError       **error);
/* Writes it atomically to @path. */
gboolean  koers_meeting_write_ics    (KoersMeeting  *meeting,
                                      KoersStudent  *student,
                                      const char    *invitation,
                                      const char    *path,
                                      GError       **error);

G_END_DECLS
