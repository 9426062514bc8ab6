/* test-checklists.c: signal checklist templates, copy on write, change summaries,
 * the next step before final, and open referrals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"
#define MENTOR "mevrouw Bakker"
#define SIGNALENKAART "signalenkaart-jong-doet-mee"

typedef struct
{
  char *dir;
  char *path;
  KoersStore *store;
  KoersStudent *noah;
  KoersStudent *sara;
} Fixture;

static char *
iso_in_days (int days)
{
  GDate date;

  koers_date_today (&date);
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return koers_date_to_iso (&date);
}

static KoersStudent *
add_student (Fixture    *f,
             const char *first,
             const char *last)
{
  g_autoptr(GError) error = NULL;
  KoersStudent *student = koers_student_new ();

  koers_student_set_first_name (student, first);
  koers_student_set_last_name (student, last);
  koers_student_set_group (student, "2C");
  g_assert_true (koers_store_save_student (f->store, student, &error));
  g_assert_no_error (error);
  return student;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = koers_test_tmpdir_new ();
  f->path = g_build_filename (f->dir, "notebook.db", NULL);
  f->store = koers_store_create (f->path, PASS, &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_set_meta (f->store, KOERS_META_USER_NAME, MENTOR, &error));
  f->noah = add_student (f, "Noah", "Visser");
  f->sara = add_student (f, "Sara", "El Idrissi");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->noah);
  g_clear_object (&f->sara);
  g_clear_object (&f->store);
  g_free (f->path);
  koers_test_tmpdir_free (f->dir);
}

static KoersChecklistTemplate *
signalenkaart (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  KoersChecklistTemplate *template = koers_store_get_template_by_key (f->store, SIGNALENKAART, &error);

  g_assert_no_error (error);
  g_assert_nonnull (template);
  return template;
}

/* The row index of the item with @key. */
static guint
row_of (KoersChecklist *checklist,
        const char     *key)
{
  GPtrArray *rows = koers_checklist_get_rows (checklist);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (((KoersSignalAnswerRow *) g_ptr_array_index (rows, i))->item->key, key))
      return i;
  g_assert_not_reached ();
}

static guint
item_of (KoersChecklistTemplate *template,
         const char             *key)
{
  GPtrArray *items = koers_checklist_template_get_items (template);

  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (((KoersChecklistItem *) g_ptr_array_index (items, i))->key, key))
      return i;
  g_assert_not_reached ();
}

static KoersChecklist *
new_checklist (Fixture      *f,
               KoersStudent *student,
               int           days)
{
  g_autoptr(KoersChecklistTemplate) template = signalenkaart (f);
  g_autofree char *date = iso_in_days (days);
  KoersChecklist *checklist = koers_checklist_new_from_template (template);

  koers_checklist_set_student_id (checklist, koers_student_get_id (student));
  koers_checklist_set_date (checklist, date);
  return checklist;
}

static void
set_next_step (KoersChecklist *checklist)
{
  g_autofree char *due = iso_in_days (14);

  koers_checklist_set_next_step (checklist, "Gesprekje met Noah over hoe het thuis gaat");
  koers_checklist_set_next_step_owner (checklist, MENTOR);
  koers_checklist_set_next_step_due (checklist, due);
}

static void
save_final (Fixture        *f,
            KoersChecklist *checklist)
{
  g_autoptr(GError) error = NULL;

  set_next_step (checklist);
  koers_checklist_set_status (checklist, KOERS_CHECKLIST_FINAL);
  g_assert_true (koers_store_save_checklist (f->store, checklist, &error));
  g_assert_no_error (error);
}

/* Templates */

static void
test_shipped (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) templates = koers_store_list_templates (f->store, &error);
  KoersChecklistTemplate *card;
  GPtrArray *groups;
  static const guint per_group[] = { 4, 13, 9, 3 };

  g_assert_no_error (error);
  g_assert_cmpuint (templates->len, ==, 3);

  card = g_ptr_array_index (templates, 0);
  g_assert_cmpstr (koers_checklist_template_get_key (card), ==, SIGNALENKAART);
  g_assert_false (koers_checklist_template_get_own (card));
  g_assert_cmpstr (koers_checklist_template_get_source (card), ==, "JONG doet mee!");
  g_assert_cmpuint (koers_checklist_template_get_items (card)->len, ==, 29);
  groups = koers_checklist_template_get_groups (card);
  g_assert_cmpuint (groups->len, ==, 4);
  for (guint g = 0; g < groups->len; g++)
    {
      g_autoptr(GArray) items = koers_checklist_template_items_in_group (card, g);

      g_assert_cmpuint (items->len, ==, per_group[g]);
      /* Only "Vermijden van contact" is the quiet group. */
      g_assert_cmpint (((KoersChecklistGroup *) g_ptr_array_index (groups, g))->quiet, ==, g == 1);
    }
  g_assert_cmpuint (koers_checklist_template_get_tips (card)->len, ==, 4);

  /* The other two are written for Koers, and say so. */
  for (guint i = 1; i < templates->len; i++)
    {
      KoersChecklistTemplate *own = g_ptr_array_index (templates, i);

      g_assert_true (koers_checklist_template_get_own (own));
      g_assert_cmpstr (koers_checklist_template_get_source (own), ==, "Koers");
      g_assert_cmpuint (koers_checklist_template_get_items (own)->len, >=, 10);
    }
  g_assert_cmpstr (koers_checklist_template_get_key (g_ptr_array_index (templates, 1)), ==, "insecure-attachment");
  g_assert_cmpstr (koers_checklist_template_get_key (g_ptr_array_index (templates, 2)), ==, "home-context");
}

/* Under Dutch the card reads exactly as printed: the reference is the card's TSV. */
static void
test_dutch_wording (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersChecklistTemplate) card = signalenkaart (f);
  g_autofree char *tsv_path = koers_test_data_path ("signalenkaart-jong-doet-mee.tsv");
  g_autofree char *tsv = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *items = koers_checklist_template_get_items (card);
  GPtrArray *groups = koers_checklist_template_get_groups (card);
  guint n = 0;

  /* GLib decides once per process whether to translate at all: Dutch needs a
   * process that speaks it from the start. */
  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "nl", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_setenv ("LANGUAGE", "", TRUE);
      g_test_trap_assert_passed ();

      /* And in English the gloss, through the same text domain. */
      g_assert_cmpstr (koers_checklist_item_get_label (g_ptr_array_index (items, 8)), ==, "Truancy");
      return;
    }

  g_assert_true (g_file_get_contents (tsv_path, &tsv, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (tsv, "\n", -1);

  g_assert_cmpstr (koers_checklist_template_get_name (card), ==, "Signalenkaart JONG doet mee!");
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);
      KoersChecklistItem *item;

      if (*lines[i] == '\0')
        continue;
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      item = g_ptr_array_index (items, n++);
      g_assert_cmpstr (koers_checklist_item_get_label (item), ==, fields[1]);
      g_assert_cmpstr (koers_checklist_group_get_name (g_ptr_array_index (groups, item->group)), ==, fields[0]);
    }
  g_assert_cmpuint (n, ==, 29);
  g_assert_cmpstr (koers_signal_answer_get_label (KOERS_SIGNAL_SEEN_OFTEN), ==, "Vaak gezien");
}

static void
test_loaded_once (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) first = koers_store_list_templates (f->store, &error);
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) third = NULL;
  g_autoptr(KoersStore) reopened = NULL;

  g_assert_no_error (error);
  second = koers_store_list_templates (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (second->len, ==, first->len);

  /* A template the user deleted stays deleted, also after reopening. */
  g_assert_true (koers_store_delete_template (f->store, g_ptr_array_index (second, 2), &error));
  g_assert_no_error (error);
  g_clear_object (&f->store);
  reopened = koers_store_open (f->path, PASS, &error);
  g_assert_no_error (error);
  third = koers_store_list_templates (reopened, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (third->len, ==, 2);
  g_assert_null (koers_store_get_template_by_key (reopened, "home-context", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
  f->store = g_steal_pointer (&reopened);
}

static void
test_copy_on_write (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersChecklistTemplate) card = signalenkaart (f);
  g_autoptr(KoersChecklist) before = new_checklist (f, f->noah, -7);
  g_autoptr(KoersChecklist) stored = NULL;
  g_autoptr(KoersChecklistTemplate) edited = NULL;
  g_autoptr(KoersChecklist) after = NULL;
  KoersSignalAnswerRow *row;
  guint spijbelen, stil, added;

  koers_checklist_set_answer (before, row_of (before, "vermijden-5"), KOERS_SIGNAL_SEEN);
  g_assert_true (koers_store_save_checklist (f->store, before, &error));
  g_assert_no_error (error);

  /* Rename "Spijbelen", move "Opvallend stil zijn" to the quiet group, add one. */
  spijbelen = item_of (card, "vermijden-5");
  koers_checklist_template_rename_item (card, spijbelen, "Spijbelen (ook deels: te laat)");
  stil = item_of (card, "extreem-3");
  koers_checklist_template_move_item_to_group (card, stil, 1);
  added = koers_checklist_template_add_item (card, 3, "Hygiëne gaat achteruit");
  g_assert_cmpuint (((KoersChecklistItem *) g_ptr_array_index (koers_checklist_template_get_items (card), added))->group, ==, 3);
  g_assert_true (koers_store_save_template (f->store, card, &error));
  g_assert_no_error (error);

  edited = koers_store_get_template (f->store, koers_checklist_template_get_id (card), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (koers_checklist_template_get_items (edited)->len, ==, 30);
  g_assert_cmpstr (koers_checklist_item_get_label (g_ptr_array_index (koers_checklist_template_get_items (edited),
                                                                       item_of (edited, "vermijden-5"))),
                   ==, "Spijbelen (ook deels: te laat)");
  g_assert_cmpuint (((KoersChecklistItem *) g_ptr_array_index (koers_checklist_template_get_items (edited),
                                                                item_of (edited, "extreem-3")))->group, ==, 1);
  /* Items stay in group order: the moved one now sits among the quiet group's. */
  for (guint i = 1; i < koers_checklist_template_get_items (edited)->len; i++)
    g_assert_cmpuint (((KoersChecklistItem *) g_ptr_array_index (koers_checklist_template_get_items (edited), i - 1))->group,
                      <=,
                      ((KoersChecklistItem *) g_ptr_array_index (koers_checklist_template_get_items (edited), i))->group);

  /* The checklist filled in before keeps its own copy. */
  stored = koers_store_get_checklist (f->store, koers_checklist_get_id (before), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (koers_checklist_get_rows (stored)->len, ==, 29);
  row = koers_checklist_find_row (stored, "vermijden-5");
  g_assert_cmpstr (koers_checklist_item_get_label (row->item), ==, "Truancy");
  g_assert_cmpint (row->answer, ==, KOERS_SIGNAL_SEEN);
  g_assert_cmpuint (koers_checklist_find_row (stored, "extreem-3")->item->group, ==, 2);

  /* A new one has the edits; it still compares with the old one by key. */
  after = koers_checklist_new_from_template (edited);
  g_assert_cmpuint (koers_checklist_get_rows (after)->len, ==, 30);
  g_assert_cmpstr (koers_checklist_item_get_label (koers_checklist_find_row (after, "vermijden-5")->item),
                   ==, "Spijbelen (ook deels: te laat)");

  /* Typing the shipped wording back goes back to the translated text. */
  koers_checklist_template_rename_item (edited, item_of (edited, "vermijden-5"), "Truancy");
  g_assert_null (((KoersChecklistItem *) g_ptr_array_index (koers_checklist_template_get_items (edited),
                                                             item_of (edited, "vermijden-5")))->custom);
}

static void
test_template_validation (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersChecklistTemplate) own = koers_checklist_template_new ();
  g_autoptr(KoersChecklistTemplate) card = signalenkaart (f);
  g_autoptr(KoersChecklistTemplate) again = NULL;
  g_autoptr(KoersChecklistTemplate) copy = NULL;
  guint group;

  g_assert_false (koers_store_save_template (f->store, own, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  koers_checklist_template_set_custom_name (own, "Na de zomervakantie");
  g_assert_false (koers_store_save_template (f->store, own, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  group = koers_checklist_template_add_group (own, "Start van het jaar");
  koers_checklist_template_add_item (own, group, "Heeft aansluiting in de klas");
  koers_checklist_template_add_item (own, group, "");
  g_assert_false (koers_store_save_template (f->store, own, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_cmpint (koers_checklist_template_get_id (own), ==, 0);
  g_clear_error (&error);

  koers_checklist_template_remove_item (own, 1);
  g_assert_true (koers_store_save_template (f->store, own, &error));
  g_assert_no_error (error);
  g_assert_cmpint (koers_checklist_template_get_id (own), >, 0);
  again = koers_store_get_template (f->store, koers_checklist_template_get_id (own), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_checklist_template_get_name (again), ==, "Na de zomervakantie");
  g_assert_true (koers_checklist_template_get_own (again));
  g_assert_cmpstr (koers_checklist_template_get_source (again), ==, "Own template");
  g_assert_false (koers_checklist_template_remove_group (again, 0));

  /* A failed save of an existing template leaves what was stored. */
  koers_checklist_template_rename_item (card, 0, "");
  koers_checklist_template_set_custom_name (card, "");
  koers_checklist_template_set_builtin_name (card, NULL);
  g_assert_false (koers_store_save_template (f->store, card, &error));
  g_clear_error (&error);
  g_clear_object (&card);
  card = signalenkaart (f);
  g_assert_cmpstr (koers_checklist_template_get_name (card), ==, "JONG doet mee! signal card");

  /* A duplicate is a new template of one's own with the same keys. */
  copy = koers_checklist_template_duplicate (card);
  g_assert_true (koers_store_save_template (f->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (koers_checklist_template_get_name (copy), ==, "Copy of JONG doet mee! signal card");
  g_assert_null (koers_checklist_template_get_key (copy));
  g_assert_cmpuint (koers_checklist_template_get_items (copy)->len, ==, 29);
}

static void
test_parse_errors (void)
{
  static const char * const bad[] = {
    "not a key file",
    "[Checklist]\nName=No id\n",
    "[Checklist]\nId=x\nName=Nothing in it\nOwn=true\n",
    "[Checklist]\nId=x\nName=Item first\nOwn=true\n[Item a]\nGroup=g\nLabel=A\n[Group g]\nName=G\n",
    "[Checklist]\nId=x\nName=Twice\nOwn=true\n[Group g]\nName=G\n[Item a]\nGroup=g\nLabel=A\n[Item a ]\nGroup=g\nLabel=B\n[Something]\nX=1\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KoersChecklistTemplate) template = koers_checklist_template_parse (bad[i], strlen (bad[i]), &error);

      g_assert_null (template);
      g_assert_nonnull (error);
    }
}

/* Filling in, comparing, finishing */

static void
test_change_summary (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersChecklist) first = new_checklist (f, f->noah, -60);
  g_autoptr(KoersChecklist) second = new_checklist (f, f->noah, -3);
  g_autoptr(KoersChecklist) previous = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *alone = NULL;
  g_autofree char *seen = NULL;

  koers_checklist_set_answer (first, row_of (first, "vermijden-3"), KOERS_SIGNAL_SEEN);        /* Afzondering */
  koers_checklist_set_answer (first, row_of (first, "extreem-1"), KOERS_SIGNAL_SEEN);          /* Ruzie */
  koers_checklist_set_answer (first, row_of (first, "verwaarlozen-1"), KOERS_SIGNAL_SEEN_OFTEN); /* Slecht slapen */
  koers_checklist_set_answer (first, row_of (first, "contact-zoeken-3"), KOERS_SIGNAL_SEEN);
  save_final (f, first);

  koers_checklist_set_answer (second, row_of (second, "vermijden-3"), KOERS_SIGNAL_SEEN_OFTEN); /* stronger */
  koers_checklist_set_answer (second, row_of (second, "vermijden-5"), KOERS_SIGNAL_SEEN);       /* new: Spijbelen */
  koers_checklist_set_answer (second, row_of (second, "verwaarlozen-1"), KOERS_SIGNAL_SEEN);    /* weaker */
  koers_checklist_set_answer (second, row_of (second, "contact-zoeken-3"), KOERS_SIGNAL_SEEN);  /* same */
  /* Ruzie: gone */
  g_assert_true (koers_store_save_checklist (f->store, second, &error));
  g_assert_no_error (error);

  previous = koers_store_get_previous_checklist (f->store, second, &error);
  g_assert_no_error (error);
  g_assert_nonnull (previous);
  g_assert_cmpint (koers_checklist_get_id (previous), ==, koers_checklist_get_id (first));

  g_assert_cmpint (koers_checklist_compare_row (second, previous, row_of (second, "vermijden-3")), ==, KOERS_SIGNAL_CHANGE_STRONGER);
  g_assert_cmpint (koers_checklist_compare_row (second, previous, row_of (second, "vermijden-5")), ==, KOERS_SIGNAL_CHANGE_NEW);
  g_assert_cmpint (koers_checklist_compare_row (second, previous, row_of (second, "verwaarlozen-1")), ==, KOERS_SIGNAL_CHANGE_WEAKER);
  g_assert_cmpint (koers_checklist_compare_row (second, previous, row_of (second, "contact-zoeken-3")), ==, KOERS_SIGNAL_CHANGE_SAME);
  g_assert_cmpint (koers_checklist_compare_row (second, previous, row_of (second, "extreem-1")), ==, KOERS_SIGNAL_CHANGE_GONE);
  g_assert_cmpint (koers_checklist_compare_row (second, previous, row_of (second, "extreem-2")), ==, KOERS_SIGNAL_CHANGE_NONE);

  summary = koers_checklist_dup_change_summary (second, previous);
  g_test_message ("%s", summary);
  g_assert_nonnull (strstr (summary, "Avoiding contact (quiet signals)\n"));
  g_assert_nonnull (strstr (summary, "  New: Truancy."));
  g_assert_nonnull (strstr (summary, "  Seen more often: Isolating."));
  g_assert_nonnull (strstr (summary, "  Seen less often: Sleeping badly."));
  g_assert_nonnull (strstr (summary, "  Still seen: Less cheerful in contact."));
  g_assert_nonnull (strstr (summary, "  No longer seen: Fighting with friends."));
  /* The quiet group comes in the card's order, before the loud one, not after it. */
  g_assert_true (strstr (summary, "Avoiding contact") < strstr (summary, "Extreme behaviour"));
  /* Words, not a score. */
  g_assert_null (strpbrk (summary, "0123456789%"));

  alone = koers_checklist_dup_change_summary (first, NULL);
  g_assert_nonnull (strstr (alone, "  Seen: Isolating."));
  seen = koers_checklist_dup_seen_summary (second);
  g_assert_nonnull (strstr (seen, "Avoiding contact (quiet signals): Isolating (often), Truancy."));

  /* Nothing seen at all, either time. */
  {
    g_autoptr(KoersChecklist) empty = new_checklist (f, f->sara, 0);
    g_autofree char *none = koers_checklist_dup_change_summary (empty, NULL);

    g_assert_cmpstr (none, ==, "No signals seen.");
    g_assert_null (koers_store_get_previous_checklist (f->store, empty, &error));
    g_assert_no_error (error);
  }
}

static void
test_previous (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersChecklist) old_final = new_checklist (f, f->noah, -90);
  g_autoptr(KoersChecklist) draft = new_checklist (f, f->noah, -30);
  g_autoptr(KoersChecklist) other_student = new_checklist (f, f->sara, -20);
  g_autoptr(KoersChecklist) today = new_checklist (f, f->noah, 0);
  g_autoptr(KoersChecklist) previous = NULL;
  g_autoptr(KoersChecklistTemplate) home = koers_store_get_template_by_key (f->store, "home-context", &error);
  g_autoptr(KoersChecklist) other_template = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_no_error (error);
  save_final (f, old_final);
  g_assert_true (koers_store_save_checklist (f->store, draft, &error));
  save_final (f, other_student);
  other_template = koers_checklist_new_from_template (home);
  koers_checklist_set_student_id (other_template, koers_student_get_id (f->noah));
  koers_checklist_set_date (other_template, koers_checklist_get_date (draft));
  save_final (f, other_template);

  /* Not the draft, not Sara's, not the other template: the old final one. */
  previous = koers_store_get_previous_checklist (f->store, today, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_checklist_get_id (previous), ==, koers_checklist_get_id (old_final));
  g_clear_object (&previous);
  previous = koers_store_get_previous_checklist (f->store, old_final, &error);
  g_assert_no_error (error);
  g_assert_null (previous);

  list = koers_store_list_checklists (f->store, koers_student_get_id (f->noah), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpint (koers_checklist_get_id (g_ptr_array_index (list, 2)), ==, koers_checklist_get_id (old_final));
  g_assert_cmpstr (koers_checklist_get_observer (g_ptr_array_index (list, 0)), ==, MENTOR);
}

static void
test_final_needs_next_step (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersChecklist) checklist = new_checklist (f, f->noah, -1);
  g_autoptr(KoersChecklist) stored = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(KoersEntry) entry = NULL;
  g_autoptr(GPtrArray) followups = NULL;
  guint row = row_of (checklist, "vermijden-7");   /* Niet naar school willen */
  KoersEntryQuery signals = { .kinds = KOERS_ENTRY_KIND_MASK (KOERS_ENTRY_SIGNAL) };

  koers_checklist_set_answer (checklist, row, KOERS_SIGNAL_SEEN_OFTEN);
  koers_checklist_set_note (checklist, row, "Zegt 's ochtends buikpijn te hebben");
  koers_checklist_set_discussable (checklist, "Ja, in een rustig moment na de les");
  g_assert_true (koers_store_save_checklist (f->store, checklist, &error));
  g_assert_no_error (error);

  /* Final without a next step: refused, and nothing changed. */
  koers_checklist_set_status (checklist, KOERS_CHECKLIST_FINAL);
  koers_checklist_set_next_step (checklist, "Bellen met moeder");
  g_assert_false (koers_store_save_checklist (f->store, checklist, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "next step"));
  g_clear_error (&error);
  koers_checklist_set_next_step_owner (checklist, MENTOR);
  koers_checklist_set_next_step_due (checklist, "31-02-2026");
  g_assert_false (koers_store_save_checklist (f->store, checklist, &error));
  g_clear_error (&error);
  stored = koers_store_get_checklist (f->store, koers_checklist_get_id (checklist), &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_checklist_get_status (stored), ==, KOERS_CHECKLIST_DRAFT);
  entries = koers_store_list_entries (f->store, koers_student_get_id (f->noah), &signals, &error);
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* With what, who and when: final, and on the timeline with the next step. */
  save_final (f, checklist);
  g_assert_cmpint (koers_checklist_get_entry_id (checklist), >, 0);
  entries = koers_store_list_entries (f->store, koers_student_get_id (f->noah), &signals, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_object_ref (g_ptr_array_index (entries, 0));
  g_assert_cmpint (koers_entry_get_id (entry), ==, koers_checklist_get_entry_id (checklist));
  g_assert_cmpint (koers_store_find_checklist_for_entry (f->store, koers_entry_get_id (entry), &error),
                   ==, koers_checklist_get_id (checklist));
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_find_checklist_for_entry (f->store, koers_entry_get_id (entry) + 1000, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_entry_get_date (entry), ==, koers_checklist_get_date (checklist));
  g_assert_nonnull (strstr (koers_entry_get_text (entry), "Does not want to go to school (often)"));
  g_assert_nonnull (strstr (koers_entry_get_text (entry), MENTOR));
  g_assert_true (koers_entry_get_sensitive (entry));
  g_assert_cmpstr (koers_entry_get_followup_text (entry), ==, "Gesprekje met Noah over hoe het thuis gaat");
  g_assert_cmpstr (koers_entry_get_followup_owner (entry), ==, MENTOR);
  followups = koers_store_list_open_followups (f->store, koers_student_get_id (f->noah), &error);
  g_assert_cmpuint (followups->len, ==, 1);

  /* Final is final. */
  koers_checklist_set_answer (checklist, row, KOERS_SIGNAL_NOT_SEEN);
  g_assert_false (koers_store_save_checklist (f->store, checklist, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_delete_checklist (f->store, checklist, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&stored);
  stored = koers_store_get_checklist (f->store, koers_checklist_get_id (checklist), &error);
  g_assert_cmpint (koers_checklist_find_row (stored, "vermijden-7")->answer, ==, KOERS_SIGNAL_SEEN_OFTEN);
  g_assert_cmpstr (koers_checklist_find_row (stored, "vermijden-7")->note, ==, "Zegt 's ochtends buikpijn te hebben");
  g_assert_cmpstr (koers_checklist_get_discussable (stored), ==, "Ja, in een rustig moment na de les");
}

static void
test_links_and_delete (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersChecklist) checklist = new_checklist (f, f->noah, 0);
  g_autoptr(KoersEntry) own = koers_entry_new (KOERS_ENTRY_OBSERVATION);
  g_autoptr(KoersEntry) other = koers_entry_new (KOERS_ENTRY_OBSERVATION);
  g_autoptr(KoersChecklist) stored = NULL;
  g_autoptr(KoersChecklist) gone = NULL;
  g_autofree char *today = iso_in_days (0);
  guint row = row_of (checklist, "vermijden-3");
  KoersSignalAnswerRow *answer;

  koers_entry_set_student_id (own, koers_student_get_id (f->noah));
  koers_entry_set_date (own, today);
  koers_entry_set_text (own, "Zat de hele pauze alleen op de trap.");
  g_assert_true (koers_store_save_entry (f->store, own, &error));
  koers_entry_set_student_id (other, koers_student_get_id (f->sara));
  koers_entry_set_date (other, today);
  koers_entry_set_text (other, "Iets over Sara.");
  g_assert_true (koers_store_save_entry (f->store, other, &error));
  g_assert_no_error (error);

  koers_checklist_set_answer (checklist, row, KOERS_SIGNAL_SEEN);
  koers_checklist_link_entry (checklist, row, koers_entry_get_id (other));
  g_assert_false (koers_store_save_checklist (f->store, checklist, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_cmpint (koers_checklist_get_id (checklist), ==, 0);
  g_clear_error (&error);

  koers_checklist_unlink_entry (checklist, row, koers_entry_get_id (other));
  koers_checklist_link_entry (checklist, row, koers_entry_get_id (own));
  koers_checklist_link_entry (checklist, row, koers_entry_get_id (own));
  g_assert_true (koers_store_save_checklist (f->store, checklist, &error));
  g_assert_no_error (error);
  stored = koers_store_get_checklist (f->store, koers_checklist_get_id (checklist), &error);
  answer = koers_checklist_find_row (stored, "vermijden-3");
  g_assert_cmpuint (answer->entry_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (answer->entry_ids, gint64, 0), ==, koers_entry_get_id (own));

  /* A deleted entry is no example any more. */
  g_assert_true (koers_store_delete_entry (f->store, own, &error));
  g_clear_object (&stored);
  stored = koers_store_get_checklist (f->store, koers_checklist_get_id (checklist), &error);
  g_assert_cmpuint (koers_checklist_find_row (stored, "vermijden-3")->entry_ids->len, ==, 0);

  /* A draft can be deleted. */
  g_assert_true (koers_store_delete_checklist (f->store, checklist, &error));
  g_assert_no_error (error);
  gone = koers_store_get_checklist (f->store, koers_checklist_get_id (checklist), &error);
  g_assert_null (gone);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
}

static void
test_answer_names (void)
{
  KoersSignalAnswer answer;

  g_assert_true (koers_signal_answer_from_string ("2", &answer));
  g_assert_cmpint (answer, ==, KOERS_SIGNAL_SEEN_OFTEN);
  g_assert_true (koers_signal_answer_from_string ("vaak", &answer));
  g_assert_cmpint (answer, ==, KOERS_SIGNAL_SEEN_OFTEN);
  g_assert_true (koers_signal_answer_from_string ("not-seen", &answer));
  g_assert_cmpint (answer, ==, KOERS_SIGNAL_NOT_SEEN);
  g_assert_false (koers_signal_answer_from_string ("3", &answer));
  g_assert_false (koers_signal_answer_from_string ("", &answer));
  g_assert_cmpstr (koers_signal_answer_get_label (KOERS_SIGNAL_SEEN_OFTEN), ==, "Seen often");
}

/* Referrals */

static KoersEntry *
add_referral (Fixture      *f,
              KoersStudent *student,
              int           referred_days,
              int           feedback_due_days,
              gboolean      answered)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = iso_in_days (referred_days);
  g_autofree char *due = feedback_due_days != G_MININT ? iso_in_days (feedback_due_days) : NULL;
  KoersEntry *entry = koers_entry_new (KOERS_ENTRY_REFERRAL);

  koers_entry_set_student_id (entry, koers_student_get_id (student));
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, "Aangemeld bij het wijkteam.");
  koers_entry_set_referral_to (entry, KOERS_REFERRAL_WIJKTEAM);
  koers_entry_set_referral_feedback_due (entry, due);
  if (answered)
    {
      koers_entry_set_referral_feedback (entry, "Intake gepland.");
      koers_entry_set_referral_feedback_date (entry, date);
    }
  g_assert_true (koers_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);
  return entry;
}

static void
test_open_referrals (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) later = add_referral (f, f->noah, -5, 10, FALSE);
  g_autoptr(KoersEntry) no_date = add_referral (f, f->sara, -40, G_MININT, FALSE);
  g_autoptr(KoersEntry) overdue_long = add_referral (f, f->sara, -60, -30, FALSE);
  g_autoptr(KoersEntry) answered = add_referral (f, f->noah, -50, -20, TRUE);
  g_autoptr(KoersEntry) overdue = add_referral (f, f->noah, -20, -1, FALSE);
  g_autoptr(KoersEntry) due_today = add_referral (f, f->noah, -14, 0, FALSE);
  g_autoptr(GPtrArray) all = koers_store_list_open_referrals (f->store, 0, &error);
  g_autoptr(GPtrArray) noah = NULL;
  KoersEntry *expected[] = { overdue_long, overdue, due_today, later, no_date };

  g_assert_no_error (error);
  (void) answered;
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (koers_entry_get_id (g_ptr_array_index (all, i)), ==, koers_entry_get_id (expected[i]));

  noah = koers_store_list_open_referrals (f->store, koers_student_get_id (f->noah), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (noah->len, ==, 3);
  g_assert_cmpint (koers_entry_get_id (g_ptr_array_index (noah, 0)), ==, koers_entry_get_id (overdue));
}

int
main (int   argc,
      char *argv[])
{
  koers_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checklists/answer-names", test_answer_names);
  g_test_add_func ("/checklists/templates/parse-errors", test_parse_errors);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/checklists/templates/shipped", test_shipped);
  ADD ("/checklists/templates/dutch-wording", test_dutch_wording);
  ADD ("/checklists/templates/loaded-once", test_loaded_once);
  ADD ("/checklists/templates/copy-on-write", test_copy_on_write);
  ADD ("/checklists/templates/validation", test_template_validation);
  ADD ("/checklists/change-summary", test_change_summary);
  ADD ("/checklists/previous", test_previous);
  ADD ("/checklists/final-needs-next-step", test_final_needs_next_step);
  ADD ("/checklists/links-and-delete", test_links_and_delete);
  ADD ("/checklists/open-referrals", test_open_referrals);
#undef ADD

  return g_test_run ();
}
