/* koers-store-care-meetings.c: student care meetings (leerlingbespreking)
 *
 * The meeting's rows (plan, students, conclusions, steps) are saved as a whole;
 * recording a conclusion or a step is what touches the timeline, in the same
 * transaction, so a conclusion never exists without its entry or the other way
 * round.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include "koers-checklist-template.h"
#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

/* Signals this many days before the meeting count as new when a student was never
 * discussed before: about a school term. */
#define BRIEF_DEFAULT_DAYS 91
#define BRIEF_MAX_POSITIVE 3

static gboolean
set_care_meeting_gone (GError **error)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                       _("The student care meeting is no longer in the notebook."));
  return FALSE;
}

/* Loading */

static gboolean
load_attendees (KoersStore        *self,
                KoersCareMeeting  *meeting,
                GError           **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "SELECT name FROM care_meeting_attendees"
                                            " WHERE care_meeting_id = ?1 ORDER BY position",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_care_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, koers_store_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  names = g_strv_builder_end (builder);
  koers_care_meeting_set_attendees (meeting, (const char * const *) names);
  return TRUE;
}

static gboolean
load_steps (KoersStore        *self,
            KoersCareStudent  *student,
            GError           **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "SELECT id, what, owner, due, entry_id"
                                            " FROM care_meeting_steps WHERE care_student_id = ?1"
                                            " ORDER BY position",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, student->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersCareStep *step = koers_care_step_new (koers_store_column_text (stmt, 1),
                                                 koers_store_column_text (stmt, 2),
                                                 koers_store_column_text (stmt, 3));

      step->id = sqlite3_column_int64 (stmt, 0);
      step->entry_id = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (student->steps, step);
    }
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

static gboolean
load_students (KoersStore        *self,
               KoersCareMeeting  *meeting,
               GError           **error)
{
  GPtrArray *students = koers_care_meeting_get_students (meeting);
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "SELECT " KOERS_STUDENT_COLUMNS ","
                                            "   c.id, c.question, c.conclusion, c.entry_id"
                                            " FROM care_meeting_students c"
                                            " JOIN students s ON s.id = c.student_id"
                                            " LEFT JOIN groups g ON g.id = s.group_id"
                                            " WHERE c.care_meeting_id = ?1 ORDER BY c.position",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  g_ptr_array_set_size (students, 0);
  sqlite3_bind_int64 (stmt, 1, koers_care_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersStudent *record = koers_store_student_from_row (stmt);
      KoersCareStudent *student = koers_care_student_new (koers_student_get_id (record),
                                                          koers_store_column_text (stmt, KOERS_STUDENT_N_COLUMNS + 1));

      student->student = record;
      student->id = sqlite3_column_int64 (stmt, KOERS_STUDENT_N_COLUMNS);
      koers_str_replace (&student->conclusion, koers_store_column_text (stmt, KOERS_STUDENT_N_COLUMNS + 2));
      student->entry_id = sqlite3_column_int64 (stmt, KOERS_STUDENT_N_COLUMNS + 3);
      g_ptr_array_add (students, student);
    }
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);

  /* The statement is cached and reused by nothing below: safe to step others now. */
  for (guint i = 0; i < students->len; i++)
    if (!load_steps (self, g_ptr_array_index (students, i), error))
      return FALSE;
  return TRUE;
}

#define CARE_MEETING_COLUMNS "id, uuid, date, time, place, author, modified"

static KoersCareMeeting *
care_meeting_from_row (sqlite3_stmt *stmt)
{
  KoersCareMeeting *meeting = koers_care_meeting_new ();

  koers_care_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
  koers_care_meeting_set_uuid (meeting, koers_store_column_text (stmt, 1));
  koers_care_meeting_set_date (meeting, koers_store_column_text (stmt, 2));
  koers_care_meeting_set_time (meeting, koers_store_column_text (stmt, 3));
  koers_care_meeting_set_place (meeting, koers_store_column_text (stmt, 4));
  koers_care_meeting_set_author (meeting, koers_store_column_text (stmt, 5));
  koers_care_meeting_set_modified (meeting, koers_store_column_text (stmt, 6));
  return meeting;
}

static gboolean
load_details (KoersStore        *self,
              KoersCareMeeting  *meeting,
              GError           **error)
{
  return load_attendees (self, meeting, error) && load_students (self, meeting, error);
}

GPtrArray *
koers_store_list_care_meetings (KoersStore  *self,
                                GError     **error)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT " CARE_MEETING_COLUMNS " FROM care_meetings"
                              " ORDER BY date DESC, time DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (meetings, care_meeting_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < meetings->len; i++)
    if (!load_details (self, g_ptr_array_index (meetings, i), error))
      return NULL;
  return g_steal_pointer (&meetings);
}

KoersCareMeeting *
koers_store_get_care_meeting (KoersStore  *self,
                              gint64       id,
                              GError     **error)
{
  g_autoptr(KoersCareMeeting) meeting = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT " CARE_MEETING_COLUMNS " FROM care_meetings WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      set_care_meeting_gone (error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }
  meeting = care_meeting_from_row (stmt);
  sqlite3_reset (stmt);

  if (!load_details (self, meeting, error))
    return NULL;
  return g_steal_pointer (&meeting);
}

/* Saving */

static gboolean
validate (KoersCareMeeting  *meeting,
          GError           **error)
{
  GPtrArray *students = koers_care_meeting_get_students (meeting);
  const char *time = koers_care_meeting_get_time (meeting);
  GDate date;

  if (!koers_date_from_iso (koers_care_meeting_get_date (meeting), &date))
    return koers_store_set_invalid (error, _("Choose the date of the student care meeting."));
  if (time != NULL && !g_regex_match_simple ("^([01][0-9]|2[0-3]):[0-5][0-9]$", time, 0, 0))
    return koers_store_set_invalid (error, _("Write the time as hours and minutes, like 15:30."));

  for (guint i = 0; i < students->len; i++)
    {
      KoersCareStudent *student = g_ptr_array_index (students, i);

      for (guint j = 0; j < student->steps->len; j++)
        {
          KoersCareStep *step = g_ptr_array_index (student->steps, j);

          if (!koers_str_is_set (step->what) || !koers_str_is_set (step->owner) ||
              !koers_date_from_iso (step->due, &date))
            return koers_store_set_invalid (error, _("Every next step needs what, who and a date."));
        }
    }
  return TRUE;
}

static gboolean
save_row (KoersStore        *self,
          KoersCareMeeting  *meeting,
          char             **uuid,
          char             **author,
          char             **modified,
          GError           **error)
{
  gboolean is_new = koers_care_meeting_get_id (meeting) == 0;
  sqlite3_stmt *stmt;
  int rc;

  if (is_new)
    stmt = koers_store_prepare (self,
                                "INSERT INTO care_meetings (uuid, date, time, place, author,"
                                "   created, modified)"
                                " VALUES (?1, ?2, ?3, ?4, coalesce (?5, (SELECT value FROM meta WHERE key = 'user-name')),"
                                "   " KOERS_SQL_NOW ", " KOERS_SQL_NOW ")"
                                " RETURNING id, uuid, author, modified",
                                error);
  else
    stmt = koers_store_prepare (self,
                                "UPDATE care_meetings SET date = ?2, time = ?3, place = ?4,"
                                "   author = coalesce (?5, author), modified = " KOERS_SQL_NOW
                                " WHERE id = ?6 RETURNING id, uuid, author, modified",
                                error);
  if (stmt == NULL)
    return FALSE;
  if (is_new && koers_care_meeting_get_uuid (meeting) == NULL)
    {
      g_autofree char *fresh = g_uuid_string_random ();

      koers_care_meeting_set_uuid (meeting, fresh);
    }
  koers_store_bind_text (stmt, 1, koers_care_meeting_get_uuid (meeting));
  sqlite3_bind_text (stmt, 2, koers_care_meeting_get_date (meeting), -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 3, koers_care_meeting_get_time (meeting));
  koers_store_bind_text (stmt, 4, koers_care_meeting_get_place (meeting));
  koers_store_bind_text (stmt, 5, koers_care_meeting_get_author (meeting));
  if (!is_new)
    sqlite3_bind_int64 (stmt, 6, koers_care_meeting_get_id (meeting));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return set_care_meeting_gone (error);
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);

  koers_care_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
  *uuid = g_strdup (koers_store_column_text (stmt, 1));
  *author = g_strdup (koers_store_column_text (stmt, 2));
  *modified = g_strdup (koers_store_column_text (stmt, 3));
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
save_attendees (KoersStore        *self,
                KoersCareMeeting  *meeting,
                GError           **error)
{
  const char * const *names = koers_care_meeting_get_attendees (meeting);
  gint64 id = koers_care_meeting_get_id (meeting);

  if (!koers_store_exec_for_id (self, "DELETE FROM care_meeting_attendees WHERE care_meeting_id = ?1",
                                id, error))
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      sqlite3_stmt *stmt = koers_store_prepare (self,
                                                "INSERT INTO care_meeting_attendees"
                                                " (care_meeting_id, position, name) VALUES (?1, ?2, ?3)",
                                                error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, names[i], -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        return koers_store_fail (self, rc, error);
    }
  return TRUE;
}

/* A link to an entry the mentor has deleted meanwhile is dropped, not an error:
 * hence (SELECT id FROM entries …) rather than the id itself. */
static gboolean
save_step (KoersStore     *self,
           gint64          care_student_id,
           guint           position,
           KoersCareStep  *step,
           GError        **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "INSERT INTO care_meeting_steps (id, care_student_id,"
                                            "   position, what, owner, due, entry_id)"
                                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                                            "   (SELECT id FROM entries WHERE id = ?7))"
                                            " RETURNING id",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (step->id != 0)
    sqlite3_bind_int64 (stmt, 1, step->id);
  sqlite3_bind_int64 (stmt, 2, care_student_id);
  sqlite3_bind_int (stmt, 3, (int) position);
  sqlite3_bind_text (stmt, 4, step->what, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, step->owner, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, step->due, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, step->entry_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);
  step->id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
save_students (KoersStore        *self,
               KoersCareMeeting  *meeting,
               GError           **error)
{
  GPtrArray *students = koers_care_meeting_get_students (meeting);
  gint64 id = koers_care_meeting_get_id (meeting);

  /* Rewritten as a whole, keeping the ids so the window's rows stay valid. */
  if (!koers_store_exec_for_id (self, "DELETE FROM care_meeting_students WHERE care_meeting_id = ?1",
                                id, error))
    return FALSE;
  for (guint i = 0; i < students->len; i++)
    {
      KoersCareStudent *student = g_ptr_array_index (students, i);
      sqlite3_stmt *stmt = koers_store_prepare (self,
                                                "INSERT INTO care_meeting_students (id, care_meeting_id,"
                                                "   student_id, position, question, conclusion, entry_id)"
                                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                                                "   (SELECT id FROM entries WHERE id = ?7))"
                                                " RETURNING id, entry_id",
                                                error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      if (student->id != 0)
        sqlite3_bind_int64 (stmt, 1, student->id);
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_int64 (stmt, 3, student->student_id);
      sqlite3_bind_int (stmt, 4, (int) i);
      koers_store_bind_text (stmt, 5, student->question);
      koers_store_bind_text (stmt, 6, student->conclusion);
      sqlite3_bind_int64 (stmt, 7, student->entry_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_CONSTRAINT)
        {
          sqlite3_reset (stmt);
          return koers_store_set_invalid (error, _("A student on the list is no longer in the notebook."));
        }
      if (rc != SQLITE_ROW)
        return koers_store_fail (self, rc, error);
      student->id = sqlite3_column_int64 (stmt, 0);
      student->entry_id = sqlite3_column_int64 (stmt, 1);
      sqlite3_reset (stmt);

      for (guint j = 0; j < student->steps->len; j++)
        if (!save_step (self, student->id, j, g_ptr_array_index (student->steps, j), error))
          return FALSE;
    }
  return TRUE;
}

gboolean
koers_store_save_care_meeting (KoersStore        *self,
                               KoersCareMeeting  *meeting,
                               GError           **error)
{
  g_autoptr(KoersCareMeeting) stored = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *author = NULL;
  g_autofree char *modified = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (meeting), FALSE);

  if (!validate (meeting, error))
    return FALSE;

  /* Work on a copy: the caller's meeting changes only once everything is committed. */
  stored = koers_care_meeting_copy (meeting);
  if (!koers_store_begin (self, error))
    return FALSE;
  if (!save_row (self, stored, &uuid, &author, &modified, error) ||
      !save_attendees (self, stored, error) ||
      !save_students (self, stored, error) ||
      !koers_store_commit (self, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }

  koers_care_meeting_set_id (meeting, koers_care_meeting_get_id (stored));
  koers_care_meeting_set_uuid (meeting, uuid);
  koers_care_meeting_set_author (meeting, author);
  koers_care_meeting_set_modified (meeting, modified);
  /* Ids of new rows, and links to entries that were gone. */
  for (guint i = 0; i < koers_care_meeting_get_students (meeting)->len; i++)
    {
      KoersCareStudent *mine = g_ptr_array_index (koers_care_meeting_get_students (meeting), i);
      KoersCareStudent *theirs = g_ptr_array_index (koers_care_meeting_get_students (stored), i);

      mine->id = theirs->id;
      mine->entry_id = theirs->entry_id;
      for (guint j = 0; j < mine->steps->len; j++)
        ((KoersCareStep *) g_ptr_array_index (mine->steps, j))->id =
          ((KoersCareStep *) g_ptr_array_index (theirs->steps, j))->id;
    }
  return TRUE;
}

gboolean
koers_store_delete_care_meeting (KoersStore  *self,
                                 gint64       id,
                                 GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  /* The entries it made stay: they are what happened, on each student's timeline. */
  stmt = koers_store_prepare (self, "DELETE FROM care_meetings WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    return set_care_meeting_gone (error);
  return TRUE;
}

/* Recording the outcome */

/* The meeting's date, or today when it lies ahead: nothing on a timeline is dated in
 * the future. */
static char *
outcome_date (KoersCareMeeting *meeting)
{
  g_autofree char *today = koers_date_iso_days_ago (0);
  const char *date = koers_care_meeting_get_date (meeting);

  if (g_strcmp0 (date, today) > 0)
    return g_steal_pointer (&today);
  return g_strdup (date);
}

static KoersCareStudent *
find_saved_student (KoersCareMeeting  *meeting,
                    gint64             student_id,
                    GError           **error)
{
  KoersCareStudent *student;

  if (koers_care_meeting_get_id (meeting) == 0)
    {
      koers_store_set_invalid (error, _("Save the student care meeting first."));
      return NULL;
    }
  student = koers_care_meeting_find_student (meeting, student_id);
  if (student == NULL || student->id == 0)
    {
      koers_store_set_invalid (error, _("The student is not on the list of this meeting."));
      return NULL;
    }
  return student;
}

static char *
conclusion_text (KoersCareStudent *student,
                 const char       *conclusion)
{
  if (koers_str_is_set (student->question))
    /* Translators: the text of a timeline entry; the mentor's question, then the conclusion */
    return g_strdup_printf (_("Discussed in the student care meeting.\nQuestion: %s\nConclusion: %s"),
                            student->question, conclusion);
  /* Translators: the text of a timeline entry; %s is the conclusion */
  return g_strdup_printf (_("Discussed in the student care meeting.\nConclusion: %s"), conclusion);
}

static gboolean
record_conclusion (KoersStore        *self,
                   KoersCareMeeting  *meeting,
                   KoersCareStudent  *student,
                   const char        *conclusion,
                   gint64            *entry_id,
                   GError           **error)
{
  g_autoptr(KoersEntry) entry = NULL;
  g_autofree char *text = conclusion_text (student, conclusion);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (student->entry_id != 0)
    {
      entry = koers_store_get_entry (self, student->entry_id, &local_error);
      if (entry == NULL && !g_error_matches (local_error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  if (entry == NULL)
    {
      g_autofree char *date = outcome_date (meeting);

      entry = koers_entry_new (KOERS_ENTRY_CARE_MEETING);
      koers_entry_set_student_id (entry, student->student_id);
      koers_entry_set_date (entry, date);
      koers_entry_set_source (entry, KOERS_SOURCE_OTHER);
      koers_entry_set_source_name (entry, _("Student care meeting"));
    }
  koers_entry_set_text (entry, text);
  if (!koers_store_save_entry (self, entry, error))
    return FALSE;

  stmt = koers_store_prepare (self,
                              "UPDATE care_meeting_students SET conclusion = ?2, entry_id = ?3"
                              " WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, student->id);
  sqlite3_bind_text (stmt, 2, conclusion, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, koers_entry_get_id (entry));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    return set_care_meeting_gone (error);
  *entry_id = koers_entry_get_id (entry);
  return TRUE;
}

gboolean
koers_store_record_care_conclusion (KoersStore        *self,
                                    KoersCareMeeting  *meeting,
                                    gint64             student_id,
                                    const char        *conclusion,
                                    GError           **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (conclusion != NULL ? conclusion : ""));
  KoersCareStudent *student;
  gint64 entry_id = 0;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (meeting), FALSE);

  student = find_saved_student (meeting, student_id, error);
  if (student == NULL)
    return FALSE;
  if (*trimmed == '\0')
    return koers_store_set_invalid (error, _("Write the conclusion first."));

  if (!koers_store_begin (self, error))
    return FALSE;
  if (!record_conclusion (self, meeting, student, trimmed, &entry_id, error) ||
      !koers_store_commit (self, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  koers_str_replace (&student->conclusion, trimmed);
  student->entry_id = entry_id;
  return TRUE;
}

static gboolean
add_step (KoersStore        *self,
          KoersCareMeeting  *meeting,
          KoersCareStudent  *student,
          KoersCareStep     *step,
          GError           **error)
{
  g_autoptr(KoersEntry) entry = koers_entry_new (KOERS_ENTRY_AGREEMENT);
  g_autofree char *date = outcome_date (meeting);
  /* Translators: the text of a timeline entry; %s is the next step */
  g_autofree char *text = g_strdup_printf (_("Agreed in the student care meeting: %s"), step->what);

  koers_entry_set_student_id (entry, student->student_id);
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, text);
  koers_entry_set_source (entry, KOERS_SOURCE_OTHER);
  koers_entry_set_source_name (entry, _("Student care meeting"));
  koers_entry_set_followup_text (entry, step->what);
  koers_entry_set_followup_owner (entry, step->owner);
  koers_entry_set_followup_due (entry, step->due);
  if (!koers_store_save_entry (self, entry, error))
    return FALSE;
  step->entry_id = koers_entry_get_id (entry);
  return save_step (self, student->id, student->steps->len, step, error);
}

gboolean
koers_store_add_care_step (KoersStore        *self,
                           KoersCareMeeting  *meeting,
                           gint64             student_id,
                           KoersCareStep     *step,
                           GError           **error)
{
  g_autoptr(KoersCareStep) stored = NULL;
  KoersCareStudent *student;
  GDate due;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (meeting), FALSE);
  g_return_val_if_fail (step != NULL, FALSE);

  student = find_saved_student (meeting, student_id, error);
  if (student == NULL)
    return FALSE;
  if (!koers_str_is_set (step->what))
    return koers_store_set_invalid (error, _("Write what the next step is."));
  if (!koers_str_is_set (step->owner))
    return koers_store_set_invalid (error, _("Write who takes the next step."));
  if (!koers_date_from_iso (step->due, &due))
    return koers_store_set_invalid (error, _("The next step needs a date by which it is done."));

  stored = koers_care_step_copy (step);
  stored->id = 0;
  if (!koers_store_begin (self, error))
    return FALSE;
  if (!add_step (self, meeting, student, stored, error) ||
      !koers_store_commit (self, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  step->id = stored->id;
  step->entry_id = stored->entry_id;
  g_ptr_array_add (student->steps, g_steal_pointer (&stored));
  return TRUE;
}

gboolean
koers_store_remove_care_step (KoersStore        *self,
                              KoersCareMeeting  *meeting,
                              gint64             student_id,
                              gint64             step_id,
                              GError           **error)
{
  KoersCareStudent *student;
  KoersCareStep *step = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (meeting), FALSE);

  student = find_saved_student (meeting, student_id, error);
  if (student == NULL)
    return FALSE;
  for (guint i = 0; i < student->steps->len && step == NULL; i++)
    if (((KoersCareStep *) g_ptr_array_index (student->steps, i))->id == step_id)
      step = g_ptr_array_index (student->steps, i);
  if (step == NULL)
    return koers_store_set_invalid (error, _("The next step is no longer in the notebook."));

  /* A step taken back was never agreed: its follow-up goes too. */
  if (!koers_store_begin (self, error))
    return FALSE;
  if (!koers_store_exec_for_id (self, "DELETE FROM care_meeting_steps WHERE id = ?1", step_id, error) ||
      (step->entry_id != 0 &&
       !koers_store_exec_for_id (self, "DELETE FROM entries WHERE id = ?1", step->entry_id, error)) ||
      !koers_store_commit (self, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  g_ptr_array_remove (student->steps, step);
  return TRUE;
}

/* The brief */

static void
add_line (KoersCareBrief *brief,
          KoersBriefPart  part,
          const char     *text,
          char           *detail,
          gboolean        sensitive)
{
  KoersBriefLine *line = g_new0 (KoersBriefLine, 1);

  line->part = part;
  line->text = g_strdup (text);
  line->detail = detail;
  line->sensitive = sensitive;
  g_ptr_array_add (brief->lines, line);
}

static char *
dup_dutch (sqlite3_stmt *stmt,
           int           column)
{
  const char *iso = koers_store_column_text (stmt, column);

  return iso != NULL ? koers_date_format_dutch (iso) : NULL;
}

/* A line per row of (text, date, sensitive): entries quoted as they are. */
static gboolean
add_entry_lines (KoersStore      *self,
                 KoersCareBrief  *brief,
                 KoersBriefPart   part,
                 sqlite3_stmt    *stmt,
                 GError         **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_line (brief, part, koers_store_column_text (stmt, 0), dup_dutch (stmt, 1),
              sqlite3_column_int (stmt, 2));
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

/* The last leerlingbespreking before this one, or about a term back. */
static gboolean
find_since (KoersStore        *self,
            KoersCareMeeting  *meeting,
            KoersCareStudent  *student,
            char             **since,
            GError           **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "SELECT max (date) FROM entries"
                                            " WHERE student_id = ?1 AND kind = 'care-meeting'"
                                            "   AND date <= ?2 AND id IS NOT ?3",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, student->student_id);
  sqlite3_bind_text (stmt, 2, koers_care_meeting_get_date (meeting), -1, SQLITE_STATIC);
  if (student->entry_id != 0)
    sqlite3_bind_int64 (stmt, 3, student->entry_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);
  *since = g_strdup (koers_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (*since == NULL)
    {
      GDate date;

      koers_date_from_iso (koers_care_meeting_get_date (meeting), &date);
      g_date_subtract_days (&date, BRIEF_DEFAULT_DAYS);
      *since = koers_date_to_iso (&date);
    }
  return TRUE;
}

static gboolean
brief_strengths (KoersStore      *self,
                 KoersCareBrief  *brief,
                 GError         **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "SELECT strength_learning, strength_work_attitude,"
                                            "   strength_cognitive, strength_social_emotional,"
                                            "   strength_creative, strength_physical,"
                                            "   strength_interests, coalesce (date, substr (created, 1, 10))"
                                            " FROM meetings WHERE student_id = ?1 AND status != 'cancelled'"
                                            "   AND coalesce (strength_learning, strength_work_attitude,"
                                            "     strength_cognitive, strength_social_emotional,"
                                            "     strength_creative, strength_physical,"
                                            "     strength_interests) IS NOT NULL"
                                            " ORDER BY coalesce (date, created) DESC LIMIT 1",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_student_get_id (brief->student));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *when = dup_dutch (stmt, KOERS_N_AREAS);

      for (KoersArea area = 0; area < KOERS_N_AREAS; area++)
        {
          const char *text = koers_store_column_text (stmt, area);

          if (text != NULL)
            /* Translators: where a strength comes from; %s is the area, then a date */
            add_line (brief, KOERS_BRIEF_STRENGTHS, text,
                      g_strdup_printf (_("%s · parent meeting of %s"), koers_area_get_label (area), when),
                      FALSE);
        }
    }
  else if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  sqlite3_reset (stmt);

  stmt = koers_store_prepare (self,
                              "SELECT text, date, sensitive FROM entries"
                              " WHERE student_id = ?1 AND kind = 'positive' AND text IS NOT NULL"
                              " ORDER BY date DESC, id DESC LIMIT ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_student_get_id (brief->student));
  sqlite3_bind_int (stmt, 2, BRIEF_MAX_POSITIVE);
  return add_entry_lines (self, brief, KOERS_BRIEF_STRENGTHS, stmt, error);
}

static gboolean
brief_goals (KoersStore      *self,
             KoersCareBrief  *brief,
             GError         **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "SELECT g.title, g.status, g.evaluation_date, g.outcome,"
                                            "   (SELECT count(*) FROM goal_feedback f"
                                            "      WHERE f.goal_id = g.id AND f.kind = 'seen'),"
                                            "   (SELECT count(*) FROM goal_feedback f"
                                            "      WHERE f.goal_id = g.id AND f.kind != 'seen'),"
                                            "   (SELECT note FROM goal_feedback f WHERE f.goal_id = g.id"
                                            "      AND f.note IS NOT NULL ORDER BY f.date DESC, f.id DESC LIMIT 1)"
                                            " FROM goals g WHERE g.student_id = ?1"
                                            "   AND (g.status = 'active' OR g.for_care_meeting)"
                                            " ORDER BY g.status != 'active', g.evaluation_date",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_student_get_id (brief->student));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *when = dup_dutch (stmt, 2);
      guint seen = (guint) sqlite3_column_int (stmt, 4);
      guint better = (guint) sqlite3_column_int (stmt, 5);
      const char *note = koers_store_column_text (stmt, 6);
      KoersGoalOutcome outcome;

      if (g_strcmp0 (koers_store_column_text (stmt, 1), "active") == 0)
        /* Translators: %s is a date */
        g_ptr_array_add (parts, g_strdup_printf (_("evaluation on %s"), when));
      else if (koers_goal_outcome_from_string (koers_store_column_text (stmt, 3), &outcome))
        /* Translators: a goal brought to the meeting after its evaluation; %s is "Reached"... */
        g_ptr_array_add (parts, g_strdup_printf (_("evaluated: %s"), koers_goal_outcome_get_label (outcome)));
      if (seen > 0 && better > 0)
        g_ptr_array_add (parts, g_strdup_printf (_("✓ seen %u× · ↻ can be better %u×"), seen, better));
      else if (seen > 0)
        g_ptr_array_add (parts, g_strdup_printf (_("✓ seen %u×"), seen));
      else if (better > 0)
        g_ptr_array_add (parts, g_strdup_printf (_("↻ can be better %u×"), better));
      if (note != NULL)
        g_ptr_array_add (parts, g_strdup_printf ("“%s”", note));
      g_ptr_array_add (parts, NULL);
      add_line (brief, KOERS_BRIEF_GOALS, koers_store_column_text (stmt, 0),
                g_strjoinv (" · ", (char **) parts->pdata), FALSE);
    }
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

static gboolean
brief_signals (KoersStore      *self,
               KoersCareBrief  *brief,
               GError         **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "SELECT text, date, sensitive FROM entries"
                                            " WHERE student_id = ?1 AND kind = 'signal' AND date > ?2"
                                            " ORDER BY date DESC, id DESC",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_student_get_id (brief->student));
  sqlite3_bind_text (stmt, 2, brief->since, -1, SQLITE_STATIC);
  if (!add_entry_lines (self, brief, KOERS_BRIEF_SIGNALS, stmt, error))
    return FALSE;

  /* A checklist counts, never scores: how many signals were seen, for the talk. */
  stmt = koers_store_prepare (self,
                              "SELECT c.builtin_template_name, c.custom_template_name, c.date,"
                              "   (SELECT count(*) FROM checklist_answers a"
                              "      WHERE a.checklist_id = c.id AND a.answer != 'not-seen'),"
                              "   c.observer"
                              " FROM checklists c WHERE c.student_id = ?1 AND c.status = 'final'"
                              "   AND c.date > ?2 ORDER BY c.date DESC",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_student_get_id (brief->student));
  sqlite3_bind_text (stmt, 2, brief->since, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = koers_checklist_text (koers_store_column_text (stmt, 0),
                                               koers_store_column_text (stmt, 1));
      guint n = (guint) sqlite3_column_int (stmt, 3);
      g_autofree char *when = dup_dutch (stmt, 2);
      g_autofree char *text =
        /* Translators: %s is a checklist's name; the signals are for reflection, not a score */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u signal recognised",
                                      "%s: %u signals recognised", n), name, n);
      const char *observer = koers_store_column_text (stmt, 4);

      add_line (brief, KOERS_BRIEF_SIGNALS, text,
                observer != NULL ? g_strdup_printf ("%s · %s", when, observer) : g_steal_pointer (&when),
                FALSE);
    }
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

static gboolean
brief_followups (KoersStore      *self,
                 KoersCareBrief  *brief,
                 const char      *today,
                 GError         **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "SELECT kind, followup_text, followup_owner, followup_due,"
                                            "   sensitive, referral_to, referral_name,"
                                            "   referral_feedback_due, referral_feedback_date"
                                            " FROM entries WHERE student_id = ?1"
                                            "   AND ((followup_text IS NOT NULL AND followup_done_at IS NULL)"
                                            "     OR (kind = 'referral' AND referral_feedback_date IS NULL))"
                                            " ORDER BY coalesce (followup_due, referral_feedback_due, date)",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_student_get_id (brief->student));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean sensitive = sqlite3_column_int (stmt, 4);
      const char *owner = koers_store_column_text (stmt, 2);
      const char *due = koers_store_column_text (stmt, 3);

      if (koers_store_column_text (stmt, 1) != NULL)
        {
          g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

          if (owner != NULL)
            g_ptr_array_add (parts, g_strdup (owner));
          if (due != NULL)
            g_ptr_array_add (parts, koers_date_format_dutch (due));
          if (due != NULL && g_strcmp0 (due, today) < 0)
            g_ptr_array_add (parts, g_strdup (_("overdue")));
          g_ptr_array_add (parts, NULL);
          add_line (brief, KOERS_BRIEF_AGREEMENTS, koers_store_column_text (stmt, 1),
                    g_strjoinv (" · ", (char **) parts->pdata), sensitive);
        }
      if (g_strcmp0 (koers_store_column_text (stmt, 0), "referral") == 0 &&
          koers_store_column_text (stmt, 8) == NULL)
        {
          KoersReferralTo to = KOERS_REFERRAL_OTHER;
          const char *name = koers_store_column_text (stmt, 6);
          g_autofree char *whom = NULL;
          g_autofree char *feedback_due = dup_dutch (stmt, 7);

          koers_referral_from_string (koers_store_column_text (stmt, 5), &to);
          whom = name != NULL ? g_strdup_printf ("%s (%s)", koers_referral_get_label (to), name)
                              : g_strdup (koers_referral_get_label (to));
          add_line (brief, KOERS_BRIEF_REFERRALS, whom,
                    feedback_due != NULL
                      /* Translators: %s is a date */
                      ? g_strdup_printf (_("waiting for feedback, expected %s"), feedback_due)
                      : g_strdup (_("waiting for feedback")),
                    sensitive);
        }
    }
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const KoersBriefLine *x = *(KoersBriefLine **) a;
  const KoersBriefLine *y = *(KoersBriefLine **) b;

  return (int) x->part - (int) y->part;
}

KoersCareBrief *
koers_store_get_care_brief (KoersStore        *self,
                            KoersCareMeeting  *meeting,
                            gint64             student_id,
                            GError           **error)
{
  g_autoptr(KoersCareBrief) brief = g_new0 (KoersCareBrief, 1);
  g_autofree char *today = koers_date_iso_days_ago (0);
  KoersCareStudent *student;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (meeting), NULL);

  brief->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_brief_line_free);
  student = koers_care_meeting_find_student (meeting, student_id);
  if (student == NULL)
    {
      koers_store_set_invalid (error, _("The student is not on the list of this meeting."));
      return NULL;
    }
  brief->student = koers_store_get_student (self, student_id, error);
  if (brief->student == NULL ||
      !find_since (self, meeting, student, &brief->since, error) ||
      !brief_strengths (self, brief, error) ||
      !brief_goals (self, brief, error) ||
      !brief_signals (self, brief, error) ||
      !brief_followups (self, brief, today, error))
    return NULL;

  /* g_ptr_array_sort is stable: each part keeps its own order. */
  g_ptr_array_sort (brief->lines, compare_lines);
  return g_steal_pointer (&brief);
}

GPtrArray *
koers_store_get_care_briefs (KoersStore        *self,
                             KoersCareMeeting  *meeting,
                             GError           **error)
{
  GPtrArray *students = koers_care_meeting_get_students (meeting);
  g_autoptr(GPtrArray) briefs = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_care_brief_free);

  for (guint i = 0; i < students->len; i++)
    {
      KoersCareStudent *student = g_ptr_array_index (students, i);
      KoersCareBrief *brief = koers_store_get_care_brief (self, meeting, student->student_id, error);

      if (brief == NULL)
        return NULL;
      g_ptr_array_add (briefs, brief);
    }
  return g_steal_pointer (&briefs);
}

GPtrArray *
koers_store_get_student_briefs (KoersStore  *self,
                                GArray      *student_ids,
                                const char  *date,
                                GError     **error)
{
  /* A meeting that is never saved: the brief only needs its date and its list. */
  g_autoptr(KoersCareMeeting) meeting = koers_care_meeting_new ();
  g_autofree char *today = koers_date_iso_days_ago (0);

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  g_return_val_if_fail (student_ids != NULL, NULL);

  koers_care_meeting_set_date (meeting, date != NULL ? date : today);
  for (guint i = 0; i < student_ids->len; i++)
    koers_care_meeting_add_student (meeting, g_array_index (student_ids, gint64, i), NULL);
  return koers_store_get_care_briefs (self, meeting, error);
}
