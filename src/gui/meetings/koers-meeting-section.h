/* koers-meeting-section.h: one page of the meeting editor
 *
 * Every page of the editor (plan, strengths, worry, conversation, agenda, after)
 * implements this. A section edits the editor's working copy of the meeting
 * directly, as the user types, and emits "changed" after each edit; the editor
 * saves the copy. refresh() runs whenever the page is shown, because other pages
 * may have changed the meeting (a linked sensitive entry changes the agenda's
 * warning, an added attendee changes the invitation).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-meeting-context.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETING_SECTION (koers_meeting_section_get_type ())
G_DECLARE_INTERFACE (KoersMeetingSection, koers_meeting_section, KOERS, MEETING_SECTION, GtkWidget)

struct _KoersMeetingSectionInterface
{
  GTypeInterface parent_iface;

  /* Fill the widgets from @meeting and keep both (references) for later edits. */
  void (*load)    (KoersMeetingSection *self,
                   KoersMeetingContext *context,
                   KoersMeeting        *meeting);
  /* Show what other sections changed in the meeting; may be NULL. */
  void (*refresh) (KoersMeetingSection *self);
};

void koers_meeting_section_load    (KoersMeetingSection *self,
                                    KoersMeetingContext *context,
                                    KoersMeeting        *meeting);
void koers_meeting_section_refresh (KoersMeetingSection *self);
/* For implementations: emits "changed" after an edit of the meeting. */
void koers_meeting_section_changed (KoersMeetingSection *self);

/* Shared pieces for the sections */

/* A wrapping, framed, multi-line text field (style class "meeting-text") with
 * @accessible_name as its label for screen readers. */
GtkTextView *koers_meeting_text_view_new      (const char  *accessible_name);
void         koers_meeting_text_view_set_text (GtkTextView *view,
                                               const char  *text);
/* NULL when empty or only white space; otherwise the text without outer white space. */
char        *koers_meeting_text_view_dup_text (GtkTextView *view);
/* The row's text without outer white space; NULL when empty. */
char        *koers_meeting_editable_dup_text  (GtkEditable *editable);
/* Shows @iso ("2026-12-01") as the Dutch "1-12-2026"; "" when NULL. */
void         koers_meeting_date_row_set       (GtkEditable *row,
                                               const char  *iso);
/* The ISO date typed into @row, NULL when empty. An unreadable date gives NULL,
 * adds the "error" style class to the row and sets *@valid to FALSE (else TRUE). */
char        *koers_meeting_date_row_get       (GtkEditable *row,
                                               gboolean    *valid);

G_END_DECLS
