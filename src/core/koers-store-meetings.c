/* koers-store-meetings.c: parent meetings, their agreements and the timeline
 *
 * Every write runs in one transaction: a meeting with half its agenda, or an
 * agreement without its follow-up on the timeline, is never stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

#define MEETING_COLUMNS \
  "m.id, m.uuid, m.student_id, m.status, m.author, m.reason, m.aims, m.date, m.time," \
  " m.place, m.duration, m.consent, m.consent_date, m.consent_how," \
  " m.strength_learning, m.strength_work_attitude, m.strength_cognitive," \
  " m.strength_social_emotional, m.strength_creative, m.strength_physical," \
  " m.strength_interests, m.parents_appreciation, m.worry, m.going_well," \
  " m.school_view, m.home_view, m.student_view, m.invitation, m.next_contact," \
  " m.felt_heard, m.do_differently, m.summary, m.summary_entry_id, m.modified"

/* Column of the first strength in MEETING_COLUMNS; the seven follow in KoersArea order. */
#define FIRST_STRENGTH_COLUMN 14

/* Stable ids of the areas (links) and of the other small enums stored as text. */
static const char * const area_ids[KOERS_N_AREAS] = {
  [KOERS_AREA_LEARNING] = "learning",
  [KOERS_AREA_WORK_ATTITUDE] = "work-attitude",
  [KOERS_AREA_COGNITIVE] = "cognitive",
  [KOERS_AREA_SOCIAL_EMOTIONAL] = "social-emotional",
  [KOERS_AREA_CREATIVE] = "creative",
  [KOERS_AREA_PHYSICAL] = "physical",
  [KOERS_AREA_INTERESTS] = "interests",
};

static const char * const link_role_ids[] = {
  [KOERS_LINK_EXAMPLE] = "example",
  [KOERS_LINK_GOING_WELL] = "going-well",
  [KOERS_LINK_STRENGTH] = "strength",
};

static const char * const consent_ids[] = {
  [KOERS_CONSENT_UNKNOWN] = "unknown",
  [KOERS_CONSENT_GIVEN] = "given",
  [KOERS_CONSENT_REFUSED] = "refused",
};

/* Returns the index of @id in @ids, or @fallback for an id a newer Koers wrote. */
static guint
id_lookup (const char * const *ids,
           guint               n_ids,
           const char         *id,
           guint               fallback)
{
  for (guint i = 0; id != NULL && i < n_ids; i++)
    if (g_str_equal (id, ids[i]))
      return i;
  return fallback;
}

static gboolean
set_meeting_gone (GError **error)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                       _("The meeting is no longer in the notebook."));
  return FALSE;
}

static gboolean
step_done (KoersStore    *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

/* Loading */

static gboolean
load_attendees (KoersStore    *self,
                KoersMeeting  *meeting,
                GError       **error)
{
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_attendee_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = koers_store_prepare (self,
                              "SELECT role, name, leads FROM meeting_attendees"
                              " WHERE meeting_id = ?1 ORDER BY position",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, koers_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersAttendeeRole role = KOERS_ATTENDEE_OTHER;

      koers_attendee_role_from_string (koers_store_column_text (stmt, 0), &role);
      g_ptr_array_add (attendees, koers_attendee_new (role, koers_store_column_text (stmt, 1),
                                                      sqlite3_column_int (stmt, 2)));
    }
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);

  koers_meeting_set_attendees (meeting, attendees);
  return TRUE;
}

static gboolean
load_links (KoersStore    *self,
            KoersMeeting  *meeting,
            GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = koers_store_prepare (self,
                              "SELECT entry_id, role, area FROM meeting_links"
                              " WHERE meeting_id = ?1 ORDER BY position",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, koers_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersLinkRole role = id_lookup (link_role_ids, G_N_ELEMENTS (link_role_ids),
                                      koers_store_column_text (stmt, 1), KOERS_LINK_EXAMPLE);
      KoersArea area = id_lookup (area_ids, KOERS_N_AREAS,
                                  koers_store_column_text (stmt, 2), KOERS_AREA_LEARNING);

      koers_meeting_link_entry (meeting, sqlite3_column_int64 (stmt, 0), role, area);
    }
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

static gboolean
load_goals (KoersStore    *self,
            KoersMeeting  *meeting,
            GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = koers_store_prepare (self,
                              "SELECT goal_id FROM meeting_goals WHERE meeting_id = ?1 ORDER BY position",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, koers_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    koers_meeting_set_goal_selected (meeting, sqlite3_column_int64 (stmt, 0), TRUE);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

static gboolean
load_items (KoersStore    *self,
            KoersMeeting  *meeting,
            GError       **error)
{
  g_autoptr(GPtrArray) agenda = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_meeting_item_free);
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_meeting_item_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = koers_store_prepare (self,
                              "SELECT section, text, entry_id, done FROM meeting_items"
                              " WHERE meeting_id = ?1 ORDER BY section, position",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, koers_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersMeetingItem *item = koers_meeting_item_new (koers_store_column_text (stmt, 1),
                                                       sqlite3_column_int64 (stmt, 2),
                                                       sqlite3_column_int (stmt, 3));

      if (g_strcmp0 (koers_store_column_text (stmt, 0), "agenda") == 0)
        g_ptr_array_add (agenda, item);
      else
        g_ptr_array_add (questions, item);
    }
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);

  koers_meeting_set_agenda (meeting, agenda);
  koers_meeting_set_questions (meeting, questions);
  return TRUE;
}

static GPtrArray *
load_agreements (KoersStore  *self,
                 gint64       meeting_id,
                 GError     **error)
{
  g_autoptr(GPtrArray) agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_agreement_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = koers_store_prepare (self,
                              "SELECT id, uuid, what, owner, owner_name, due, entry_id"
                              " FROM meeting_agreements WHERE meeting_id = ?1 ORDER BY id",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersAgreementOwner owner = KOERS_OWNER_OTHER;
      KoersAgreement *agreement;

      koers_agreement_owner_from_string (koers_store_column_text (stmt, 3), &owner);
      agreement = koers_agreement_new (koers_store_column_text (stmt, 2), owner,
                                       koers_store_column_text (stmt, 4),
                                       koers_store_column_text (stmt, 5));
      agreement->id = sqlite3_column_int64 (stmt, 0);
      agreement->uuid = g_strdup (koers_store_column_text (stmt, 1));
      agreement->entry_id = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (agreements, agreement);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&agreements);
}

static KoersMeeting *
meeting_from_row (KoersStore    *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  /* g_object_new: the defaults of koers_meeting_new are for new meetings only;
   * a stored one has exactly what was stored. */
  g_autoptr(KoersMeeting) meeting = g_object_new (KOERS_TYPE_MEETING, NULL);
  g_autoptr(GPtrArray) agreements = NULL;
  KoersMeetingStatus status = KOERS_MEETING_DRAFT;

  koers_meeting_status_from_string (koers_store_column_text (stmt, 3), &status);

  koers_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
  koers_meeting_set_uuid (meeting, koers_store_column_text (stmt, 1));
  koers_meeting_set_student_id (meeting, sqlite3_column_int64 (stmt, 2));
  koers_meeting_set_status (meeting, status);
  koers_meeting_set_author (meeting, koers_store_column_text (stmt, 4));
  koers_meeting_set_reason (meeting, koers_store_column_text (stmt, 5));
  koers_meeting_set_aims (meeting, koers_store_column_text (stmt, 6));
  koers_meeting_set_date (meeting, koers_store_column_text (stmt, 7));
  koers_meeting_set_time (meeting, koers_store_column_text (stmt, 8));
  koers_meeting_set_place (meeting, koers_store_column_text (stmt, 9));
  koers_meeting_set_duration (meeting, (guint) sqlite3_column_int (stmt, 10));
  koers_meeting_set_consent (meeting, id_lookup (consent_ids, G_N_ELEMENTS (consent_ids),
                                                 koers_store_column_text (stmt, 11),
                                                 KOERS_CONSENT_UNKNOWN));
  koers_meeting_set_consent_date (meeting, koers_store_column_text (stmt, 12));
  koers_meeting_set_consent_how (meeting, koers_store_column_text (stmt, 13));
  for (guint area = 0; area < KOERS_N_AREAS; area++)
    koers_meeting_set_strength (meeting, area,
                                koers_store_column_text (stmt, FIRST_STRENGTH_COLUMN + (int) area));
  koers_meeting_set_parents_appreciation (meeting, koers_store_column_text (stmt, 21));
  koers_meeting_set_worry (meeting, koers_store_column_text (stmt, 22));
  koers_meeting_set_going_well (meeting, koers_store_column_text (stmt, 23));
  koers_meeting_set_school_view (meeting, koers_store_column_text (stmt, 24));
  koers_meeting_set_home_view (meeting, koers_store_column_text (stmt, 25));
  koers_meeting_set_student_view (meeting, koers_store_column_text (stmt, 26));
  koers_meeting_set_invitation (meeting, koers_store_column_text (stmt, 27));
  koers_meeting_set_next_contact (meeting, koers_store_column_text (stmt, 28));
  koers_meeting_set_felt_heard (meeting, koers_store_column_text (stmt, 29));
  koers_meeting_set_do_differently (meeting, koers_store_column_text (stmt, 30));
  koers_meeting_set_summary (meeting, koers_store_column_text (stmt, 31));
  koers_meeting_set_summary_entry_id (meeting, sqlite3_column_int64 (stmt, 32));
  koers_meeting_set_modified (meeting, koers_store_column_text (stmt, 33));

  if (!load_attendees (self, meeting, error) ||
      !load_links (self, meeting, error) ||
      !load_goals (self, meeting, error) ||
      !load_items (self, meeting, error))
    return NULL;

  agreements = load_agreements (self, koers_meeting_get_id (meeting), error);
  if (agreements == NULL)
    return NULL;
  koers_meeting_set_agreements (meeting, agreements);

  return g_steal_pointer (&meeting);
}

GPtrArray *
koers_store_list_meetings (KoersStore  *self,
                           gint64       student_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT " MEETING_COLUMNS " FROM meetings m WHERE m.student_id = ?1"
                              " ORDER BY m.status NOT IN ('draft', 'planned'),"
                              /* Coming ones soonest first, those without a date after them. */
                              "   CASE WHEN m.status IN ('draft', 'planned') THEN m.date IS NULL END,"
                              "   CASE WHEN m.status IN ('draft', 'planned')"
                              "     THEN m.date || ' ' || coalesce (m.time, '') END,"
                              "   CASE WHEN m.status NOT IN ('draft', 'planned')"
                              "     THEN coalesce (m.date, '') || ' ' || coalesce (m.time, '') END DESC,"
                              "   m.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, student_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersMeeting *meeting = meeting_from_row (self, stmt, error);

      if (meeting == NULL)
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      g_ptr_array_add (meetings, meeting);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&meetings);
}

KoersMeeting *
koers_store_get_meeting (KoersStore  *self,
                         gint64       id,
                         GError     **error)
{
  sqlite3_stmt *stmt;
  KoersMeeting *meeting;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT " MEETING_COLUMNS " FROM meetings m WHERE m.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      set_meeting_gone (error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  meeting = meeting_from_row (self, stmt, error);
  sqlite3_reset (stmt);
  return meeting;
}

/* Checks */

static gboolean
valid_time (const char *time)
{
  return g_regex_match_simple ("^([01][0-9]|2[0-3]):[0-5][0-9]$", time, 0, 0);
}

static gboolean
valid_optional_date (const char *iso)
{
  GDate date;

  return iso == NULL || koers_date_from_iso (iso, &date);
}

/* What the meeting itself must hold, whatever is stored. */
static gboolean
validate_meeting (KoersMeeting  *meeting,
                  GError       **error)
{
  KoersMeetingStatus status = koers_meeting_get_status (meeting);
  GPtrArray *attendees = koers_meeting_get_attendees (meeting);
  const char *time = koers_meeting_get_time (meeting);
  guint leaders = 0;

  if (koers_meeting_get_student_id (meeting) <= 0)
    return koers_store_set_invalid (error, _("The meeting belongs to no student."));
  if (!koers_str_is_set (koers_meeting_get_reason (meeting)))
    return koers_store_set_invalid (error, _("Write the reason for the meeting first: the invitation starts with it."));
  if (!valid_optional_date (koers_meeting_get_date (meeting)))
    return koers_store_set_invalid (error, _("The meeting's date is not a valid date."));
  if ((status == KOERS_MEETING_PLANNED || status == KOERS_MEETING_HELD) &&
      koers_meeting_get_date (meeting) == NULL)
    return koers_store_set_invalid (error, _("Choose a date before planning the meeting."));
  if (time != NULL && !valid_time (time))
    return koers_store_set_invalid (error, _("The time must be written as hh:mm, for example 19:30."));
  if (koers_meeting_get_duration (meeting) == 0)
    return koers_store_set_invalid (error, _("The meeting needs a planned duration in minutes."));
  if (!valid_optional_date (koers_meeting_get_consent_date (meeting)))
    return koers_store_set_invalid (error, _("The date of the student's consent is not a valid date."));
  if (!valid_optional_date (koers_meeting_get_next_contact (meeting)))
    return koers_store_set_invalid (error, _("The next contact moment is not a valid date."));

  for (guint i = 0; i < attendees->len; i++)
    {
      KoersAttendee *attendee = g_ptr_array_index (attendees, i);

      if (attendee->role >= KOERS_N_ATTENDEE_ROLES)
        return koers_store_set_invalid (error, _("An attendee has no role."));
      if (attendee->leads)
        leaders++;
    }
  if (leaders > 1)
    return koers_store_set_invalid (error, _("Only one person can lead the meeting. Choose one leader."));

  return TRUE;
}

/* The status the row has now, or -1 for a meeting not stored yet, -2 on error. */
static int
stored_status (KoersStore    *self,
               KoersMeeting  *meeting,
               GError       **error)
{
  sqlite3_stmt *stmt;
  KoersMeetingStatus status = KOERS_MEETING_DRAFT;
  int rc;

  if (koers_meeting_get_id (meeting) == 0)
    return -1;

  stmt = koers_store_prepare (self, "SELECT status FROM meetings WHERE id = ?1", error);
  if (stmt == NULL)
    return -2;

  sqlite3_bind_int64 (stmt, 1, koers_meeting_get_id (meeting));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      set_meeting_gone (error);
      return -2;
    }
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return -2;
    }

  koers_meeting_status_from_string (koers_store_column_text (stmt, 0), &status);
  sqlite3_reset (stmt);
  return status;
}

/* draft → planned → held; draft or planned → cancelled. @finishing: the meeting is
 * being marked held by koers_store_finish_meeting, the only way to get there, which
 * may also take a draft that was never formally planned. */
static gboolean
check_status_change (int                 old_status,
                     KoersMeetingStatus  status,
                     gboolean            finishing,
                     GError            **error)
{
  if (old_status < 0)
    old_status = KOERS_MEETING_DRAFT;

  if (status == KOERS_MEETING_HELD && !finishing)
    {
      if (old_status == KOERS_MEETING_HELD)
        return TRUE;
      return koers_store_set_invalid (error, _("Mark the meeting as held with its own action: it writes the summary on the timeline."));
    }
  if (old_status == (int) status)
    return TRUE;
  if (old_status == KOERS_MEETING_HELD || old_status == KOERS_MEETING_CANCELLED)
    return koers_store_set_invalid (error, _("A held or cancelled meeting keeps its status. Prepare a new meeting instead."));
  if (old_status == KOERS_MEETING_PLANNED && status == KOERS_MEETING_DRAFT)
    return koers_store_set_invalid (error, _("A planned meeting cannot go back to draft. Change it, or cancel it."));

  return TRUE;
}

static gboolean
check_consent (KoersMeeting  *meeting,
               KoersStudent  *student,
               GError       **error)
{
  KoersMeetingStatus status = koers_meeting_get_status (meeting);

  if (status == KOERS_MEETING_DRAFT || status == KOERS_MEETING_CANCELLED)
    return TRUE;
  if (!koers_meeting_needs_consent (meeting, student))
    return TRUE;

  g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
               /* Translators: %s is the student's first name */
               _("%s is an adult and decides whether the parents join. Record the student's consent first, or plan the meeting without the parents."),
               koers_student_get_first_name (student));
  return FALSE;
}

/* The student of entry @entry_id, 0 when it is gone, -1 on error. */
static gint64
entry_student (KoersStore  *self,
               gint64       entry_id,
               GError     **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self, "SELECT student_id FROM entries WHERE id = ?1", error);
  gint64 student_id;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return 0;
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return -1;
    }
  student_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return student_id;
}

static gboolean
check_entry_of_student (KoersStore    *self,
                        KoersMeeting  *meeting,
                        gint64         entry_id,
                        GError       **error)
{
  gint64 student_id = entry_student (self, entry_id, error);

  if (student_id < 0)
    return FALSE;
  if (student_id == 0)
    return koers_store_set_invalid (error, _("A linked timeline entry is no longer in the notebook. Remove it from the meeting."));
  if (student_id != koers_meeting_get_student_id (meeting))
    return koers_store_set_invalid (error, _("A linked timeline entry belongs to another student. Only this student's entries can be part of the meeting."));
  return TRUE;
}

static gboolean
check_goal_of_student (KoersStore    *self,
                       KoersMeeting  *meeting,
                       gint64         goal_id,
                       GError       **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self, "SELECT student_id FROM goals WHERE id = ?1", error);
  gint64 student_id;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return koers_store_set_invalid (error, _("A goal chosen for the meeting is no longer in the notebook."));
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);
  student_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (student_id != koers_meeting_get_student_id (meeting))
    return koers_store_set_invalid (error, _("A goal chosen for the meeting belongs to another student."));
  return TRUE;
}

/* Writing */

static gboolean
write_items (KoersStore    *self,
             KoersMeeting  *meeting,
             const char    *section,
             GPtrArray     *items,
             GError       **error)
{
  guint position = 0;

  for (guint i = 0; i < items->len; i++)
    {
      KoersMeetingItem *item = g_ptr_array_index (items, i);
      sqlite3_stmt *stmt;

      /* An empty row is what an editor leaves behind, not an agenda item. */
      if (!koers_str_is_set (item->text))
        continue;
      if (item->entry_id != 0 && !check_entry_of_student (self, meeting, item->entry_id, error))
        return FALSE;

      stmt = koers_store_prepare (self,
                                  "INSERT INTO meeting_items (meeting_id, section, position, text, entry_id, done)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, koers_meeting_get_id (meeting));
      sqlite3_bind_text (stmt, 2, section, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, (int) position++);
      sqlite3_bind_text (stmt, 4, item->text, -1, SQLITE_STATIC);
      if (item->entry_id != 0)
        sqlite3_bind_int64 (stmt, 5, item->entry_id);
      sqlite3_bind_int (stmt, 6, !!item->done);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_children (KoersStore    *self,
                KoersMeeting  *meeting,
                GError       **error)
{
  gint64 id = koers_meeting_get_id (meeting);
  GPtrArray *attendees = koers_meeting_get_attendees (meeting);
  GArray *links = koers_meeting_get_links (meeting);
  GArray *goal_ids = koers_meeting_get_goal_ids (meeting);
  sqlite3_stmt *stmt;

  if (!koers_store_exec_for_id (self, "DELETE FROM meeting_attendees WHERE meeting_id = ?1", id, error) ||
      !koers_store_exec_for_id (self, "DELETE FROM meeting_links WHERE meeting_id = ?1", id, error) ||
      !koers_store_exec_for_id (self, "DELETE FROM meeting_goals WHERE meeting_id = ?1", id, error) ||
      !koers_store_exec_for_id (self, "DELETE FROM meeting_items WHERE meeting_id = ?1", id, error))
    return FALSE;

  for (guint i = 0; i < attendees->len; i++)
    {
      KoersAttendee *attendee = g_ptr_array_index (attendees, i);

      stmt = koers_store_prepare (self,
                                  "INSERT INTO meeting_attendees (meeting_id, position, role, name, leads)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, koers_attendee_role_to_id (attendee->role), -1, SQLITE_STATIC);
      koers_store_bind_text (stmt, 4, attendee->name);
      sqlite3_bind_int (stmt, 5, !!attendee->leads);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < links->len; i++)
    {
      const KoersMeetingLink *link = &g_array_index (links, KoersMeetingLink, i);

      if (!check_entry_of_student (self, meeting, link->entry_id, error))
        return FALSE;

      stmt = koers_store_prepare (self,
                                  "INSERT INTO meeting_links (meeting_id, position, entry_id, role, area)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_int64 (stmt, 3, link->entry_id);
      sqlite3_bind_text (stmt, 4, link_role_ids[link->role], -1, SQLITE_STATIC);
      if (link->role == KOERS_LINK_STRENGTH)
        sqlite3_bind_text (stmt, 5, area_ids[link->area], -1, SQLITE_STATIC);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < goal_ids->len; i++)
    {
      gint64 goal_id = g_array_index (goal_ids, gint64, i);

      if (!check_goal_of_student (self, meeting, goal_id, error))
        return FALSE;

      stmt = koers_store_prepare (self,
                                  "INSERT INTO meeting_goals (meeting_id, goal_id, position) VALUES (?1, ?2, ?3)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, goal_id);
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return write_items (self, meeting, "agenda", koers_meeting_get_agenda (meeting), error) &&
         write_items (self, meeting, "question", koers_meeting_get_questions (meeting), error);
}

/* Writes the meeting's row and its children (not the agreements, not the summary
 * entry: those have their own functions); the caller holds the transaction. */
static gboolean
write_meeting (KoersStore    *self,
               KoersMeeting  *meeting,
               GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (koers_meeting_get_id (meeting) == 0)
    {
      g_autofree char *uuid = g_strdup (koers_meeting_get_uuid (meeting));
      g_autofree char *author = g_strdup (koers_meeting_get_author (meeting));

      if (uuid == NULL)
        uuid = g_uuid_string_random ();
      if (author == NULL)
        author = koers_store_dup_meta (self, KOERS_META_USER_NAME, NULL);

      stmt = koers_store_prepare (self,
                                  "INSERT INTO meetings (uuid, student_id, status, author, reason, aims,"
                                  "   date, time, place, duration, consent, consent_date, consent_how,"
                                  "   strength_learning, strength_work_attitude, strength_cognitive,"
                                  "   strength_social_emotional, strength_creative, strength_physical,"
                                  "   strength_interests, parents_appreciation, worry, going_well,"
                                  "   school_view, home_view, student_view, invitation, next_contact,"
                                  "   felt_heard, do_differently, summary, created, modified)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                                  "   ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25,"
                                  "   ?26, ?27, ?28, ?29, ?30, ?31,"
                                  "   " KOERS_SQL_NOW ", " KOERS_SQL_NOW ")"
                                  " RETURNING id, uuid, author, summary_entry_id, modified",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      koers_store_bind_text (stmt, 4, author);
    }
  else
    {
      stmt = koers_store_prepare (self,
                                  "UPDATE meetings SET student_id = ?2, status = ?3,"
                                  "   author = coalesce (?4, author), reason = ?5, aims = ?6,"
                                  "   date = ?7, time = ?8, place = ?9, duration = ?10,"
                                  "   consent = ?11, consent_date = ?12, consent_how = ?13,"
                                  "   strength_learning = ?14, strength_work_attitude = ?15,"
                                  "   strength_cognitive = ?16, strength_social_emotional = ?17,"
                                  "   strength_creative = ?18, strength_physical = ?19,"
                                  "   strength_interests = ?20, parents_appreciation = ?21,"
                                  "   worry = ?22, going_well = ?23, school_view = ?24,"
                                  "   home_view = ?25, student_view = ?26, invitation = ?27,"
                                  "   next_contact = ?28, felt_heard = ?29, do_differently = ?30,"
                                  "   summary = ?31, modified = " KOERS_SQL_NOW
                                  " WHERE id = ?1"
                                  " RETURNING id, uuid, author, summary_entry_id, modified",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, koers_meeting_get_id (meeting));
      koers_store_bind_text (stmt, 4, koers_meeting_get_author (meeting));
    }

  sqlite3_bind_int64 (stmt, 2, koers_meeting_get_student_id (meeting));
  sqlite3_bind_text (stmt, 3, koers_meeting_status_to_id (koers_meeting_get_status (meeting)), -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 5, koers_meeting_get_reason (meeting));
  koers_store_bind_text (stmt, 6, koers_meeting_get_aims (meeting));
  koers_store_bind_text (stmt, 7, koers_meeting_get_date (meeting));
  koers_store_bind_text (stmt, 8, koers_meeting_get_time (meeting));
  koers_store_bind_text (stmt, 9, koers_meeting_get_place (meeting));
  sqlite3_bind_int (stmt, 10, (int) koers_meeting_get_duration (meeting));
  sqlite3_bind_text (stmt, 11, consent_ids[koers_meeting_get_consent (meeting)], -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 12, koers_meeting_get_consent_date (meeting));
  koers_store_bind_text (stmt, 13, koers_meeting_get_consent_how (meeting));
  for (guint area = 0; area < KOERS_N_AREAS; area++)
    koers_store_bind_text (stmt, 14 + (int) area, koers_meeting_get_strength (meeting, area));
  koers_store_bind_text (stmt, 21, koers_meeting_get_parents_appreciation (meeting));
  koers_store_bind_text (stmt, 22, koers_meeting_get_worry (meeting));
  koers_store_bind_text (stmt, 23, koers_meeting_get_going_well (meeting));
  koers_store_bind_text (stmt, 24, koers_meeting_get_school_view (meeting));
  koers_store_bind_text (stmt, 25, koers_meeting_get_home_view (meeting));
  koers_store_bind_text (stmt, 26, koers_meeting_get_student_view (meeting));
  koers_store_bind_text (stmt, 27, koers_meeting_get_invitation (meeting));
  koers_store_bind_text (stmt, 28, koers_meeting_get_next_contact (meeting));
  koers_store_bind_text (stmt, 29, koers_meeting_get_felt_heard (meeting));
  koers_store_bind_text (stmt, 30, koers_meeting_get_do_differently (meeting));
  koers_store_bind_text (stmt, 31, koers_meeting_get_summary (meeting));

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return set_meeting_gone (error);
  if (rc != SQLITE_ROW)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return koers_store_set_invalid (error, _("The student of this meeting is no longer in the notebook."));
      return koers_store_fail (self, rc, error);
    }

  koers_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
  koers_meeting_set_uuid (meeting, koers_store_column_text (stmt, 1));
  koers_meeting_set_author (meeting, koers_store_column_text (stmt, 2));
  /* Only finishing writes the summary entry; a stale copy must not clear it. */
  koers_meeting_set_summary_entry_id (meeting, sqlite3_column_int64 (stmt, 3));
  koers_meeting_set_modified (meeting, koers_store_column_text (stmt, 4));
  sqlite3_reset (stmt);

  return write_children (self, meeting, error);
}

/* What the store sets on the caller's meeting; put back when the transaction fails,
 * so a failed insert can be retried as an insert. */
typedef struct
{
  gint64 id;
  gint64 summary_entry_id;
  KoersMeetingStatus status;
  char *uuid;
  char *author;
  char *modified;
} Snapshot;

static void
snapshot_take (Snapshot     *snapshot,
               KoersMeeting *meeting)
{
  snapshot->id = koers_meeting_get_id (meeting);
  snapshot->summary_entry_id = koers_meeting_get_summary_entry_id (meeting);
  snapshot->status = koers_meeting_get_status (meeting);
  snapshot->uuid = g_strdup (koers_meeting_get_uuid (meeting));
  snapshot->author = g_strdup (koers_meeting_get_author (meeting));
  snapshot->modified = g_strdup (koers_meeting_get_modified (meeting));
}

static void
snapshot_restore (Snapshot     *snapshot,
                  KoersMeeting *meeting)
{
  koers_meeting_set_id (meeting, snapshot->id);
  koers_meeting_set_summary_entry_id (meeting, snapshot->summary_entry_id);
  koers_meeting_set_status (meeting, snapshot->status);
  koers_meeting_set_uuid (meeting, snapshot->uuid);
  koers_meeting_set_author (meeting, snapshot->author);
  koers_meeting_set_modified (meeting, snapshot->modified);
}

static void
snapshot_clear (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->uuid, g_free);
  g_clear_pointer (&snapshot->author, g_free);
  g_clear_pointer (&snapshot->modified, g_free);
}

/* The checks that need the notebook, then the write; inside the caller's transaction. */
static gboolean
save_meeting (KoersStore    *self,
              KoersMeeting  *meeting,
              gboolean       finishing,
              GError       **error)
{
  g_autoptr(KoersStudent) student = NULL;
  int old_status;

  old_status = stored_status (self, meeting, error);
  if (old_status == -2)
    return FALSE;
  if (!check_status_change (old_status, koers_meeting_get_status (meeting), finishing, error))
    return FALSE;

  student = koers_store_get_student (self, koers_meeting_get_student_id (meeting), NULL);
  if (student == NULL)
    return koers_store_set_invalid (error, _("The student of this meeting is no longer in the notebook."));
  if (!check_consent (meeting, student, error))
    return FALSE;

  return write_meeting (self, meeting, error);
}

gboolean
koers_store_save_meeting (KoersStore    *self,
                          KoersMeeting  *meeting,
                          GError       **error)
{
  Snapshot before = { 0 };
  gboolean ok;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_MEETING (meeting), FALSE);

  if (!validate_meeting (meeting, error))
    return FALSE;
  if (!koers_store_begin (self, error))
    return FALSE;

  snapshot_take (&before, meeting);
  ok = save_meeting (self, meeting, FALSE, error);
  if (!ok)
    koers_store_rollback (self);
  else
    ok = koers_store_commit (self, error);
  if (!ok)
    snapshot_restore (&before, meeting);
  snapshot_clear (&before);
  return ok;
}

static gboolean
delete_agreement_entries (KoersStore  *self,
                          gint64       meeting_id,
                          GError     **error)
{
  return koers_store_exec_for_id (self,
                      "DELETE FROM entries WHERE id IN"
                      " (SELECT entry_id FROM meeting_agreements WHERE meeting_id = ?1)",
                      meeting_id, error);
}

gboolean
koers_store_delete_meeting (KoersStore    *self,
                            KoersMeeting  *meeting,
                            GError       **error)
{
  int old_status;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_MEETING (meeting), FALSE);

  if (koers_meeting_get_id (meeting) == 0)
    return set_meeting_gone (error);
  if (!koers_store_begin (self, error))
    return FALSE;

  old_status = stored_status (self, meeting, error);
  if (old_status == -2)
    goto fail;
  if (old_status != KOERS_MEETING_DRAFT && old_status != KOERS_MEETING_CANCELLED)
    {
      koers_store_set_invalid (error, _("Only a draft or cancelled meeting can be deleted. A meeting that was planned can be cancelled first; a held one stays, with its agreements."));
      goto fail;
    }

  /* The agreements' follow-ups go with the meeting they were made for: an open
   * follow-up of a meeting that no longer exists would never be closed. */
  if (!delete_agreement_entries (self, koers_meeting_get_id (meeting), error) ||
      !koers_store_exec_for_id (self, "DELETE FROM meetings WHERE id = ?1", koers_meeting_get_id (meeting), error))
    goto fail;

  if (!koers_store_commit (self, error))
    return FALSE;

  koers_meeting_set_id (meeting, 0);
  koers_meeting_set_agreements (meeting, NULL);
  return TRUE;

fail:
  koers_store_rollback (self);
  return FALSE;
}

GPtrArray *
koers_store_list_unannounced_sensitive (KoersStore    *self,
                                        KoersMeeting  *meeting,
                                        GError       **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GArray *links;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  g_return_val_if_fail (KOERS_IS_MEETING (meeting), NULL);

  /* The meeting as the caller holds it: the warning must follow unsaved edits. */
  links = koers_meeting_get_links (meeting);
  for (guint i = 0; i < links->len; i++)
    {
      gint64 entry_id = g_array_index (links, KoersMeetingLink, i).entry_id;
      g_autoptr(KoersEntry) entry = NULL;
      g_autoptr(GError) local_error = NULL;

      if (g_hash_table_contains (seen, &entry_id) || koers_meeting_is_on_agenda (meeting, entry_id))
        continue;
      g_hash_table_add (seen, g_memdup2 (&entry_id, sizeof entry_id));

      entry = koers_store_get_entry (self, entry_id, &local_error);
      if (entry == NULL)
        {
          /* Deleted since it was linked: nothing left to spring on anyone. */
          if (g_error_matches (local_error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (koers_entry_get_sensitive (entry))
        g_ptr_array_add (entries, g_steal_pointer (&entry));
    }

  return g_steal_pointer (&entries);
}

/* Agreements */

static gboolean
touch_meeting (KoersStore    *self,
               KoersMeeting  *meeting,
               char         **modified,
               GError       **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "UPDATE meetings SET modified = " KOERS_SQL_NOW
                                            " WHERE id = ?1 RETURNING modified",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_meeting_get_id (meeting));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return set_meeting_gone (error);
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);
  *modified = g_strdup (koers_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return TRUE;
}

/* The meeting's date, or today when the meeting lies ahead: an agreement made while
 * preparing is not dated in the future. */
static char *
agreement_date (KoersMeeting *meeting)
{
  g_autofree char *today = koers_date_iso_days_ago (0);
  const char *date = koers_meeting_get_date (meeting);

  if (date == NULL || g_strcmp0 (date, today) > 0)
    return g_steal_pointer (&today);
  return g_strdup (date);
}

static gboolean
add_agreement (KoersStore      *self,
               KoersMeeting    *meeting,
               KoersAgreement  *agreement,
               KoersAgreement  *stored,
               char           **modified,
               GError         **error)
{
  g_autoptr(KoersEntry) entry = koers_entry_new (KOERS_ENTRY_AGREEMENT);
  g_autofree char *date = agreement_date (meeting);
  g_autofree char *owner = koers_agreement_dup_owner_text (agreement);
  g_autofree char *text = NULL;
  g_autofree char *uuid = g_strdup (agreement->uuid);
  sqlite3_stmt *stmt;
  int status;
  int rc;

  status = stored_status (self, meeting, error);
  if (status == -2)
    return FALSE;
  if (status == KOERS_MEETING_CANCELLED)
    return koers_store_set_invalid (error, _("The meeting was cancelled; agreements belong to a meeting that takes place."));

  /* Translators: the text of a timeline entry; %s is the agreement */
  text = g_strdup_printf (_("Agreed in the parent meeting: %s"), agreement->what);
  koers_entry_set_student_id (entry, koers_meeting_get_student_id (meeting));
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, text);
  koers_entry_set_source (entry, KOERS_SOURCE_MENTOR);
  koers_entry_set_followup_text (entry, agreement->what);
  koers_entry_set_followup_owner (entry, owner);
  koers_entry_set_followup_due (entry, agreement->due);
  if (!koers_store_save_entry (self, entry, error))
    return FALSE;

  if (uuid == NULL)
    uuid = g_uuid_string_random ();
  stmt = koers_store_prepare (self,
                              "INSERT INTO meeting_agreements (uuid, meeting_id, what, owner, owner_name,"
                              "   due, entry_id, created, modified)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, " KOERS_SQL_NOW ", " KOERS_SQL_NOW ")"
                              " RETURNING id, uuid",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, koers_meeting_get_id (meeting));
  sqlite3_bind_text (stmt, 3, agreement->what, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, koers_agreement_owner_to_id (agreement->owner), -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 5, agreement->owner_name);
  sqlite3_bind_text (stmt, 6, agreement->due, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, koers_entry_get_id (entry));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);
  stored->id = sqlite3_column_int64 (stmt, 0);
  stored->uuid = g_strdup (koers_store_column_text (stmt, 1));
  stored->entry_id = koers_entry_get_id (entry);
  sqlite3_reset (stmt);

  return touch_meeting (self, meeting, modified, error);
}

gboolean
koers_store_add_agreement (KoersStore      *self,
                           KoersMeeting    *meeting,
                           KoersAgreement  *agreement,
                           GError         **error)
{
  g_autoptr(KoersAgreement) stored = NULL;
  g_autofree char *modified = NULL;
  GDate due;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (agreement != NULL, FALSE);

  if (koers_meeting_get_id (meeting) == 0)
    return koers_store_set_invalid (error, _("Save the meeting before adding agreements."));
  if (!koers_str_is_set (agreement->what))
    return koers_store_set_invalid (error, _("Write what was agreed."));
  if (agreement->owner >= KOERS_N_OWNERS)
    return koers_store_set_invalid (error, _("Choose who takes care of the agreement."));
  if (!koers_date_from_iso (agreement->due, &due))
    return koers_store_set_invalid (error, _("The agreement needs a date by which it is done."));

  /* The caller's agreement changes only once everything is committed. */
  stored = koers_agreement_copy (agreement);
  g_clear_pointer (&stored->uuid, g_free);
  if (!koers_store_begin (self, error))
    return FALSE;
  if (!add_agreement (self, meeting, agreement, stored, &modified, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  if (!koers_store_commit (self, error))
    return FALSE;

  agreement->id = stored->id;
  g_free (agreement->uuid);
  agreement->uuid = g_strdup (stored->uuid);
  agreement->entry_id = stored->entry_id;
  g_ptr_array_add (koers_meeting_get_agreements (meeting), g_steal_pointer (&stored));
  koers_meeting_set_modified (meeting, modified);
  return TRUE;
}

static gboolean
remove_agreement (KoersStore    *self,
                  KoersMeeting  *meeting,
                  gint64         agreement_id,
                  char         **modified,
                  GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 entry_id;
  int rc;

  stmt = koers_store_prepare (self,
                              "DELETE FROM meeting_agreements WHERE id = ?1 AND meeting_id = ?2"
                              " RETURNING entry_id",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, agreement_id);
  sqlite3_bind_int64 (stmt, 2, koers_meeting_get_id (meeting));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                           _("The agreement is no longer in the notebook."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);
  entry_id = sqlite3_column_int64 (stmt, 0);
  /* Stepping to the end finishes the DELETE before the next statement runs. */
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);

  /* The entry may be gone already: the mentor can delete it from the timeline. */
  if (entry_id != 0 && !koers_store_exec_for_id (self, "DELETE FROM entries WHERE id = ?1", entry_id, error))
    return FALSE;

  return touch_meeting (self, meeting, modified, error);
}

gboolean
koers_store_remove_agreement (KoersStore    *self,
                              KoersMeeting  *meeting,
                              gint64         agreement_id,
                              GError       **error)
{
  g_autofree char *modified = NULL;
  GPtrArray *agreements;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_MEETING (meeting), FALSE);

  if (!koers_store_begin (self, error))
    return FALSE;
  if (!remove_agreement (self, meeting, agreement_id, &modified, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  if (!koers_store_commit (self, error))
    return FALSE;

  agreements = koers_meeting_get_agreements (meeting);
  for (guint i = 0; i < agreements->len; i++)
    {
      KoersAgreement *agreement = g_ptr_array_index (agreements, i);

      if (agreement->id == agreement_id)
        {
          g_ptr_array_remove_index (agreements, i);
          break;
        }
    }
  koers_meeting_set_modified (meeting, modified);
  return TRUE;
}

/* Finishing */

static gboolean
any_sensitive_on_agenda (KoersStore    *self,
                         KoersMeeting  *meeting,
                         gboolean      *out,
                         GError       **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self,
                                            "SELECT EXISTS (SELECT 1 FROM meeting_items i"
                                            "   JOIN entries e ON e.id = i.entry_id"
                                            "   WHERE i.meeting_id = ?1 AND i.section = 'agenda'"
                                            "     AND e.sensitive)",
                                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_meeting_get_id (meeting));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);
  *out = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static void
append_heading (GString    *text,
                const char *heading)
{
  if (text->len > 0)
    g_string_append (text, "\n\n");
  g_string_append (text, heading);
}

/* The parent contact entry: what a colleague reading the timeline later needs. */
static char *
build_summary_text (KoersMeeting *meeting,
                    GPtrArray    *agreements)
{
  g_autoptr(GString) text = g_string_new (koers_meeting_get_summary (meeting));
  GPtrArray *agenda = koers_meeting_get_agenda (meeting);
  gboolean any_done = FALSE;

  if (text->len == 0)
    /* Translators: the start of a timeline entry when no summary was written; %s is the reason */
    g_string_printf (text, _("Parent meeting: %s"), koers_meeting_get_reason (meeting));

  for (guint i = 0; i < agenda->len; i++)
    {
      KoersMeetingItem *item = g_ptr_array_index (agenda, i);

      if (!item->done || !koers_str_is_set (item->text))
        continue;
      if (!any_done)
        append_heading (text, _("Discussed:"));
      any_done = TRUE;
      g_string_append_printf (text, "\n- %s", item->text);
    }

  if (agreements->len > 0)
    append_heading (text, _("Agreements:"));
  for (guint i = 0; i < agreements->len; i++)
    {
      KoersAgreement *agreement = g_ptr_array_index (agreements, i);
      g_autofree char *owner = koers_agreement_dup_owner_text (agreement);
      g_autofree char *due = koers_date_format_dutch (agreement->due);

      g_string_append (text, "\n- ");
      /* Translators: one agreement in a summary; %1$s is what, %2$s who, %3$s the date */
      g_string_append_printf (text, _("%1$s (%2$s, by %3$s)"), agreement->what, owner, due);
    }

  if (koers_str_is_set (koers_meeting_get_felt_heard (meeting)) ||
      koers_str_is_set (koers_meeting_get_do_differently (meeting)))
    append_heading (text, _("Evaluation of the meeting:"));
  if (koers_str_is_set (koers_meeting_get_felt_heard (meeting)))
    g_string_append_printf (text, "\n%s %s", _("Did the parents feel heard?"),
                            koers_meeting_get_felt_heard (meeting));
  if (koers_str_is_set (koers_meeting_get_do_differently (meeting)))
    g_string_append_printf (text, "\n%s %s", _("What would we do differently?"),
                            koers_meeting_get_do_differently (meeting));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
finish_meeting (KoersStore    *self,
                KoersMeeting  *meeting,
                GError       **error)
{
  g_autoptr(KoersEntry) entry = koers_entry_new (KOERS_ENTRY_PARENT_CONTACT);
  g_autoptr(GPtrArray) agreements = NULL;
  g_autofree char *text = NULL;
  g_autofree char *today = koers_date_iso_days_ago (0);
  gboolean sensitive = FALSE;
  sqlite3_stmt *stmt;
  int old_status;
  int rc;

  old_status = stored_status (self, meeting, error);
  if (old_status == -2)
    return FALSE;
  if (old_status == KOERS_MEETING_CANCELLED)
    return koers_store_set_invalid (error, _("The meeting was cancelled, so it cannot be marked as held."));
  if (old_status == KOERS_MEETING_HELD)
    return koers_store_set_invalid (error, _("The meeting is already marked as held; its summary is on the timeline."));

  koers_meeting_set_status (meeting, KOERS_MEETING_HELD);
  if (!validate_meeting (meeting, error))
    return FALSE;
  /* The parent contact entry is dated the meeting's day, never in the future. */
  if (g_strcmp0 (koers_meeting_get_date (meeting), today) > 0)
    return koers_store_set_invalid (error, _("The meeting's date is still ahead. Mark it as held on the day itself or afterwards."));
  if (!save_meeting (self, meeting, TRUE, error))
    return FALSE;

  agreements = load_agreements (self, koers_meeting_get_id (meeting), error);
  if (agreements == NULL ||
      !any_sensitive_on_agenda (self, meeting, &sensitive, error))
    return FALSE;

  text = build_summary_text (meeting, agreements);
  koers_entry_set_student_id (entry, koers_meeting_get_student_id (meeting));
  koers_entry_set_date (entry, koers_meeting_get_date (meeting));
  koers_entry_set_time (entry, koers_meeting_get_time (meeting));
  koers_entry_set_text (entry, text);
  koers_entry_set_source (entry, KOERS_SOURCE_MENTOR);
  koers_entry_set_sensitive (entry, sensitive);
  if (koers_meeting_get_next_contact (meeting) != NULL)
    {
      const char *owner = koers_meeting_get_author (meeting);

      koers_entry_set_followup_text (entry, _("Next contact"));
      koers_entry_set_followup_owner (entry, owner != NULL ? owner : koers_attendee_role_get_label (KOERS_ATTENDEE_MENTOR));
      koers_entry_set_followup_due (entry, koers_meeting_get_next_contact (meeting));
    }
  if (!koers_store_save_entry (self, entry, error))
    return FALSE;

  stmt = koers_store_prepare (self,
                              "UPDATE meetings SET summary_entry_id = ?2, modified = " KOERS_SQL_NOW
                              " WHERE id = ?1 RETURNING modified",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_meeting_get_id (meeting));
  sqlite3_bind_int64 (stmt, 2, koers_entry_get_id (entry));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rc == SQLITE_DONE ? set_meeting_gone (error) : koers_store_fail (self, rc, error);
  koers_meeting_set_modified (meeting, koers_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  koers_meeting_set_summary_entry_id (meeting, koers_entry_get_id (entry));
  koers_meeting_set_agreements (meeting, agreements);
  return TRUE;
}

gboolean
koers_store_finish_meeting (KoersStore    *self,
                            KoersMeeting  *meeting,
                            GError       **error)
{
  Snapshot before = { 0 };
  gboolean ok;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_MEETING (meeting), FALSE);

  if (koers_meeting_get_id (meeting) == 0)
    return koers_store_set_invalid (error, _("Save the meeting before marking it as held."));
  if (!koers_store_begin (self, error))
    return FALSE;

  snapshot_take (&before, meeting);
  ok = finish_meeting (self, meeting, error);
  if (!ok)
    koers_store_rollback (self);
  else
    ok = koers_store_commit (self, error);
  if (!ok)
    snapshot_restore (&before, meeting);
  snapshot_clear (&before);
  return ok;
}
