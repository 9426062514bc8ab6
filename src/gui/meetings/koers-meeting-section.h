/* koers-meeting-section.h: one page of the meeting editor
 *
 * Every page of the editor (plan, strengths, worry, conversation, agenda, after)
 * derives from this. A section edits the editor's working copy of the meeting
 * directly, as the user types, and emits "changed" after each edit; the editor
 * saves the copy. The base class keeps the meeting and its context, so a page
 * only says how to fill its widgets. refresh() runs whenever the page is shown,
 * because other pages may have changed the meeting (a linked sensitive entry
 * changes the agenda's warning, an added attendee changes the invitation).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-meeting-context.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETING_SECTION (koers_meeting_section_get_type ())
G_DECLARE_DERIVABLE_TYPE (KoersMeetingSection, koers_meeting_section, KOERS, MEETING_SECTION, AdwBin)

struct _KoersMeetingSectionClass
{
  AdwBinClass parent_class;

  /* Shows the meeting in the widgets. Runs on load and on refresh, while the
   * section is filling, so the widgets' own change signals are not edits. */
  void (*fill)  (KoersMeetingSection *self);
  /* Optional: runs on load only, before fill and outside the guard, for what a
   * page sets up once per meeting rather than on every refresh. */
  void (*reset) (KoersMeetingSection *self);
};

/* Keeps @context and @meeting (references) for later edits, resets, then fills. */
void                 koers_meeting_section_load        (KoersMeetingSection *self,
                                                        KoersMeetingContext *context,
                                                        KoersMeeting        *meeting);
/* Fills again with what other sections changed; nothing before a load. */
void                 koers_meeting_section_refresh     (KoersMeetingSection *self);
/* NULL before a load. */
KoersMeetingContext *koers_meeting_section_get_context (KoersMeetingSection *self);
KoersMeeting        *koers_meeting_section_get_meeting (KoersMeetingSection *self);

/* For implementations */

/* Shows @toast (transfer full) on the editor's overlay, one at a time. */
void                 koers_meeting_section_present_toast (KoersMeetingSection *self,
                                                          AdwToast            *toast);
/* A plain toast with @text, which is not markup. */
void                 koers_meeting_section_show_text   (KoersMeetingSection *self,
                                                        const char          *text);
/* Emits "changed" after an edit of the meeting; does nothing while filling. */
void                 koers_meeting_section_changed     (KoersMeetingSection *self);
/* Brackets a fill of part of the widgets outside fill(), e.g. after an edit
 * that moves rows; pairs nest. */
void                 koers_meeting_section_begin_fill  (KoersMeetingSection *self);
void                 koers_meeting_section_end_fill    (KoersMeetingSection *self);
/* TRUE while fill() runs or between begin_fill() and end_fill(): a widget's
 * change signal then comes from the section, not from the user. */
gboolean             koers_meeting_section_is_filling  (KoersMeetingSection *self);

/* Shared pieces for the sections */

/* A wrapping, framed, multi-line text field (style class "meeting-text") with
 * @accessible_name as its label for screen readers. */
GtkTextView *koers_meeting_text_view_new      (const char  *accessible_name);
void         koers_meeting_text_view_set_text (GtkTextView *view,
                                               const char  *text);
/* Sets the text only when it differs, so a refresh while the user types keeps
 * the cursor where it is. */
void         koers_meeting_text_view_sync     (GtkTextView *view,
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
