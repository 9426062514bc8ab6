/* koers-student-record-sheet.c: everything about one student, readable on paper
 *
 * The JSON export (koers-student-export.c) is the complete, exact record; this is
 * the same record in words, section by section, for people rather than programs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-student-record-sheet.h"

#include "koers-checklist-template.h"
#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

static void
add_details (KoersDocument *doc,
             KoersStudent  *student)
{
  g_autofree char *birth = koers_student_get_birth_date (student) != NULL
    ? koers_date_format_dutch (koers_student_get_birth_date (student)) : NULL;

  koers_document_add_heading (doc, _("Details"));
  koers_document_add_field (doc, _("Student number"), koers_student_get_student_number (student));
  koers_document_add_field (doc, _("Class"), koers_student_get_group (student));
  koers_document_add_field (doc, _("Date of birth"), birth);
  koers_document_add_field (doc, _("Email"), koers_student_get_email (student));
  koers_document_add_field (doc, _("Mentor"), koers_student_get_mentor (student));
  if (koers_str_is_set (koers_student_get_notes (student)))
    koers_document_add_paragraph (doc, koers_student_get_notes (student));
}

static gboolean
add_timeline (KoersDocument  *doc,
              KoersStore     *store,
              gint64          student_id,
              GError        **error)
{
  KoersEntryQuery query = { 0 };
  g_autoptr(GPtrArray) entries = koers_store_list_entries (store, student_id, &query, error);

  if (entries == NULL)
    return FALSE;
  koers_document_add_heading (doc, _("Timeline"));
  for (guint i = 0; i < entries->len; i++)
    {
      KoersEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *date = koers_date_format_dutch (koers_entry_get_date (entry));
      g_autofree char *detail = NULL;

      g_ptr_array_add (parts, g_strdup (date));
      g_ptr_array_add (parts, g_strdup (koers_entry_kind_get_label (koers_entry_get_kind (entry))));
      if (koers_entry_get_author (entry) != NULL)
        g_ptr_array_add (parts, g_strdup (koers_entry_get_author (entry)));
      if (koers_entry_get_interpretation (entry))
        g_ptr_array_add (parts, g_strdup (_("interpretation")));
      if (koers_entry_get_sensitive (entry))
        g_ptr_array_add (parts, g_strdup (_("Sensitive")));
      if (koers_entry_get_followup_text (entry) != NULL)
        /* Translators: a follow-up under a timeline entry */
        g_ptr_array_add (parts, g_strdup_printf (_("next step: %s"), koers_entry_get_followup_text (entry)));
      g_ptr_array_add (parts, NULL);
      detail = g_strjoinv (" · ", (char **) parts->pdata);
      koers_document_add_bullet (doc, koers_entry_get_text (entry) ?: "", detail);
    }
  if (entries->len == 0)
    koers_document_add_note (doc, _("Nothing here."));
  return TRUE;
}

static gboolean
add_goals (KoersDocument  *doc,
           KoersStore     *store,
           gint64          student_id,
           GError        **error)
{
  g_autoptr(GPtrArray) goals = koers_store_list_goals (store, student_id, error);

  if (goals == NULL)
    return FALSE;
  koers_document_add_heading (doc, _("Goals"));
  for (guint i = 0; i < goals->len; i++)
    {
      KoersGoal *goal = g_ptr_array_index (goals, i);
      const char * const *steps = koers_goal_get_steps (goal);
      g_autofree char *start = koers_date_format_dutch (koers_goal_get_start_date (goal));
      g_autofree char *evaluation = koers_date_format_dutch (koers_goal_get_evaluation_date (goal));
      g_autofree char *detail = g_strdup_printf ("%s · %s – %s",
                                                 koers_goal_status_get_label (koers_goal_get_status (goal)),
                                                 start, evaluation);

      koers_document_add_subheading (doc, koers_goal_get_title (goal));
      koers_document_add_note (doc, detail);
      for (guint j = 0; steps != NULL && steps[j] != NULL; j++)
        koers_document_add_bullet (doc, steps[j], NULL);
    }
  if (goals->len == 0)
    koers_document_add_note (doc, _("Nothing here."));
  return TRUE;
}

static gboolean
add_meetings (KoersDocument  *doc,
              KoersStore     *store,
              gint64          student_id,
              GError        **error)
{
  g_autoptr(GPtrArray) meetings = koers_store_list_meetings (store, student_id, error);

  if (meetings == NULL)
    return FALSE;
  koers_document_add_heading (doc, _("Parent Meetings"));
  for (guint i = 0; i < meetings->len; i++)
    {
      g_autoptr(KoersMeeting) meeting = koers_store_get_meeting (store, koers_meeting_get_id (g_ptr_array_index (meetings, i)),
                                                                 error);
      g_autofree char *date = NULL;
      GPtrArray *agreements;

      if (meeting == NULL)
        return FALSE;
      date = koers_meeting_get_date (meeting) != NULL ? koers_date_format_long (koers_meeting_get_date (meeting))
                                                      : g_strdup (koers_meeting_status_get_label (koers_meeting_get_status (meeting)));
      koers_document_add_subheading (doc, date);
      koers_document_add_paragraph (doc, koers_meeting_get_reason (meeting));
      koers_document_add_paragraph (doc, koers_meeting_get_summary (meeting));
      agreements = koers_meeting_get_agreements (meeting);
      for (guint j = 0; j < agreements->len; j++)
        {
          KoersAgreement *agreement = g_ptr_array_index (agreements, j);
          g_autofree char *owner = koers_agreement_dup_owner_text (agreement);
          g_autofree char *due = koers_date_format_dutch (agreement->due);
          g_autofree char *detail = g_strdup_printf ("%s · %s", owner, due);

          koers_document_add_bullet (doc, agreement->what, detail);
        }
    }
  if (meetings->len == 0)
    koers_document_add_note (doc, _("Nothing here."));
  return TRUE;
}

static gboolean
add_checklists (KoersDocument  *doc,
                KoersStore     *store,
                gint64          student_id,
                GError        **error)
{
  g_autoptr(GPtrArray) checklists = koers_store_list_checklists (store, student_id, error);

  if (checklists == NULL)
    return FALSE;
  koers_document_add_heading (doc, _("Signal Checklists"));
  koers_document_add_note (doc, _("A checklist is for reflection and conversation, never a score or a diagnosis."));
  for (guint i = 0; i < checklists->len; i++)
    {
      g_autoptr(KoersChecklist) checklist =
        koers_store_get_checklist (store, koers_checklist_get_id (g_ptr_array_index (checklists, i)), error);
      g_autofree char *date = NULL;
      g_autofree char *heading = NULL;
      GPtrArray *rows;

      if (checklist == NULL)
        return FALSE;
      date = koers_date_format_dutch (koers_checklist_get_date (checklist));
      heading = g_strdup_printf ("%s · %s · %s", koers_checklist_get_template_name (checklist), date,
                                 koers_checklist_status_get_label (koers_checklist_get_status (checklist)));
      koers_document_add_subheading (doc, heading);
      rows = koers_checklist_get_rows (checklist);
      for (guint j = 0; j < rows->len; j++)
        {
          KoersSignalAnswerRow *row = g_ptr_array_index (rows, j);
          g_autofree char *detail = NULL;

          if (row->answer == KOERS_SIGNAL_NOT_SEEN)
            continue;
          detail = row->note != NULL
            ? g_strdup_printf ("%s · %s", koers_signal_answer_get_label (row->answer), row->note)
            : g_strdup (koers_signal_answer_get_label (row->answer));
          koers_document_add_bullet (doc, koers_checklist_text (row->item->builtin, row->item->custom), detail);
        }
      koers_document_add_field (doc, _("Next step"), koers_checklist_get_next_step (checklist));
    }
  if (checklists->len == 0)
    koers_document_add_note (doc, _("Nothing here."));
  return TRUE;
}

static gboolean
add_care_meetings (KoersDocument  *doc,
                   KoersStore     *store,
                   gint64          student_id,
                   GError        **error)
{
  g_autoptr(GPtrArray) meetings = koers_store_list_care_meetings (store, error);
  guint shown = 0;

  if (meetings == NULL)
    return FALSE;
  koers_document_add_heading (doc, _("Student Care Meetings"));
  for (guint i = 0; i < meetings->len; i++)
    {
      KoersCareStudent *student = koers_care_meeting_find_student (g_ptr_array_index (meetings, i), student_id);
      g_autofree char *date = NULL;

      if (student == NULL)
        continue;
      date = koers_date_format_long (koers_care_meeting_get_date (g_ptr_array_index (meetings, i)));
      koers_document_add_subheading (doc, date);
      koers_document_add_field (doc, _("Question of the Mentor"), student->question);
      koers_document_add_field (doc, _("Conclusion"), student->conclusion);
      for (guint j = 0; j < student->steps->len; j++)
        {
          KoersCareStep *step = g_ptr_array_index (student->steps, j);
          g_autofree char *due = koers_date_format_dutch (step->due);
          g_autofree char *detail = g_strdup_printf ("%s · %s", step->owner, due);

          koers_document_add_bullet (doc, step->what, detail);
        }
      shown++;
    }
  if (shown == 0)
    koers_document_add_note (doc, _("Nothing here."));
  return TRUE;
}

KoersDocument *
koers_student_record_sheet_new (KoersStore  *store,
                                gint64       student_id,
                                GError     **error)
{
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(KoersDocument) doc = NULL;
  g_autofree char *today = koers_date_iso_days_ago (0);
  g_autofree char *made = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  student = koers_store_get_student (store, student_id, error);
  if (student == NULL)
    return NULL;

  doc = koers_document_new ();
  koers_document_set_banner (doc, _("Confidential"));
  koers_document_set_pdf_title (doc, _("What the school keeps"));
  koers_document_set_footer (doc, _("Koers · what the school keeps"));
  koers_document_add_title (doc, koers_student_get_display_name (student));
  made = koers_date_format_long (today);
  /* Translators: %s is today's date */
  {
    g_autofree char *subtitle = g_strdup_printf (_("Everything this notebook holds about the student, on %s"), made);

    koers_document_add_subtitle (doc, subtitle);
  }
  add_details (doc, student);
  if (!add_timeline (doc, store, student_id, error) ||
      !add_goals (doc, store, student_id, error) ||
      !add_meetings (doc, store, student_id, error) ||
      !add_checklists (doc, store, student_id, error) ||
      !add_care_meetings (doc, store, student_id, error))
    return NULL;
  return g_steal_pointer (&doc);
}
