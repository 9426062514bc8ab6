/* test-synthetic.c: the generated school of koers-cli demo --students and the
 * benchmark, and the timeline's pages it is measured on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "koers-store.h"
#include "koers-synthetic.h"
#include "koers-test-util.h"

#define PASS "synthetic school"
#define TODAY "2026-11-23"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = koers_test_tmpdir_new ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  koers_test_tmpdir_free (f->dir);
}

static KoersStore *
generate (Fixture    *f,
          const char *name,
          guint32     seed,
          guint       students,
          guint       entries,
          guint       first_entries)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_create (path, PASS, &error);
  KoersSyntheticSpec spec = {
    .students = students,
    .entries_per_student = entries,
    .seed = seed,
    .first_student_entries = first_entries,
    .today = TODAY,
  };

  g_assert_no_error (error);
  g_assert_true (koers_synthetic_fill (store, &spec, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

/* Everything a user reads of the students and their timelines, without the UUIDs
 * and moments of saving, which are new each time. */
static char *
content_of (KoersStore *store)
{
  KoersStudentQuery query = { .include_archived = TRUE };
  g_autoptr(GPtrArray) students = koers_store_list_students (store, &query, NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < students->len; i++)
    {
      KoersStudent *student = students->pdata[i];
      g_autoptr(GPtrArray) entries = koers_store_list_entries (store, koers_student_get_id (student), NULL, NULL);
      g_autoptr(GPtrArray) goals = koers_store_list_goals (store, koers_student_get_id (student), NULL);

      g_string_append_printf (text, "%s|%s|%s|%s|%s\n", koers_student_get_student_number (student),
                              koers_student_get_display_name (student), koers_student_get_group (student),
                              koers_student_get_birth_date (student), koers_student_get_mentor (student));
      for (guint j = 0; j < entries->len; j++)
        {
          KoersEntry *entry = entries->pdata[j];

          g_string_append_printf (text, "  %s %s %s %s|%s|%s\n", koers_entry_kind_to_id (koers_entry_get_kind (entry)),
                                  koers_entry_get_date (entry), koers_entry_get_time (entry) ?: "-",
                                  koers_entry_get_text (entry) ?: "-", koers_entry_get_followup_text (entry) ?: "-",
                                  koers_entry_get_followup_done_at (entry) ?: "-");
        }
      for (guint j = 0; j < goals->len; j++)
        g_string_append_printf (text, "  goal %s %s\n", koers_goal_get_title (goals->pdata[j]),
                                koers_goal_get_start_date (goals->pdata[j]));
    }
  return g_string_free (text, FALSE);
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KoersStore) a = generate (f, "a.db", 7, 60, 15, 0);
  g_autoptr(KoersStore) b = generate (f, "b.db", 7, 60, 15, 0);
  g_autoptr(KoersStore) c = generate (f, "c.db", 8, 60, 15, 0);
  g_autofree char *text_a = content_of (a);
  g_autofree char *text_b = content_of (b);
  g_autofree char *text_c = content_of (c);

  g_assert_cmpuint (koers_store_count_students (a, NULL), ==, 60);
  g_assert_cmpstr (text_a, ==, text_b);
  g_assert_cmpstr (text_a, !=, text_c);
  /* A school, not one name sixty times. */
  g_assert_nonnull (strstr (text_a, "|1A|"));
  g_assert_nonnull (strstr (text_a, "|2A|"));
}

/* The timelines hold what a school writes, in about the proportions it does. */
static void
test_realistic (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoersStore) store = generate (f, "school.db", 1, 100, 40, 300);
  g_autoptr(KoersStudent) first = koers_store_find_student (store, "300000", NULL);
  g_autoptr(KoersStudent) second = koers_store_find_student (store, "300001", NULL);
  guint per_kind[KOERS_N_ENTRY_KINDS] = { 0 };
  guint total = 0, sensitive = 0, followups = 0, open = 0;
  KoersStudentQuery query = { 0 };
  g_autoptr(GPtrArray) students = koers_store_list_students (store, &query, NULL);
  g_autoptr(GPtrArray) overview = NULL;
  KoersOverviewQuery overview_query = { .today = TODAY };

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  /* The long history: its own count; the goals and meetings add their own entries. */
  g_assert_cmpuint (koers_store_count_entries (store, koers_student_get_id (first), NULL), >=, 300);
  g_assert_cmpuint (koers_store_count_entries (store, koers_student_get_id (second), NULL), >=, 40);
  g_assert_cmpuint (koers_store_count_entries (store, koers_student_get_id (second), NULL), <, 50);

  for (guint i = 0; i < students->len; i++)
    {
      g_autoptr(GPtrArray) entries = koers_store_list_entries (store, koers_student_get_id (students->pdata[i]),
                                                               NULL, NULL);

      for (guint j = 0; j < entries->len; j++)
        {
          KoersEntry *entry = entries->pdata[j];

          per_kind[koers_entry_get_kind (entry)]++;
          total++;
          sensitive += koers_entry_get_sensitive (entry);
          if (koers_entry_get_followup_text (entry) != NULL)
            {
              followups++;
              open += koers_entry_get_followup_done_at (entry) == NULL;
            }
          /* Every note says something, in Dutch, of a note's length. */
          if (koers_entry_get_kind (entry) != KOERS_ENTRY_ABSENCE)
            {
              g_assert_nonnull (koers_entry_get_text (entry));
              g_assert_cmpuint (strlen (koers_entry_get_text (entry)), >, 20);
              g_assert_cmpuint (strlen (koers_entry_get_text (entry)), <, 600);
            }
        }
    }

  /* Observations lead, then strengths and absence; referrals are rare. */
  g_assert_cmpuint (per_kind[KOERS_ENTRY_OBSERVATION], >, total / 4);
  g_assert_cmpuint (per_kind[KOERS_ENTRY_POSITIVE], >, total / 10);
  g_assert_cmpuint (per_kind[KOERS_ENTRY_ABSENCE], >, total / 10);
  g_assert_cmpuint (per_kind[KOERS_ENTRY_REFERRAL], <, total / 100);
  g_assert_cmpuint (per_kind[KOERS_ENTRY_GOAL], >, 0);
  g_assert_cmpuint (sensitive, >, 0);
  g_assert_cmpuint (sensitive, <, total / 10);
  g_assert_cmpuint (followups, >, total / 8);
  g_assert_cmpuint (open, <, followups / 2);

  /* Goals, meetings and checklists for some students: the overview has work. */
  overview = koers_store_get_overview (store, &overview_query, NULL);
  g_assert_nonnull (overview);
  g_assert_cmpuint (overview->len, >, 0);
}

/* The timeline's pages: in order, without gaps or repeats, with kind filters. */
static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(KoersStore) store = generate (f, "pages.db", 3, 2, 5, 237);
  g_autoptr(KoersStudent) first = koers_store_find_student (store, "300000", NULL);
  gint64 id = koers_student_get_id (first);
  guint kinds[] = { 0, KOERS_ENTRY_KIND_MASK (KOERS_ENTRY_OBSERVATION) | KOERS_ENTRY_KIND_MASK (KOERS_ENTRY_ABSENCE) };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      KoersEntryQuery all_query = { .kinds = kinds[k] };
      g_autoptr(GPtrArray) all = koers_store_list_entries (store, id, &all_query, NULL);
      g_autoptr(GPtrArray) paged = g_ptr_array_new_with_free_func (g_object_unref);
      guint pages = 0;

      g_assert_cmpuint (all->len, >, 40);
      for (;;)
        {
          KoersEntryQuery query = { .kinds = kinds[k], .limit = 13 };
          g_autoptr(GPtrArray) page = NULL;

          if (paged->len > 0)
            query.before_id = koers_entry_get_id (paged->pdata[paged->len - 1]);
          page = koers_store_list_entries (store, id, &query, NULL);
          g_assert_nonnull (page);
          g_assert_cmpuint (page->len, <=, 13);
          for (guint i = 0; i < page->len; i++)
            g_ptr_array_add (paged, g_object_ref (page->pdata[i]));
          pages++;
          if (page->len < 13)
            break;
        }

      g_assert_cmpuint (pages, ==, all->len / 13 + 1);
      g_assert_cmpuint (paged->len, ==, all->len);
      for (guint i = 0; i < all->len; i++)
        g_assert_cmpint (koers_entry_get_id (paged->pdata[i]), ==, koers_entry_get_id (all->pdata[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/synthetic/deterministic", Fixture, NULL, fixture_setup, test_deterministic, fixture_teardown);
  g_test_add ("/synthetic/realistic", Fixture, NULL, fixture_setup, test_realistic, fixture_teardown);
  g_test_add ("/synthetic/pages", Fixture, NULL, fixture_setup, test_pages, fixture_teardown);

  return g_test_run ();
}
