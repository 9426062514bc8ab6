/* koers-meeting-sheet.c: the parent meeting on paper
 *
 * Two sheets, both koers-document blocks in the order of DOMAIN.md's "Parent
 * meeting": the mentor's preparation, strengths first, and the parents' summary
 * of what was agreed.
 *
 * Privacy is decided here, once, before anything reaches the page: a sensitive
 * timeline entry (and an agenda item or question about one) is dropped unless the
 * mentor asked for it, and then the whole sheet says CONFIDENTIAL on every page.
 * The parents' sheet is built from the agreements, the dates and the names only;
 * it never looks at the worry, the views, the timeline or the goals, so no choice
 * of options can put them on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-meeting-sheet-private.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

/* Lines to write on where the meeting itself fills the sheet in. */
#define NOTES_LINES       10
#define AGREEMENT_LINES    5
#define VIEW_LINES         3

struct _KoersMeetingSheet
{
  KoersSheetKind  kind;
  KoersDocument  *doc;
};

/* What the preparation is built from: entries by id, sensitive ones already gone
 * unless they were asked for. */
typedef struct
{
  KoersMeeting *meeting;
  KoersStudent *student;
  GHashTable   *entries;      /* gint64 id → KoersEntry */
  GPtrArray    *goals;
  gboolean      include_sensitive;
} Sources;

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static KoersEntry *
lookup_entry (Sources *src,
              gint64   id)
{
  return id != 0 ? g_hash_table_lookup (src->entries, &id) : NULL;
}

/* An agenda item or question about an entry that is not there to print (left out
 * as sensitive, or gone) is left out too: its text names the subject. */
static gboolean
item_is_printable (Sources                *src,
                   const KoersMeetingItem *item)
{
  return item->entry_id == 0 || lookup_entry (src, item->entry_id) != NULL;
}

/* "Lotte van der Meer · 2A" */
static char *
dup_student_line (KoersStudent *student,
                  gboolean      first_name_only)
{
  const char *name;
  const char *group;

  if (student == NULL)
    return NULL;

  name = first_name_only ? koers_student_get_first_name (student)
                         : koers_student_get_display_name (student);
  group = koers_student_get_group (student);
  if (!koers_str_is_set (name))
    name = koers_student_get_display_name (student);
  if (!koers_str_is_set (group))
    return g_strdup (name);
  if (!koers_str_is_set (name))
    return g_strdup (group);
  /* Translators: under a sheet's title; %1$s is the student's name, %2$s the class */
  return g_strdup_printf (_("%1$s · %2$s"), name, group);
}

/* "12-11-2026 · Fact · Signal · Teacher (mevrouw Jansen)": what a parent may ask
 * about an example: when, seen or thought, and by whom. */
static char *
dup_entry_detail (KoersEntry *entry)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = koers_date_format_dutch (koers_entry_get_date (entry));
  KoersSource source = koers_entry_get_source (entry);
  const char *source_name = koers_entry_get_source_name (entry);

  if (date != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&date));
  g_ptr_array_add (parts, g_strdup (koers_entry_get_interpretation (entry)
                                    ? _("Interpretation") : _("Fact")));
  g_ptr_array_add (parts, g_strdup (koers_entry_kind_get_label (koers_entry_get_kind (entry))));

  if (source != KOERS_SOURCE_NONE && koers_str_is_set (source_name))
    /* Translators: who saw or said it, as in "Teacher (mevrouw Jansen)" */
    g_ptr_array_add (parts, g_strdup_printf (_("%1$s (%2$s)"), koers_source_get_label (source), source_name));
  else if (source != KOERS_SOURCE_NONE)
    g_ptr_array_add (parts, g_strdup (koers_source_get_label (source)));
  else if (koers_str_is_set (source_name))
    g_ptr_array_add (parts, g_strdup (source_name));

  if (koers_entry_get_sensitive (entry))
    g_ptr_array_add (parts, g_strdup (_("Sensitive")));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static int
compare_entries_by_date (gconstpointer a,
                         gconstpointer b)
{
  KoersEntry *ea = *(KoersEntry * const *) a;
  KoersEntry *eb = *(KoersEntry * const *) b;
  int by_date = g_strcmp0 (koers_entry_get_date (ea), koers_entry_get_date (eb));

  if (by_date != 0)
    return by_date;
  return g_strcmp0 (koers_entry_get_time (ea), koers_entry_get_time (eb));
}

/* The entries linked in @role (and @area, for strengths), oldest first: examples
 * read as a story. */
static GPtrArray *
linked_entries (Sources       *src,
                KoersLinkRole  role,
                KoersArea      area)
{
  GArray *links = koers_meeting_get_links (src->meeting);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const KoersMeetingLink *link = &g_array_index (links, KoersMeetingLink, i);
      KoersEntry *entry;

      if (link->role != role || (role == KOERS_LINK_STRENGTH && link->area != area))
        continue;
      entry = lookup_entry (src, link->entry_id);
      if (entry != NULL && !g_ptr_array_find (result, entry, NULL))
        g_ptr_array_add (result, entry);
    }
  g_ptr_array_sort (result, compare_entries_by_date);
  return result;
}

static void
add_entry_bullets (KoersDocument *doc,
                   GPtrArray     *entries)
{
  for (guint i = 0; i < entries->len; i++)
    {
      KoersEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *detail = dup_entry_detail (entry);

      koers_document_add_bullet (doc, koers_entry_get_text (entry), detail);
    }
}

/* "Who: Parents (mevrouw Jansen) · By: 15-12-2026" */
static char *
dup_agreement_detail (const KoersAgreement *agreement)
{
  g_autofree char *owner = koers_agreement_dup_owner_text (agreement);
  g_autofree char *due = koers_date_format_dutch (agreement->due);

  if (due == NULL)
    /* Translators: under an agreement; %s is who does it */
    return g_strdup_printf (_("Who: %s"), owner);
  /* Translators: under an agreement; %1$s is who does it, %2$s the date it is due */
  return g_strdup_printf (_("Who: %1$s · By: %2$s"), owner, due);
}

static const char *
attendee_name (const KoersAttendee *attendee,
               KoersStudent        *student)
{
  if (koers_str_is_set (attendee->name))
    return attendee->name;
  if (attendee->role == KOERS_ATTENDEE_STUDENT && student != NULL)
    return koers_student_get_first_name (student);
  return NULL;
}

static void
add_meeting_fields (KoersDocument *doc,
                    Sources       *src)
{
  KoersMeeting *meeting = src->meeting;
  g_autofree char *when = koers_meeting_dup_when_text (meeting);
  KoersAttendee *leader = koers_meeting_get_leader (meeting);
  guint minutes = koers_meeting_get_duration (meeting);

  koers_document_add_field (doc, _("When"), when != NULL ? when : _("Not planned yet"));
  koers_document_add_field (doc, _("Where"), koers_meeting_get_place (meeting));
  if (minutes > 0)
    {
      g_autofree char *duration = g_strdup_printf (ngettext ("%u minute", "%u minutes", minutes), minutes);

      koers_document_add_field (doc, _("Duration"), duration);
    }
  if (leader != NULL)
    {
      const char *name = attendee_name (leader, src->student);

      koers_document_add_field (doc, _("Led by"),
                                koers_str_is_set (name) ? name : koers_attendee_role_get_label (leader->role));
    }
  koers_document_add_field (doc, _("Status"), koers_meeting_status_get_label (koers_meeting_get_status (meeting)));

  /* An adult student decides whether the parents come: say what was recorded. */
  if (src->student != NULL && koers_meeting_has_parents (meeting))
    {
      GDate date;
      gboolean adult;

      if (koers_date_from_iso (koers_meeting_get_date (meeting), &date))
        adult = koers_student_is_adult (src->student, &date);
      else
        adult = koers_student_is_adult (src->student, NULL);

      if (adult)
        {
          g_autofree char *consent_date = koers_date_format_dutch (koers_meeting_get_consent_date (meeting));
          const char *how = koers_meeting_get_consent_how (meeting);
          g_autofree char *text = NULL;

          switch (koers_meeting_get_consent (meeting))
            {
            case KOERS_CONSENT_GIVEN:
              if (consent_date != NULL && koers_str_is_set (how))
                /* Translators: an adult student's consent; %1$s a date, %2$s how it was given */
                text = g_strdup_printf (_("Given on %1$s (%2$s)"), consent_date, how);
              else if (consent_date != NULL)
                /* Translators: an adult student's consent; %s is a date */
                text = g_strdup_printf (_("Given on %s"), consent_date);
              else
                text = g_strdup (_("Given"));
              break;
            case KOERS_CONSENT_REFUSED:
              text = g_strdup (_("Refused: the parents do not take part"));
              break;
            case KOERS_CONSENT_UNKNOWN:
            default:
              text = g_strdup (_("Not recorded yet: ask the student before inviting the parents"));
              break;
            }
          koers_document_add_field (doc, _("Student's consent"), text);
        }
    }
}

static void
add_attendees (KoersDocument *doc,
               Sources       *src)
{
  GPtrArray *attendees = koers_meeting_get_attendees (src->meeting);

  koers_document_add_heading (doc, _("Who attends"));
  if (attendees == NULL || attendees->len == 0)
    {
      koers_document_add_note (doc, _("Nobody added yet."));
      return;
    }

  for (guint i = 0; i < attendees->len; i++)
    {
      KoersAttendee *attendee = g_ptr_array_index (attendees, i);
      const char *role = koers_attendee_role_get_label (attendee->role);
      const char *name = attendee_name (attendee, src->student);
      g_autofree char *detail = NULL;

      if (attendee->leads)
        /* Translators: under an attendee's name; %s is the role (Mentor, Parent or carer, ...) */
        detail = g_strdup_printf (_("%s · leads the meeting"), role);
      else
        detail = g_strdup (role);

      if (koers_str_is_set (name))
        koers_document_add_bullet (doc, name, detail);
      else
        koers_document_add_bullet (doc, detail, NULL);
    }
}

static void
add_reason (KoersDocument *doc,
            Sources       *src)
{
  const char *reason = koers_meeting_get_reason (src->meeting);
  const char *aims = koers_meeting_get_aims (src->meeting);

  koers_document_add_heading (doc, _("Reason and aims"));
  if (!koers_str_is_set (reason) && !koers_str_is_set (aims))
    {
      koers_document_add_note (doc, _("Not written down yet."));
      return;
    }
  if (koers_str_is_set (reason))
    {
      koers_document_add_subheading (doc, _("Reason"));
      koers_document_add_paragraph (doc, reason);
    }
  if (koers_str_is_set (aims))
    {
      koers_document_add_subheading (doc, _("What we want to reach"));
      koers_document_add_paragraph (doc, aims);
    }
}

static void
add_strengths (KoersDocument *doc,
               Sources       *src)
{
  const char *appreciation = koers_meeting_get_parents_appreciation (src->meeting);
  gboolean any = FALSE;

  koers_document_add_heading (doc, _("Strengths"));
  for (KoersArea area = 0; area < KOERS_N_AREAS; area++)
    {
      const char *text = koers_meeting_get_strength (src->meeting, area);
      g_autoptr(GPtrArray) entries = linked_entries (src, KOERS_LINK_STRENGTH, area);

      if (!koers_str_is_set (text) && entries->len == 0)
        continue;

      koers_document_add_subheading (doc, koers_area_get_label (area));
      koers_document_add_paragraph (doc, text);
      add_entry_bullets (doc, entries);
      any = TRUE;
    }
  if (!any)
    koers_document_add_note (doc, _("No strengths written down yet. Start with what goes well."));

  if (koers_str_is_set (appreciation))
    {
      koers_document_add_subheading (doc, _("What we appreciate in the parents"));
      koers_document_add_paragraph (doc, appreciation);
    }
}

static void
add_worry (KoersDocument *doc,
           Sources       *src)
{
  const char *worry = koers_meeting_get_worry (src->meeting);
  const char *going_well = koers_meeting_get_going_well (src->meeting);
  g_autoptr(GPtrArray) examples = linked_entries (src, KOERS_LINK_EXAMPLE, 0);
  g_autoptr(GPtrArray) well = linked_entries (src, KOERS_LINK_GOING_WELL, 0);

  if (koers_str_is_set (worry) || examples->len > 0)
    {
      koers_document_add_heading (doc, _("Our worry"));
      koers_document_add_paragraph (doc, worry);
      if (examples->len > 0)
        {
          koers_document_add_subheading (doc, _("Examples"));
          add_entry_bullets (doc, examples);
        }
    }

  /* Strengths first, and never a worry without what does go well beside it. */
  koers_document_add_heading (doc, _("Where it goes well"));
  if (!koers_str_is_set (going_well) && well->len == 0)
    koers_document_add_lines (doc, VIEW_LINES);
  koers_document_add_paragraph (doc, going_well);
  add_entry_bullets (doc, well);
}

static void
add_views (KoersDocument *doc,
           Sources       *src)
{
  const char *student_view = koers_meeting_get_student_view (src->meeting);

  koers_document_add_heading (doc, _("How everyone sees it"));
  koers_document_add_columns (doc,
                              _("School's view"), koers_meeting_get_school_view (src->meeting),
                              _("Home's view"), koers_meeting_get_home_view (src->meeting));
  koers_document_add_subheading (doc, _("The student's view"));
  if (koers_str_is_set (student_view))
    koers_document_add_paragraph (doc, student_view);
  else
    koers_document_add_lines (doc, VIEW_LINES);
}

static void
add_items (KoersDocument *doc,
           Sources       *src,
           GPtrArray     *items,
           const char    *heading)
{
  gboolean any = FALSE;

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      KoersMeetingItem *item = g_ptr_array_index (items, i);
      KoersEntry *entry;
      g_autofree char *detail = NULL;

      if (!item_is_printable (src, item))
        continue;
      if (!any)
        koers_document_add_heading (doc, heading);
      any = TRUE;

      entry = lookup_entry (src, item->entry_id);
      if (entry != NULL)
        {
          g_autofree char *date = koers_date_format_dutch (koers_entry_get_date (entry));

          if (koers_entry_get_sensitive (entry))
            /* Translators: under an agenda item; %s is the date of the timeline entry it is about */
            detail = g_strdup_printf (_("Sensitive · about the note of %s"), date != NULL ? date : "");
          else
            /* Translators: under an agenda item; %s is the date of the timeline entry it is about */
            detail = g_strdup_printf (_("About the note of %s"), date != NULL ? date : "");
        }
      koers_document_add_checkbox (doc, item->text, detail, item->done);
    }
}

static void
add_goals (KoersDocument *doc,
           Sources       *src)
{
  if (src->goals == NULL || src->goals->len == 0)
    return;

  koers_document_add_heading (doc, _("Goals to discuss"));
  for (guint i = 0; i < src->goals->len; i++)
    {
      KoersGoal *goal = g_ptr_array_index (src->goals, i);
      const char * const *steps = koers_goal_get_steps (goal);
      const char * const *adults = koers_goal_get_adult_commitments (goal);
      g_autofree char *evaluation = koers_date_format_dutch (koers_goal_get_evaluation_date (goal));
      g_autofree char *status = NULL;

      koers_document_add_subheading (doc, koers_goal_get_title (goal));
      if (evaluation != NULL)
        /* Translators: under a goal's title; %1$s is its status, %2$s a date */
        status = g_strdup_printf (_("%1$s · evaluation on %2$s"),
                                  koers_goal_status_get_label (koers_goal_get_status (goal)), evaluation);
      else
        status = g_strdup (koers_goal_status_get_label (koers_goal_get_status (goal)));
      koers_document_add_note (doc, status);

      for (guint s = 0; steps != NULL && steps[s] != NULL; s++)
        koers_document_add_bullet (doc, steps[s], NULL);
      for (guint a = 0; adults != NULL && adults[a] != NULL; a++)
        koers_document_add_bullet (doc, adults[a], _("What the adults do"));
    }
}

static void
add_agreements (KoersDocument *doc,
                KoersMeeting  *meeting,
                gboolean       for_parents)
{
  GPtrArray *agreements = koers_meeting_get_agreements (meeting);

  koers_document_add_heading (doc, for_parents ? _("What we agreed") : _("Agreements"));
  if (agreements == NULL || agreements->len == 0)
    {
      if (for_parents)
        koers_document_add_note (doc, _("No agreements were written down."));
      else
        {
          koers_document_add_note (doc, _("What, who, by when:"));
          koers_document_add_lines (doc, AGREEMENT_LINES);
        }
      return;
    }

  for (guint i = 0; i < agreements->len; i++)
    {
      KoersAgreement *agreement = g_ptr_array_index (agreements, i);
      g_autofree char *detail = dup_agreement_detail (agreement);

      /* Parents get a box to tick at home; the mentor's copy lists them. */
      if (for_parents)
        koers_document_add_checkbox (doc, agreement->what, detail, FALSE);
      else
        koers_document_add_bullet (doc, agreement->what, detail);
    }
}

static void
add_next_contact (KoersDocument *doc,
                  KoersMeeting  *meeting)
{
  g_autofree char *next = koers_date_format_long (koers_meeting_get_next_contact (meeting));

  /* Without a date yet: a line to write it on during the meeting. */
  koers_document_add_field (doc, _("Next contact"), next);
}

static void
add_evaluation (KoersDocument *doc,
                KoersMeeting  *meeting)
{
  const char *heard = koers_meeting_get_felt_heard (meeting);
  const char *differently = koers_meeting_get_do_differently (meeting);

  if (!koers_str_is_set (heard) && !koers_str_is_set (differently))
    return;

  koers_document_add_heading (doc, _("Looking back on the meeting"));
  if (koers_str_is_set (heard))
    {
      koers_document_add_subheading (doc, _("Did the parents feel heard?"));
      koers_document_add_paragraph (doc, heard);
    }
  if (koers_str_is_set (differently))
    {
      koers_document_add_subheading (doc, _("What would we do differently?"));
      koers_document_add_paragraph (doc, differently);
    }
}

/* Once held, the sheet is also the record of what was said. */
static void
add_summary (KoersDocument *doc,
             KoersMeeting  *meeting)
{
  if (koers_meeting_get_status (meeting) != KOERS_MEETING_HELD ||
      !koers_str_is_set (koers_meeting_get_summary (meeting)))
    return;

  koers_document_add_heading (doc, _("Summary of the meeting"));
  koers_document_add_paragraph (doc, koers_meeting_get_summary (meeting));
}

static void
build_preparation (KoersDocument *doc,
                   Sources       *src)
{
  g_autofree char *student_line = dup_student_line (src->student, FALSE);
  g_autofree char *footer = NULL;

  if (src->include_sensitive)
    koers_document_set_banner (doc, _("Confidential"));
  koers_document_set_pdf_title (doc, _("Parent meeting preparation"));
  if (student_line != NULL)
    /* Translators: in the footer of every page; %s is the student's name and class */
    footer = g_strdup_printf (_("Parent meeting preparation · %s"), student_line);
  koers_document_set_footer (doc, footer != NULL ? footer : _("Parent meeting preparation"));

  koers_document_add_title (doc, _("Parent meeting preparation"));
  koers_document_add_subtitle (doc, student_line);
  add_meeting_fields (doc, src);
  add_attendees (doc, src);
  add_reason (doc, src);
  add_strengths (doc, src);
  add_worry (doc, src);
  add_views (doc, src);
  add_items (doc, src, koers_meeting_get_questions (src->meeting), _("Questions for the parents"));
  add_goals (doc, src);
  add_items (doc, src, koers_meeting_get_agenda (src->meeting), _("Agenda"));
  add_summary (doc, src->meeting);
  add_agreements (doc, src->meeting, FALSE);
  add_next_contact (doc, src->meeting);
  add_evaluation (doc, src->meeting);
  koers_document_add_heading (doc, _("Notes"));
  koers_document_add_lines (doc, NOTES_LINES);
}

/* Only what the parents take home: no entries, goals or views are even passed in. */
static void
build_for_parents (KoersDocument *doc,
                   KoersMeeting  *meeting,
                   KoersStudent  *student,
                   const char    *mentor_name)
{
  g_autofree char *student_line = dup_student_line (student, TRUE);
  g_autofree char *date = koers_date_format_long (koers_meeting_get_date (meeting));
  g_autofree char *contact = NULL;

  koers_document_set_pdf_title (doc, _("Our agreements"));
  koers_document_set_footer (doc, _("Our agreements"));

  koers_document_add_title (doc, _("Our agreements"));
  koers_document_add_subtitle (doc, student_line);
  koers_document_add_field (doc, _("Meeting of"), date);
  koers_document_add_paragraph (doc, _("Thank you for the conversation. These are the agreements we made "
                                       "together, so that everyone knows who does what, and by when."));
  add_agreements (doc, meeting, TRUE);
  add_next_contact (doc, meeting);

  koers_document_add_heading (doc, _("Contact"));
  if (koers_str_is_set (mentor_name))
    {
      koers_document_add_field (doc, _("Mentor"), mentor_name);
      /* Translators: at the end of the parents' sheet; %s is the mentor's name */
      contact = g_strdup_printf (_("Questions about these agreements, or did something change? "
                                   "Please contact %s at school."), mentor_name);
    }
  else
    {
      contact = g_strdup (_("Questions about these agreements, or did something change? "
                            "Please contact the mentor at school."));
    }
  koers_document_add_paragraph (doc, contact);
}

/* The mentor who signs the sheet: the mentor at the table, else who prepared it. */
static const char *
find_mentor_name (KoersMeeting *meeting)
{
  GPtrArray *attendees = koers_meeting_get_attendees (meeting);

  for (guint i = 0; attendees != NULL && i < attendees->len; i++)
    {
      KoersAttendee *attendee = g_ptr_array_index (attendees, i);

      if (attendee->role == KOERS_ATTENDEE_MENTOR && koers_str_is_set (attendee->name))
        return attendee->name;
    }
  return koers_meeting_get_author (meeting);
}

/* Loads an entry the meeting points at; one that was deleted since is no error. */
static gboolean
load_entry (KoersStore  *store,
            gint64       id,
            gboolean     include_sensitive,
            GHashTable  *seen,
            GPtrArray   *entries,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  KoersEntry *entry;

  if (id == 0 || g_hash_table_contains (seen, &id))
    return TRUE;
  g_hash_table_add (seen, id_key (id));

  entry = koers_store_get_entry (store, id, &local_error);
  if (entry == NULL)
    {
      if (g_error_matches (local_error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Not even kept in memory when it may not be printed. */
  if (koers_entry_get_sensitive (entry) && !include_sensitive)
    g_object_unref (entry);
  else
    g_ptr_array_add (entries, entry);
  return TRUE;
}

static gboolean
load_item_entries (KoersStore  *store,
                   GPtrArray   *items,
                   gboolean     include_sensitive,
                   GHashTable  *seen,
                   GPtrArray   *entries,
                   GError     **error)
{
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      KoersMeetingItem *item = g_ptr_array_index (items, i);

      if (!load_entry (store, item->entry_id, include_sensitive, seen, entries, error))
        return FALSE;
    }
  return TRUE;
}

KoersMeetingSheet *
koers_meeting_sheet_new (KoersMeeting   *meeting,
                         KoersStudent   *student,
                         GPtrArray      *entries,
                         GPtrArray      *goals,
                         const char     *mentor_name,
                         KoersSheetKind  kind,
                         gboolean        include_sensitive)
{
  KoersMeetingSheet *sheet;

  g_return_val_if_fail (KOERS_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (student == NULL || KOERS_IS_STUDENT (student), NULL);
  g_return_val_if_fail (kind == KOERS_SHEET_PREPARATION || kind == KOERS_SHEET_FOR_PARENTS, NULL);

  sheet = g_new0 (KoersMeetingSheet, 1);
  sheet->kind = kind;
  sheet->doc = koers_document_new ();

  if (kind == KOERS_SHEET_FOR_PARENTS)
    {
      build_for_parents (sheet->doc, meeting, student, mentor_name);
    }
  else
    {
      g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      Sources src = {
        .meeting = meeting,
        .student = student,
        .entries = by_id,
        .goals = goals,
        .include_sensitive = include_sensitive,
      };

      for (guint i = 0; entries != NULL && i < entries->len; i++)
        {
          KoersEntry *entry = g_ptr_array_index (entries, i);

          /* Checked here too, whoever loaded them. */
          if (koers_entry_get_sensitive (entry) && !include_sensitive)
            continue;
          g_hash_table_insert (by_id, id_key (koers_entry_get_id (entry)), entry);
        }
      build_preparation (sheet->doc, &src);
    }

  return sheet;
}

KoersMeetingSheet *
koers_meeting_sheet_new_from_store (KoersStore      *store,
                                    gint64           meeting_id,
                                    KoersSheetKind   kind,
                                    gboolean         include_sensitive,
                                    GError         **error)
{
  g_autoptr(KoersMeeting) meeting = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *user_name = NULL;
  const char *mentor_name;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == KOERS_SHEET_PREPARATION || kind == KOERS_SHEET_FOR_PARENTS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  meeting = koers_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return NULL;
  student = koers_store_get_student (store, koers_meeting_get_student_id (meeting), error);
  if (student == NULL)
    return NULL;

  mentor_name = find_mentor_name (meeting);
  if (!koers_str_is_set (mentor_name))
    {
      user_name = koers_store_dup_meta (store, KOERS_META_USER_NAME, NULL);
      mentor_name = user_name;
    }

  if (kind == KOERS_SHEET_FOR_PARENTS)
    return koers_meeting_sheet_new (meeting, student, NULL, NULL, mentor_name, kind, FALSE);

  {
    GArray *links = koers_meeting_get_links (meeting);
    GArray *goal_ids = koers_meeting_get_goal_ids (meeting);

    for (guint i = 0; links != NULL && i < links->len; i++)
      if (!load_entry (store, g_array_index (links, KoersMeetingLink, i).entry_id,
                       include_sensitive, seen, entries, error))
        return NULL;
    if (!load_item_entries (store, koers_meeting_get_agenda (meeting), include_sensitive, seen, entries, error) ||
        !load_item_entries (store, koers_meeting_get_questions (meeting), include_sensitive, seen, entries, error))
      return NULL;

    for (guint i = 0; goal_ids != NULL && i < goal_ids->len; i++)
      {
        g_autoptr(GError) local_error = NULL;
        KoersGoal *goal = koers_store_get_goal (store, g_array_index (goal_ids, gint64, i), &local_error);

        if (goal != NULL)
          g_ptr_array_add (goals, goal);
        else if (!g_error_matches (local_error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND))
          {
            g_propagate_error (error, g_steal_pointer (&local_error));
            return NULL;
          }
      }
  }

  return koers_meeting_sheet_new (meeting, student, entries, goals, mentor_name, kind, include_sensitive);
}

void
koers_meeting_sheet_free (KoersMeetingSheet *sheet)
{
  if (sheet == NULL)
    return;

  koers_document_free (sheet->doc);
  g_free (sheet);
}

KoersDocument *
koers_meeting_sheet_get_document (KoersMeetingSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, NULL);

  return sheet->doc;
}

guint
koers_meeting_sheet_paginate (KoersMeetingSheet *sheet,
                              cairo_t           *cr,
                              double             width,
                              double             height)
{
  g_return_val_if_fail (sheet != NULL, 1);

  return koers_document_paginate (sheet->doc, cr, width, height);
}

void
koers_meeting_sheet_render_page (KoersMeetingSheet *sheet,
                                 cairo_t           *cr,
                                 guint              page)
{
  g_return_if_fail (sheet != NULL);

  koers_document_render_page (sheet->doc, cr, page);
}

gboolean
koers_meeting_sheet_write_pdf (KoersMeetingSheet  *sheet,
                               const char         *path,
                               guint              *n_pages,
                               GError            **error)
{
  g_return_val_if_fail (sheet != NULL, FALSE);

  return koers_document_write_pdf (sheet->doc, path, n_pages, error);
}
