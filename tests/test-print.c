/* test-print.c: goal cards, read back with poppler's pdftotext and pdfinfo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "koers-goal-card-private.h"
#include "koers-store.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"

typedef struct
{
  char *dir;
  GPtrArray *students;
  GPtrArray *goals;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = koers_test_tmpdir_new ();
  f->students = g_ptr_array_new_with_free_func (g_object_unref);
  f->goals = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  koers_test_tmpdir_free (f->dir);
  g_ptr_array_unref (f->students);
  g_ptr_array_unref (f->goals);
}

static KoersStudent *
make_student (const char *first,
              const char *tussenvoegsel,
              const char *last,
              const char *group)
{
  KoersStudent *student = koers_student_new ();

  koers_student_set_first_name (student, first);
  koers_student_set_tussenvoegsel (student, tussenvoegsel);
  koers_student_set_last_name (student, last);
  koers_student_set_group (student, group);
  return student;
}

static KoersGoal *
make_goal (const char         *title,
           const char * const *steps,
           const char * const *adults)
{
  KoersGoal *goal = koers_goal_new ();

  koers_goal_set_title (goal, title);
  koers_goal_set_steps (goal, steps);
  koers_goal_set_adult_commitments (goal, adults);
  koers_goal_set_start_date (goal, "2026-03-02");
  koers_goal_set_evaluation_date (goal, "2026-03-23");
  koers_goal_set_status (goal, KOERS_GOAL_ACTIVE);
  return goal;
}

static const char * const lotte_steps[] = {
  "Ik hang mijn jas aan de kapstok",
  "Ik zeg de docent gedag",
  "Ik ga direct op mijn plek zitten",
  "Ik leg mijn spullen op tafel",
  "Ik ben stil als de les begint",
  "Ik steek mijn vinger op als ik iets wil vragen",
  NULL
};
static const char * const lotte_adults[] = { "Dat u niet door de klas roept", NULL };
static const char * const mees_steps[] = {
  "Ik schrijf mijn huiswerk in mijn agenda",
  "Ik kijk elke avond in mijn agenda",
  NULL
};
static const char * const fatima_steps[] = { "Ik vraag hulp als ik iets niet snap", NULL };

/* Three students, three goals: a six-step one, a short one and a one-step one. */
static void
add_three_cards (Fixture *f)
{
  g_ptr_array_add (f->students, make_student ("Lotte", "van der", "Meer", "2A"));
  g_ptr_array_add (f->goals, make_goal ("Ik kom rustig de klas binnen", lotte_steps, lotte_adults));
  g_ptr_array_add (f->students, make_student ("Mees", "de", "Vries", "2A"));
  g_ptr_array_add (f->goals, make_goal ("Ik heb mijn huiswerk op orde", mees_steps, NULL));
  g_ptr_array_add (f->students, make_student ("Fatima", "el", "Amrani", "2A"));
  g_ptr_array_add (f->goals, make_goal ("Ik durf hulp te vragen", fatima_steps, NULL));
}

static char *
find_tool (const char *name)
{
  char *path = g_find_program_in_path (name);

  if (path == NULL)
    g_error ("%s was not found: install poppler-utils (listed in build-aux/debian-packages.txt)", name);
  return path;
}

/* Runs a poppler tool on @pdf and returns what it printed. */
static char *
run_tool (const char *tool,
          const char *option,
          const char *pdf)
{
  g_autofree char *path = find_tool (tool);
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  const char *argv[6];
  guint n = 0;

  argv[n++] = path;
  if (option != NULL)
    argv[n++] = option;
  argv[n++] = pdf;
  if (g_str_equal (tool, "pdftotext"))
    argv[n++] = "-";
  argv[n] = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static char *
pdf_text (const char *pdf)
{
  return run_tool ("pdftotext", "-layout", pdf);
}

/* pdftotext ends every page with a form feed. */
static guint
count_pages (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\f';
  return n;
}

/* Wrapped text comes back broken over lines (and, in -layout mode, padded), and
 * spaced capitals come back with odd spaces: compare without any white space. */
static char *
squeeze (const char *text)
{
  GString *str = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (str, *p);
  return g_string_free (str, FALSE);
}

static void
assert_text_has (const char *text,
                 const char *needle)
{
  g_autofree char *squeezed_text = squeeze (text);
  g_autofree char *squeezed_needle = squeeze (needle);
  /* Headings are printed in capitals. */
  g_autofree char *hay = g_utf8_casefold (squeezed_text, -1);
  g_autofree char *pin = g_utf8_casefold (squeezed_needle, -1);

  if (strstr (hay, pin) == NULL)
    g_error ("“%s” is not in the PDF's text:\n%s", needle, text);
}

static void
page_size (const char *pdf,
           double     *width,
           double     *height)
{
  g_autofree char *info = run_tool ("pdfinfo", NULL, pdf);
  g_autoptr(GRegex) regex = g_regex_new ("Page size:\\s+([0-9.]+) x ([0-9.]+) pts", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *w = NULL;
  g_autofree char *h = NULL;

  g_assert_true (g_regex_match (regex, info, 0, &match));
  w = g_match_info_fetch (match, 1);
  h = g_match_info_fetch (match, 2);
  *width = g_ascii_strtod (w, NULL);
  *height = g_ascii_strtod (h, NULL);
}

/* Every word poppler finds lies inside its page: nothing ran off the card. */
static void
assert_words_on_page (const char *pdf)
{
  g_autofree char *html = run_tool ("pdftotext", "-bbox", pdf);
  g_autoptr(GRegex) page_re = g_regex_new ("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\"", 0, 0, NULL);
  g_autoptr(GRegex) word_re = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\"",
                                           0, 0, NULL);
  g_autoptr(GMatchInfo) page = NULL;
  g_autoptr(GMatchInfo) word = NULL;
  double width, height;
  guint n_words = 0;

  g_assert_true (g_regex_match (page_re, html, 0, &page));
  {
    g_autofree char *w = g_match_info_fetch (page, 1);
    g_autofree char *h = g_match_info_fetch (page, 2);

    width = g_ascii_strtod (w, NULL);
    height = g_ascii_strtod (h, NULL);
  }

  for (g_regex_match (word_re, html, 0, &word); g_match_info_matches (word); g_match_info_next (word, NULL))
    {
      double v[4];

      for (guint i = 0; i < 4; i++)
        {
          g_autofree char *s = g_match_info_fetch (word, i + 1);

          v[i] = g_ascii_strtod (s, NULL);
        }
      g_assert_cmpfloat (v[0], >=, 0);
      g_assert_cmpfloat (v[1], >=, 0);
      g_assert_cmpfloat (v[2], <=, width);
      g_assert_cmpfloat (v[3], <=, height);
      n_words++;
    }
  g_assert_cmpuint (n_words, >, 10);
}

static char *
write_cards (Fixture         *f,
             const char      *name,
             KoersCardLayout  layout,
             guint            expect_pages)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  guint n_pages = 0;

  g_assert_true (koers_goal_cards_write_pdf (path, layout, f->students, f->goals, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, expect_pages);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

static void
test_pages_and_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *a4 = NULL;
  g_autofree char *a4_text = NULL;
  g_autofree char *twice = NULL;
  g_autofree char *twice_text = NULL;
  g_autofree char *info = NULL;

  add_three_cards (f);
  a4 = write_cards (f, "klas.pdf", KOERS_CARD_LAYOUT_A4, 3);
  a4_text = pdf_text (a4);
  g_assert_cmpuint (count_pages (a4_text), ==, 3);

  for (guint i = 0; lotte_steps[i] != NULL; i++)
    assert_text_has (a4_text, lotte_steps[i]);
  for (guint i = 0; mees_steps[i] != NULL; i++)
    assert_text_has (a4_text, mees_steps[i]);
  assert_text_has (a4_text, fatima_steps[0]);
  assert_text_has (a4_text, "Lotte van der Meer");
  assert_text_has (a4_text, "Mees de Vries");
  assert_text_has (a4_text, "Fatima el Amrani");
  assert_text_has (a4_text, "2A");
  assert_text_has (a4_text, "Ik kom rustig de klas binnen");
  assert_text_has (a4_text, "Dat u niet door de klas roept");
  assert_text_has (a4_text, "What the adults do");
  assert_text_has (a4_text, "Evaluation on 23-03-2026");
  assert_text_has (a4_text, "Signature");

  /* Each card on its own page, in order. */
  {
    g_auto(GStrv) pages = g_strsplit (a4_text, "\f", -1);

    g_assert_nonnull (strstr (pages[0], "Lotte"));
    g_assert_null (strstr (pages[0], "Mees"));
    g_assert_nonnull (strstr (pages[1], "Mees"));
    g_assert_nonnull (strstr (pages[2], "Fatima"));
  }

  /* Neutral metadata: the title names no student. */
  info = run_tool ("pdfinfo", NULL, a4);
  g_assert_nonnull (strstr (info, "Goal cards"));
  g_assert_null (strstr (info, "Lotte"));

  twice = write_cards (f, "twee-per-blad.pdf", KOERS_CARD_LAYOUT_A5_TWO_ON_A4, 2);
  twice_text = pdf_text (twice);
  g_assert_cmpuint (count_pages (twice_text), ==, 2);
  assert_text_has (twice_text, lotte_steps[5]);
  assert_text_has (twice_text, fatima_steps[0]);
}

static void
test_page_sizes (Fixture       *f,
                 gconstpointer  data)
{
  static const struct
  {
    KoersCardLayout layout;
    double width, height;
    guint pages;
  } cases[] = {
    { KOERS_CARD_LAYOUT_A4, 595.276, 841.89, 3 },
    { KOERS_CARD_LAYOUT_A5, 419.528, 595.276, 3 },
    { KOERS_CARD_LAYOUT_A5_TWO_ON_A4, 841.89, 595.276, 2 },
  };

  add_three_cards (f);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("cards-%u.pdf", i);
      g_autofree char *pdf = write_cards (f, name, cases[i].layout, cases[i].pages);
      double width, height, api_width, api_height;

      page_size (pdf, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, cases[i].width, 0.5);
      g_assert_cmpfloat_with_epsilon (height, cases[i].height, 0.5);

      koers_card_layout_get_page_size (cases[i].layout, &api_width, &api_height);
      g_assert_cmpfloat_with_epsilon (api_width, cases[i].width, 0.01);
      g_assert_cmpfloat_with_epsilon (api_height, cases[i].height, 0.01);
      g_assert_cmpuint (koers_card_layout_get_n_pages (cases[i].layout, 3), ==, cases[i].pages);
    }

  g_assert_cmpuint (koers_card_layout_get_n_pages (KOERS_CARD_LAYOUT_A5_TWO_ON_A4, 4), ==, 2);
  g_assert_cmpuint (koers_card_layout_get_n_pages (KOERS_CARD_LAYOUT_A5_TWO_ON_A4, 1), ==, 1);
}

static double
fit_factor (KoersCardLayout  layout,
            KoersStudent    *student,
            KoersGoal       *goal)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double width, height, factor;

  koers_card_layout_get_page_size (layout, &width, &height);
  if (layout == KOERS_CARD_LAYOUT_A5_TWO_ON_A4)
    width /= 2;
  factor = koers_goal_card_get_fit_factor (cr, width, height, student, goal);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return factor;
}

/* Eight steps of 200 characters and a 60-character name: the type shrinks and
 * everything is on the page, in full. */
static void
test_long_text_wraps (Fixture       *f,
                      gconstpointer  data)
{
  const char *steps[KOERS_GOAL_MAX_STEPS + 1] = { NULL };
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  const char *long_adult[] = {
    "Dat de mentor elke ochtend bij de deur staat en mij even groet, zodat ik weet dat iemand mij ziet, "
    "en dat mijn ouders vragen hoe het ging zonder meteen boos te worden als het minder ging",
    NULL
  };
  /* 60 characters, the last part one word longer than a card is wide. */
  const char *last = "Oosterhoutvanderbroekhovensteinwesterwoldebergen";
  static const KoersCardLayout layouts[] = {
    KOERS_CARD_LAYOUT_A4, KOERS_CARD_LAYOUT_A5, KOERS_CARD_LAYOUT_A5_TWO_ON_A4,
  };
  g_autoptr(KoersStudent) student = make_student ("Maximiliaan", NULL, last, "Groep 7");
  g_autoptr(KoersGoal) goal = NULL;
  g_autoptr(KoersGoal) short_goal = NULL;

  g_assert_cmpuint (g_utf8_strlen (koers_student_get_display_name (student), -1), ==, 60);

  for (guint i = 0; i < KOERS_GOAL_MAX_STEPS; i++)
    {
      GString *step = g_string_new (NULL);

      g_string_append_printf (step, "Ik doe stap %u:", i + 1);
      while (step->len < 200)
        g_string_append (step, " rustig werken zonder afleiding");
      g_string_truncate (step, 200);
      /* Ends on a whole word: pdftotext's words must not be glued to the next step. */
      g_string_overwrite (step, 195, "klaar");
      g_ptr_array_add (owned, g_string_free (step, FALSE));
      steps[i] = g_ptr_array_index (owned, i);
    }

  goal = make_goal ("Ik werk geconcentreerd aan mijn taak, ook als het in de klas onrustig is", steps, long_adult);
  short_goal = make_goal ("Ik durf hulp te vragen", fatima_steps, NULL);

  for (guint l = 0; l < G_N_ELEMENTS (layouts); l++)
    {
      g_autofree char *name = g_strdup_printf ("long-%u.pdf", l);
      g_autofree char *pdf = NULL;
      g_autofree char *text = NULL;

      g_ptr_array_set_size (f->students, 0);
      g_ptr_array_set_size (f->goals, 0);
      g_ptr_array_add (f->students, g_object_ref (student));
      g_ptr_array_add (f->goals, g_object_ref (goal));

      /* Too much for the designed size: it shrank, and a short goal did not. */
      g_assert_cmpfloat (fit_factor (layouts[l], student, goal), <, 1.0);
      g_assert_cmpfloat (fit_factor (layouts[l], student, goal), >, 0.3);
      g_assert_cmpfloat (fit_factor (layouts[l], student, short_goal), ==, 1.0);

      pdf = write_cards (f, name, layouts[l], 1);
      text = pdf_text (pdf);
      assert_text_has (text, koers_student_get_display_name (student));
      assert_text_has (text, koers_goal_get_title (goal));
      for (guint i = 0; steps[i] != NULL; i++)
        assert_text_has (text, steps[i]);
      assert_text_has (text, long_adult[0]);
      assert_text_has (text, "Evaluation on 23-03-2026");
      assert_text_has (text, "Signature");
      assert_words_on_page (pdf);
    }
}

/* The renderer gets a student and a goal from a real notebook whose timeline holds
 * a sensitive note (and an ordinary one): neither reaches the card. */
static void
test_no_sensitive_text (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (f->dir, "notebook.db", NULL);
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) student = make_student ("Lotte", "van der", "Meer", "2A");
  g_autoptr(KoersEntry) secret = koers_entry_new (KOERS_ENTRY_SIGNAL);
  g_autoptr(KoersEntry) plain = koers_entry_new (KOERS_ENTRY_OBSERVATION);
  g_autoptr(KoersGoal) goal = make_goal ("Ik kom rustig de klas binnen", lotte_steps, lotte_adults);
  g_autoptr(GPtrArray) active = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  store = koers_store_create (db, PASS, &error);
  g_assert_no_error (error);
  koers_student_set_student_number (student, "104216");
  koers_student_set_notes (student, "Notitie over thuis");
  g_assert_true (koers_store_save_student (store, student, &error));
  g_assert_no_error (error);

  koers_entry_set_student_id (secret, koers_student_get_id (student));
  koers_entry_set_date (secret, "2026-03-03");
  koers_entry_set_text (secret, "Vertrouwelijk: zorgmelding Veilig Thuis");
  koers_entry_set_sensitive (secret, TRUE);
  g_assert_true (koers_store_save_entry (store, secret, &error));
  g_assert_no_error (error);
  koers_entry_set_student_id (plain, koers_student_get_id (student));
  koers_entry_set_date (plain, "2026-03-04");
  koers_entry_set_text (plain, "Kwam te laat binnen na de pauze");
  g_assert_true (koers_store_save_entry (store, plain, &error));
  g_assert_no_error (error);

  koers_goal_set_student_id (goal, koers_student_get_id (student));
  g_assert_true (koers_store_save_goal (store, goal, &error));
  g_assert_no_error (error);

  active = koers_store_list_active_goals (store, "2A", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (active->len, ==, 1);
  g_ptr_array_add (f->goals, g_object_ref (g_ptr_array_index (active, 0)));
  g_ptr_array_add (f->students, koers_store_get_student (store, koers_student_get_id (student), &error));
  g_assert_no_error (error);

  pdf = write_cards (f, "lotte.pdf", KOERS_CARD_LAYOUT_A4, 1);
  text = pdf_text (pdf);
  assert_text_has (text, "Lotte van der Meer");
  assert_text_has (text, lotte_steps[0]);
  g_assert_null (strstr (text, "Vertrouwelijk"));
  g_assert_null (strstr (text, "Veilig Thuis"));
  g_assert_null (strstr (text, "Kwam te laat"));
  g_assert_null (strstr (text, "Notitie over thuis"));
  g_assert_null (strstr (text, "104216"));
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_write_fails_cleanly (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "cards.pdf", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "a-folder", NULL);
  g_autofree char *existing = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_pages = 42;

  add_three_cards (f);

  g_assert_false (koers_goal_cards_write_pdf (missing, KOERS_CARD_LAYOUT_A4, f->students, f->goals, &n_pages, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_cmpuint (n_pages, ==, 42);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (f->dir), ==, 0);
  g_clear_error (&error);

  /* The rename fails (a folder is in the way): the temporary file goes too. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (koers_goal_cards_write_pdf (folder, KOERS_CARD_LAYOUT_A4, f->students, f->goals, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_files (f->dir), ==, 1);
  g_clear_error (&error);

  /* Nothing to print is an error, not an empty PDF. */
  existing = write_cards (f, "cards.pdf", KOERS_CARD_LAYOUT_A4, 3);
  g_assert_true (g_file_get_contents (existing, &before, NULL, NULL));
  g_ptr_array_set_size (f->students, 0);
  g_ptr_array_set_size (f->goals, 0);
  g_assert_false (koers_goal_cards_write_pdf (existing, KOERS_CARD_LAYOUT_A4, f->students, f->goals, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_get_contents (existing, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_files (f->dir), ==, 2);
}

/* Writing again replaces the file in place. */
static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *text = NULL;

  add_three_cards (f);
  first = write_cards (f, "cards.pdf", KOERS_CARD_LAYOUT_A4, 3);
  g_ptr_array_remove_range (f->students, 0, 2);
  g_ptr_array_remove_range (f->goals, 0, 2);
  second = write_cards (f, "cards.pdf", KOERS_CARD_LAYOUT_A5, 1);
  text = pdf_text (second);
  g_assert_cmpuint (count_pages (text), ==, 1);
  assert_text_has (text, "Fatima el Amrani");
  g_assert_null (strstr (text, "Lotte"));
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

/* What the GTK print dialog does: one page at a time, onto any cairo context. */
static void
test_render_page (Fixture       *f,
                  gconstpointer  data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 421, 298);
  cairo_t *cr = cairo_create (surface);

  add_three_cards (f);
  for (guint page = 0; page < 3; page++)
    koers_goal_cards_render_page (cr, 421, 298, KOERS_CARD_LAYOUT_A5_TWO_ON_A4, f->students, f->goals, page);
  koers_goal_card_render (cr, 210, 298, NULL, g_ptr_array_index (f->goals, 0));
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/print/pages-and-text", test_pages_and_text);
  ADD ("/print/page-sizes", test_page_sizes);
  ADD ("/print/long-text-wraps", test_long_text_wraps);
  ADD ("/print/no-sensitive-text", test_no_sensitive_text);
  ADD ("/print/write-fails-cleanly", test_write_fails_cleanly);
  ADD ("/print/replace", test_replace);
  ADD ("/print/render-page", test_render_page);
#undef ADD

  return g_test_run ();
}
