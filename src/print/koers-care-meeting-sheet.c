/* koers-care-meeting-sheet.c: the leerlingbespreking on paper: agenda and minutes
 *
 * The agenda goes round the table, so privacy is decided here, once: a line from a
 * sensitive entry reaches the page only when the user asked for it, and then it
 * says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-care-meeting-sheet.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

#define CONCLUSION_LINES 3
#define STEPS_LINES 3

static void
add_plan (KoersDocument    *doc,
          KoersCareMeeting *meeting)
{
  g_autofree char *date = koers_date_format_long (koers_care_meeting_get_date (meeting));
  g_autofree char *attendees = koers_care_meeting_dup_attendees_text (meeting);
  g_autoptr(GString) when = g_string_new (date);

  if (koers_care_meeting_get_time (meeting) != NULL)
    g_string_append_printf (when, ", %s", koers_care_meeting_get_time (meeting));
  if (koers_care_meeting_get_place (meeting) != NULL)
    g_string_append_printf (when, " · %s", koers_care_meeting_get_place (meeting));
  koers_document_add_subtitle (doc, when->str);
  koers_document_add_field (doc, _("Attendees"), *attendees != '\0' ? attendees : NULL);
}

/* "1. Mees de Vries (2B) · mentor M. de Boer" */
static char *
dup_student_heading (KoersCareStudent *student,
                     guint             number)
{
  KoersStudent *record = student->student;
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%u. %s", number, koers_student_get_display_name (record));
  if (koers_student_get_group (record) != NULL)
    g_string_append_printf (text, " (%s)", koers_student_get_group (record));
  if (koers_student_get_mentor (record) != NULL)
    /* Translators: %s is a mentor's name */
    g_string_append_printf (text, _(" · mentor %s"), koers_student_get_mentor (record));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_question (KoersDocument    *doc,
              KoersCareStudent *student)
{
  koers_document_add_subheading (doc, _("Question of the Mentor"));
  if (koers_str_is_set (student->question))
    koers_document_add_paragraph (doc, student->question);
  else
    koers_document_add_note (doc, _("No question written down."));
}

void
koers_care_brief_add_to_document (KoersDocument  *doc,
                                  KoersCareBrief *brief,
                                  gboolean        include_sensitive)
{
  guint left_out = 0;

  for (KoersBriefPart part = 0; part < KOERS_N_BRIEF_PARTS; part++)
    {
      g_autoptr(GPtrArray) lines = koers_care_brief_get_part (brief, part);
      guint shown = 0;

      koers_document_add_subheading (doc, koers_brief_part_get_title (part));
      for (guint i = 0; i < lines->len; i++)
        {
          KoersBriefLine *line = g_ptr_array_index (lines, i);
          g_autofree char *detail = NULL;

          if (line->sensitive && !include_sensitive)
            {
              left_out++;
              continue;
            }
          if (line->sensitive)
            detail = line->detail != NULL ? g_strdup_printf ("%s · %s", _("Sensitive"), line->detail)
                                          : g_strdup (_("Sensitive"));
          koers_document_add_bullet (doc, line->text, detail != NULL ? detail : line->detail);
          shown++;
        }
      if (shown == 0)
        koers_document_add_note (doc, _("Nothing here."));
    }

  if (left_out > 0)
    {
      g_autofree char *note =
        /* Translators: on the printed agenda; the notes are in Koers, not on paper */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u sensitive note left out; it is in Koers.",
                                      "%u sensitive notes left out; they are in Koers.",
                                      left_out), left_out);

      koers_document_add_note (doc, note);
    }
}

KoersDocument *
koers_care_agenda_new (KoersCareMeeting *meeting,
                       GPtrArray        *briefs,
                       gboolean          include_sensitive)
{
  GPtrArray *students;
  KoersDocument *doc;

  g_return_val_if_fail (KOERS_IS_CARE_MEETING (meeting), NULL);
  students = koers_care_meeting_get_students (meeting);
  g_return_val_if_fail (briefs != NULL && briefs->len == students->len, NULL);

  doc = koers_document_new ();
  koers_document_set_banner (doc, include_sensitive ? _("Confidential · with sensitive notes")
                                                    : _("Confidential"));
  koers_document_set_pdf_title (doc, _("Student care meeting"));
  koers_document_set_footer (doc, _("Koers · student care meeting"));
  koers_document_add_title (doc, _("Student Care Meeting"));
  add_plan (doc, meeting);

  koers_document_add_heading (doc, _("Students"));
  for (guint i = 0; i < students->len; i++)
    {
      KoersCareStudent *student = g_ptr_array_index (students, i);
      g_autofree char *line = dup_student_heading (student, i + 1);

      koers_document_add_bullet (doc, line, student->question);
    }
  if (students->len == 0)
    koers_document_add_note (doc, _("No students on the list yet."));

  for (guint i = 0; i < students->len; i++)
    {
      KoersCareStudent *student = g_ptr_array_index (students, i);
      g_autofree char *heading = dup_student_heading (student, i + 1);

      koers_document_add_heading (doc, heading);
      add_question (doc, student);
      koers_care_brief_add_to_document (doc, g_ptr_array_index (briefs, i), include_sensitive);
      koers_document_add_subheading (doc, _("Conclusion"));
      koers_document_add_lines (doc, CONCLUSION_LINES);
      koers_document_add_subheading (doc, _("Next Steps (what, who, by when)"));
      koers_document_add_lines (doc, STEPS_LINES);
    }
  return doc;
}

KoersDocument *
koers_care_minutes_new (KoersCareMeeting *meeting)
{
  GPtrArray *students;
  KoersDocument *doc;

  g_return_val_if_fail (KOERS_IS_CARE_MEETING (meeting), NULL);
  students = koers_care_meeting_get_students (meeting);

  doc = koers_document_new ();
  koers_document_set_banner (doc, _("Confidential"));
  koers_document_set_pdf_title (doc, _("Student care meeting minutes"));
  koers_document_set_footer (doc, _("Koers · student care meeting minutes"));
  koers_document_add_title (doc, _("Student Care Meeting Minutes"));
  add_plan (doc, meeting);

  for (guint i = 0; i < students->len; i++)
    {
      KoersCareStudent *student = g_ptr_array_index (students, i);
      g_autofree char *heading = dup_student_heading (student, i + 1);

      koers_document_add_heading (doc, heading);
      add_question (doc, student);
      koers_document_add_subheading (doc, _("Conclusion"));
      if (student->conclusion != NULL)
        koers_document_add_paragraph (doc, student->conclusion);
      else
        koers_document_add_note (doc, _("Not discussed."));
      koers_document_add_subheading (doc, _("Next Steps"));
      for (guint j = 0; j < student->steps->len; j++)
        {
          KoersCareStep *step = g_ptr_array_index (student->steps, j);
          g_autofree char *due = koers_date_format_dutch (step->due);
          g_autofree char *detail = g_strdup_printf ("%s · %s", step->owner, due);

          koers_document_add_checkbox (doc, step->what, detail, FALSE);
        }
      if (student->steps->len == 0)
        koers_document_add_note (doc, _("No next steps."));
    }
  if (students->len == 0)
    koers_document_add_note (doc, _("No students on the list yet."));
  return doc;
}
