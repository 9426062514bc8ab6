/* test-meeting-print.c: the flowing document renderer and the parent-meeting
 * sheets, read back with poppler's pdftotext and pdfinfo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "koers-document.h"
#include "koers-meeting-sheet.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"

/* Planted in a sensitive timeline entry: it may reach the mentor's confidential
 * preparation and nothing else. */
#define PLANTED "Vader slaapt sinds oktober bij de buren na ruzie thuis"
#define WORRY "Wij maken ons zorgen omdat Lotte sinds de herfstvakantie zes keer te laat kwam"
#define SCHOOL_VIEW "In de klas is Lotte stil en vraagt zij geen hulp meer"
#define HOME_VIEW "Thuis slaapt Lotte slecht en wil zij niet praten over school"
#define STUDENT_VIEW "Lotte zegt dat de bus vaak te laat is"
#define POSITIVE "Hielp Mees met breuken zonder dat iemand het vroeg"
#define EXAMPLE_FACT "Kwam om 8.50 uur binnen terwijl de les om 8.30 uur begon"
#define EXAMPLE_THOUGHT "Leek moe en met haar gedachten ergens anders"
#define GOING_WELL "Bij gym en tekenen doet zij enthousiast mee"
#define STRENGTH "Sterk in rekenen en begrijpend lezen"
#define APPRECIATION "Moeder reageert altijd snel op berichten"
#define GOAL_TITLE "Ik ben op tijd in de klas"
#define GOAL_STEP "Ik zet mijn wekker om zeven uur"
#define SENSITIVE_AGENDA "De situatie thuis bespreken"

/* A4 and A5 in points. */
#define A4_WIDTH  595.276
#define A4_HEIGHT 841.890
#define A5_WIDTH  419.528
#define A5_HEIGHT 595.276

typedef struct
{
  char *dir;
  KoersStore *store;
  KoersStudent *lotte;
  KoersMeeting *meeting;
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
  g_clear_object (&f->meeting);
  g_clear_object (&f->lotte);
  g_clear_object (&f->store);
  koers_test_tmpdir_free (f->dir);
}

static char *
find_tool (const char *name)
{
  char *path = g_find_program_in_path (name);

  if (path == NULL)
    g_error ("%s was not found: install poppler-utils (listed in build-aux/debian-packages.txt)", name);
  return path;
}

/* Runs a poppler tool on @pdf with @options (NULL-terminated) and returns what it printed. */
static char *
run_tool (const char         *tool,
          const char * const *options,
          const char         *pdf)
{
  g_autofree char *path = find_tool (tool);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_ptr_array_add (argv, path);
  for (guint i = 0; options != NULL && options[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) options[i]);
  g_ptr_array_add (argv, (char *) pdf);
  if (g_str_equal (tool, "pdftotext"))
    g_ptr_array_add (argv, "-");
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static char *
pdf_text (const char *pdf)
{
  const char * const options[] = { NULL };

  return run_tool ("pdftotext", options, pdf);
}

/* The text of page @page (1-based) alone. */
static char *
pdf_page_text (const char *pdf,
               guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char * const options[] = { "-f", number, "-l", number, NULL };

  return run_tool ("pdftotext", options, pdf);
}

static guint
pdf_n_pages (const char *pdf)
{
  g_autofree char *info = run_tool ("pdfinfo", NULL, pdf);
  g_autoptr(GRegex) regex = g_regex_new ("Pages:\\s+([0-9]+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *n = NULL;

  g_assert_true (g_regex_match (regex, info, 0, &match));
  n = g_match_info_fetch (match, 1);
  return (guint) g_ascii_strtoull (n, NULL, 10);
}

/* Wrapped text comes back broken over lines, and a word too long for a line comes
 * back in pieces: compare without any white space, and without case. */
static char *
squeeze (const char *text)
{
  GString *str = g_string_new (NULL);
  g_autofree char *folded = NULL;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (str, *p);
  folded = g_utf8_casefold (str->str, -1);
  g_string_free (str, TRUE);
  return g_steal_pointer (&folded);
}

static gboolean
text_has (const char *text,
          const char *needle)
{
  g_autofree char *hay = squeeze (text);
  g_autofree char *pin = squeeze (needle);

  return strstr (hay, pin) != NULL;
}

static void
assert_text_has (const char *text,
                 const char *needle)
{
  if (!text_has (text, needle))
    g_error ("“%s” is not in the PDF's text:\n%s", needle, text);
}

/* Each space-separated word of @words is in @text: a long text wrapped over lines
 * and pages came back whole. */
static void
assert_all_words (const char *text,
                  const char *words)
{
  g_autofree char *hay = squeeze (text);
  g_auto(GStrv) split = g_strsplit (words, " ", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      g_autofree char *pin = squeeze (split[i]);

      if (strstr (hay, pin) == NULL)
        g_error ("“%s” is not in the PDF's text:\n%s", split[i], text);
    }
}

static void
assert_text_lacks (const char *text,
                   const char *needle)
{
  if (text_has (text, needle))
    g_error ("“%s” should not be in the PDF's text:\n%s", needle, text);
}

/* Every word poppler finds lies inside its page, and none but the footer's (in the
 * lower part of the bottom margin) below the text: nothing ran off the paper or
 * into the page number. */
static void
assert_words_placed (const char *pdf,
                     double      bottom_margin)
{
  const char * const options[] = { "-bbox", NULL };
  g_autofree char *html = run_tool ("pdftotext", options, pdf);
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
      /* Text that ran over the margin would reach into its upper part first. */
      if (v[3] > height - bottom_margin + 1)
        g_assert_cmpfloat (v[1], >=, height - bottom_margin * 0.75);
      n_words++;
    }
  g_assert_cmpuint (n_words, >, 10);
}

/* Paginates @doc on a page of @width × @height without drawing anything. */
static guint
paginate (KoersDocument *doc,
          double         width,
          double         height)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  guint n_pages = koers_document_paginate (doc, cr, width, height);

  g_assert_cmpuint (koers_document_get_n_pages (doc), ==, n_pages);
  for (guint page = 0; page < n_pages; page++)
    koers_document_render_page (doc, cr, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n_pages;
}

/* "Word 17 of a paragraph" made unique: w0017p03 … so every one can be found. */
static char *
numbered_text (guint paragraph,
               guint n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%sw%04up%02u", i > 0 ? " " : "", i, paragraph);
  return g_string_free (text, FALSE);
}

static void
test_document_empty (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KoersDocument) doc = koers_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "empty.pdf", NULL);
  g_autofree char *text = NULL;
  guint n_pages = 0;

  /* Nothing to show is still a page, with its number. */
  koers_document_add_paragraph (doc, "");
  koers_document_add_paragraph (doc, NULL);
  g_assert_cmpuint (paginate (doc, A4_WIDTH, A4_HEIGHT), ==, 1);

  g_assert_true (koers_document_write_pdf (doc, path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
  text = pdf_text (path);
  assert_text_has (text, "Page 1 of 1");
}

/* More content never means fewer pages; a smaller page means more of them. */
static void
test_document_pages_grow (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KoersDocument) doc = koers_document_new ();
  guint previous = 1;
  guint a4, a5;

  koers_document_add_title (doc, "Growing");
  g_assert_cmpuint (paginate (doc, A4_WIDTH, A4_HEIGHT), ==, 1);

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *text = numbered_text (i, 60);
      guint n;

      switch (i % 5)
        {
        case 0:
          koers_document_add_heading (doc, "A heading");
          break;
        case 1:
          koers_document_add_bullet (doc, text, "12-11-2026");
          break;
        case 2:
          koers_document_add_checkbox (doc, text, NULL, i % 2 == 0);
          break;
        case 3:
          koers_document_add_columns (doc, "School's view", text, "Home's view", NULL);
          break;
        default:
          break;
        }
      koers_document_add_paragraph (doc, text);

      n = paginate (doc, A4_WIDTH, A4_HEIGHT);
      g_assert_cmpuint (n, >=, previous);
      previous = n;
    }
  g_assert_cmpuint (previous, >=, 5);

  a4 = paginate (doc, A4_WIDTH, A4_HEIGHT);
  a5 = paginate (doc, A5_WIDTH, A5_HEIGHT);
  g_assert_cmpuint (a5, >, a4);
  /* A landscape page, as a print dialog may offer. */
  g_assert_cmpuint (paginate (doc, A4_HEIGHT, A4_WIDTH), >, a4);
}

/* Every block with a word far longer than a line, on pages from A4 down to a
 * label: it wraps inside the word, nothing crashes, every page renders. */
static void
test_document_long_words (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KoersDocument) doc = koers_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "long-words.pdf", NULL);
  g_autofree char *text = NULL;
  GString *word = g_string_new (NULL);
  g_autofree char *long_word = NULL;
  g_autofree char *two_paragraphs = NULL;
  guint n_pages = 0;

  while (word->len < 1500)
    g_string_append (word, "Oosterhoutvanderbroekhovensteinwesterwoldebergen");
  long_word = g_string_free (word, FALSE);
  two_paragraphs = g_strdup_printf ("Eerste alinea.\n\n%s\n", long_word);

  koers_document_set_banner (doc, long_word);
  koers_document_set_footer (doc, long_word);
  koers_document_add_title (doc, long_word);
  koers_document_add_subtitle (doc, long_word);
  koers_document_add_field (doc, long_word, long_word);
  koers_document_add_field (doc, long_word, NULL);
  koers_document_add_heading (doc, long_word);
  koers_document_add_subheading (doc, long_word);
  koers_document_add_paragraph (doc, two_paragraphs);
  koers_document_add_note (doc, long_word);
  koers_document_add_bullet (doc, long_word, long_word);
  koers_document_add_checkbox (doc, long_word, long_word, TRUE);
  koers_document_add_columns (doc, long_word, long_word, long_word, long_word);
  koers_document_add_columns (doc, NULL, NULL, NULL, NULL);
  koers_document_add_lines (doc, 3);
  koers_document_add_rule (doc);
  /* Not valid UTF-8: printed with a replacement character, not refused. */
  koers_document_add_paragraph (doc, "Caf\xe9 de Zon");

  g_assert_cmpuint (paginate (doc, A4_WIDTH, A4_HEIGHT), >=, 1);
  g_assert_cmpuint (paginate (doc, A5_WIDTH, A5_HEIGHT), >=, 1);
  g_assert_cmpuint (paginate (doc, 150, 200), >, 1);
  g_assert_cmpuint (paginate (doc, 90, 120), >, 1);

  g_assert_true (koers_document_write_pdf (doc, path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, pdf_n_pages (path));
  text = pdf_text (path);
  /* The paragraph, the bullet, the columns... each brings the whole word back. */
  assert_text_has (text, long_word);
  assert_text_has (text, "Eerste alinea.");
  assert_text_has (text, "de Zon");
  assert_words_placed (path, 56);
}

/* One paragraph longer than a page, lists, fields and columns: split by lines
 * over pages, every word found once, the banner and the page number on every page. */
static void
test_document_pdf (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KoersDocument) doc = koers_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "long.pdf", NULL);
  g_autofree char *long_paragraph = numbered_text (0, 1500);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint n_pages = 0;

  koers_document_set_banner (doc, "Confidential");
  koers_document_set_pdf_title (doc, "Test sheet");
  koers_document_add_title (doc, "A long document");
  koers_document_add_subtitle (doc, "Lotte van der Meer · 2A");
  koers_document_add_field (doc, "Date", "1 December 2026");
  koers_document_add_field (doc, "Signed", NULL);
  koers_document_add_heading (doc, "One long paragraph");
  koers_document_add_paragraph (doc, long_paragraph);
  koers_document_add_heading (doc, "Lists");
  for (guint i = 1; i <= 30; i++)
    {
      g_ptr_array_add (texts, numbered_text (i, 25));
      if (i % 2 == 0)
        koers_document_add_bullet (doc, g_ptr_array_index (texts, i - 1), "detail");
      else
        koers_document_add_checkbox (doc, g_ptr_array_index (texts, i - 1), NULL, FALSE);
    }
  g_ptr_array_add (texts, numbered_text (31, 200));
  g_ptr_array_add (texts, numbered_text (32, 120));
  koers_document_add_columns (doc, "School's view", g_ptr_array_index (texts, 30),
                              "Home's view", g_ptr_array_index (texts, 31));
  koers_document_add_lines (doc, 6);

  g_assert_true (koers_document_write_pdf (doc, path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 4);
  g_assert_cmpuint (pdf_n_pages (path), ==, n_pages);

  text = pdf_text (path);
  assert_all_words (text, long_paragraph);
  for (guint i = 0; i < texts->len; i++)
    assert_all_words (text, g_ptr_array_index (texts, i));
  assert_text_has (text, "Lotte van der Meer");

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *page_text = pdf_page_text (path, page);
      g_autofree char *number = g_strdup_printf ("Page %u of %u", page, n_pages);

      assert_text_has (page_text, "CONFIDENTIAL");
      assert_text_has (page_text, number);
    }
  assert_words_placed (path, 56);

  /* Neutral metadata. */
  info = run_tool ("pdfinfo", NULL, path);
  g_assert_nonnull (strstr (info, "Test sheet"));
  g_assert_null (strstr (info, "Lotte"));
}

/* A folder that does not exist: an error naming the file, and no file at all. */
static void
test_document_failed_write (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(KoersDocument) doc = koers_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "sheet.pdf", NULL);
  g_autofree char *existing = g_build_filename (f->dir, "sheet.pdf", NULL);
  g_autoptr(GDir) dir = NULL;
  guint n_pages = 42;

  koers_document_add_paragraph (doc, "Hello");
  g_assert_false (koers_document_write_pdf (doc, missing, &n_pages, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_cmpuint (n_pages, ==, 42);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A good write leaves the file and nothing beside it. */
  g_assert_true (koers_document_write_pdf (doc, existing, &n_pages, NULL));
  g_assert_cmpuint (n_pages, ==, 1);
  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "sheet.pdf");
  g_assert_null (g_dir_read_name (dir));
}

/* The parent meeting sheets */

static gint64
add_entry (Fixture        *f,
           KoersEntryKind  kind,
           const char     *date,
           const char     *text,
           gboolean        interpretation,
           gboolean        sensitive)
{
  g_autoptr(KoersEntry) entry = koers_entry_new (kind);
  g_autoptr(GError) error = NULL;

  koers_entry_set_student_id (entry, koers_student_get_id (f->lotte));
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, text);
  koers_entry_set_interpretation (entry, interpretation);
  koers_entry_set_sensitive (entry, sensitive);
  koers_entry_set_source (entry, KOERS_SOURCE_TEACHER);
  koers_entry_set_source_name (entry, "mevrouw Visser");
  g_assert_true (koers_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);
  return koers_entry_get_id (entry);
}

static void
add_agreement (Fixture             *f,
               const char          *what,
               KoersAgreementOwner  owner,
               const char          *owner_name,
               const char          *due)
{
  g_autoptr(KoersAgreement) agreement = koers_agreement_new (what, owner, owner_name, due);
  g_autoptr(GError) error = NULL;

  g_assert_true (koers_store_add_agreement (f->store, f->meeting, agreement, &error));
  g_assert_no_error (error);
}

/* A notebook with Lotte, her timeline (a positive entry, facts, an interpretation
 * and one sensitive entry), an active goal, and a prepared meeting that uses them
 * all: the sensitive entry is an example and on the agenda. Two agreements. */
static void
prepare_meeting (Fixture *f)
{
  static const char * const steps[] = { GOAL_STEP, "Ik vertrek om acht uur van huis", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "notebook.db", NULL);
  g_autoptr(KoersGoal) goal = koers_goal_new ();
  gint64 positive, fact, thought, sensitive, well;

  f->store = koers_store_create (path, PASS, &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_set_meta (f->store, KOERS_META_USER_NAME, "meneer De Boer", &error));
  g_assert_no_error (error);

  f->lotte = koers_student_new ();
  koers_student_set_first_name (f->lotte, "Lotte");
  koers_student_set_tussenvoegsel (f->lotte, "van der");
  koers_student_set_last_name (f->lotte, "Meer");
  koers_student_set_group (f->lotte, "2A");
  koers_student_set_birth_date (f->lotte, "2013-05-04");
  g_assert_true (koers_store_save_student (f->store, f->lotte, &error));
  g_assert_no_error (error);

  positive = add_entry (f, KOERS_ENTRY_POSITIVE, "2026-11-12", POSITIVE, FALSE, FALSE);
  fact = add_entry (f, KOERS_ENTRY_OBSERVATION, "2026-11-03", EXAMPLE_FACT, FALSE, FALSE);
  thought = add_entry (f, KOERS_ENTRY_OBSERVATION, "2026-11-10", EXAMPLE_THOUGHT, TRUE, FALSE);
  sensitive = add_entry (f, KOERS_ENTRY_SIGNAL, "2026-11-15", PLANTED, FALSE, TRUE);
  well = add_entry (f, KOERS_ENTRY_POSITIVE, "2026-11-17", "Presenteerde haar werkstuk vol trots", FALSE, FALSE);

  koers_goal_set_student_id (goal, koers_student_get_id (f->lotte));
  koers_goal_set_title (goal, GOAL_TITLE);
  koers_goal_set_steps (goal, steps);
  koers_goal_set_start_date (goal, "2026-11-02");
  koers_goal_set_evaluation_date (goal, "2026-11-23");
  koers_goal_set_status (goal, KOERS_GOAL_ACTIVE);
  g_assert_true (koers_store_save_goal (f->store, goal, &error));
  g_assert_no_error (error);

  f->meeting = koers_meeting_new ();
  koers_meeting_set_student_id (f->meeting, koers_student_get_id (f->lotte));
  koers_meeting_set_reason (f->meeting, "Lotte komt vaak te laat");
  koers_meeting_set_aims (f->meeting, "Samen afspreken wat helpt");
  koers_meeting_set_date (f->meeting, "2026-12-01");
  koers_meeting_set_time (f->meeting, "19:30");
  koers_meeting_set_place (f->meeting, "Lokaal 2.14");
  koers_meeting_add_attendee (f->meeting, KOERS_ATTENDEE_PARENT, "mevrouw Jansen (moeder)", FALSE);
  koers_meeting_add_attendee (f->meeting, KOERS_ATTENDEE_STUDENT, NULL, FALSE);
  koers_meeting_add_attendee (f->meeting, KOERS_ATTENDEE_MENTOR, "meneer De Boer", TRUE);
  koers_meeting_set_strength (f->meeting, KOERS_AREA_LEARNING, STRENGTH);
  koers_meeting_link_entry (f->meeting, positive, KOERS_LINK_STRENGTH, KOERS_AREA_LEARNING);
  koers_meeting_set_parents_appreciation (f->meeting, APPRECIATION);
  koers_meeting_set_worry (f->meeting, WORRY);
  koers_meeting_link_entry (f->meeting, fact, KOERS_LINK_EXAMPLE, 0);
  koers_meeting_link_entry (f->meeting, thought, KOERS_LINK_EXAMPLE, 0);
  koers_meeting_link_entry (f->meeting, sensitive, KOERS_LINK_EXAMPLE, 0);
  koers_meeting_link_entry (f->meeting, well, KOERS_LINK_GOING_WELL, 0);
  koers_meeting_set_going_well (f->meeting, GOING_WELL);
  koers_meeting_set_school_view (f->meeting, SCHOOL_VIEW);
  koers_meeting_set_home_view (f->meeting, HOME_VIEW);
  koers_meeting_set_student_view (f->meeting, STUDENT_VIEW);
  koers_meeting_set_goal_selected (f->meeting, koers_goal_get_id (goal), TRUE);
  koers_meeting_add_agenda_item (f->meeting, SENSITIVE_AGENDA, sensitive);
  koers_meeting_set_next_contact (f->meeting, "2027-01-12");
  g_assert_true (koers_store_save_meeting (f->store, f->meeting, &error));
  g_assert_no_error (error);

  add_agreement (f, "Lotte zet elke avond haar tas klaar", KOERS_OWNER_STUDENT, NULL, "2026-12-15");
  add_agreement (f, "Moeder belt de mentor als het thuis niet lukt", KOERS_OWNER_PARENT, "mevrouw Jansen", "2026-12-20");
}

static char *
write_sheet (Fixture        *f,
             const char     *name,
             KoersSheetKind  kind,
             gboolean        include_sensitive,
             guint          *n_pages)
{
  g_autoptr(KoersMeetingSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  sheet = koers_meeting_sheet_new_from_store (f->store, koers_meeting_get_id (f->meeting), kind,
                                              include_sensitive, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  g_assert_true (koers_meeting_sheet_write_pdf (sheet, path, n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (*n_pages, ==, pdf_n_pages (path));
  return path;
}

static void
assert_every_page_has (const char *pdf,
                       guint       n_pages,
                       const char *needle,
                       gboolean    present)
{
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_page_text (pdf, page);

      if (present)
        assert_text_has (text, needle);
      else
        assert_text_lacks (text, needle);
    }
}

/* Everything prepared, strengths first; the sensitive entry and the agenda item
 * about it are left out entirely, and nothing says CONFIDENTIAL. */
static void
test_sheet_preparation (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  guint n_pages = 0;

  prepare_meeting (f);
  pdf = write_sheet (f, "prep.pdf", KOERS_SHEET_PREPARATION, FALSE, &n_pages);
  text = pdf_text (pdf);

  assert_text_has (text, "Parent meeting preparation");
  assert_text_has (text, "Lotte van der Meer");
  assert_text_has (text, "2A");
  assert_text_has (text, "Tuesday 1 December 2026, 19:30");
  assert_text_has (text, "Lokaal 2.14");
  assert_text_has (text, "mevrouw Jansen (moeder)");
  assert_text_has (text, "leads the meeting");
  assert_text_has (text, "Lotte komt vaak te laat");
  assert_text_has (text, "Samen afspreken wat helpt");
  assert_text_has (text, "Strengths");
  assert_text_has (text, "Learning");
  assert_text_has (text, STRENGTH);
  assert_text_has (text, POSITIVE);
  assert_text_has (text, "12-11-2026");
  assert_text_has (text, APPRECIATION);
  assert_text_has (text, WORRY);
  assert_text_has (text, EXAMPLE_FACT);
  assert_text_has (text, "03-11-2026 · Fact");
  assert_text_has (text, EXAMPLE_THOUGHT);
  assert_text_has (text, "10-11-2026 · Interpretation");
  assert_text_has (text, GOING_WELL);
  assert_text_has (text, "Presenteerde haar werkstuk vol trots");
  /* Side by side, the two views come back from pdftotext line by line, interleaved. */
  assert_all_words (text, SCHOOL_VIEW);
  assert_all_words (text, HOME_VIEW);
  assert_text_has (text, STUDENT_VIEW);
  assert_text_has (text, "What do you see at home?");
  assert_text_has (text, GOAL_TITLE);
  assert_text_has (text, GOAL_STEP);
  assert_text_has (text, "Welcome and the aim of this meeting");
  assert_text_has (text, "Lotte zet elke avond haar tas klaar");
  assert_text_has (text, "Moeder belt de mentor als het thuis niet lukt");
  assert_text_has (text, "Parents (mevrouw Jansen)");
  assert_text_has (text, "20-12-2026");
  assert_text_has (text, "Tuesday 12 January 2027");

  /* Strengths come before the worry. */
  {
    g_autofree char *squeezed = squeeze (text);
    g_autofree char *strength = squeeze (STRENGTH);
    g_autofree char *worry = squeeze (WORRY);

    g_assert_true (strstr (squeezed, strength) < strstr (squeezed, worry));
  }

  assert_text_lacks (text, PLANTED);
  assert_text_lacks (text, "bij de buren");
  assert_text_lacks (text, SENSITIVE_AGENDA);
  assert_text_lacks (text, "15-11-2026");
  assert_text_lacks (text, "Sensitive");
  assert_text_lacks (text, "CONFIDENTIAL");
  g_assert_cmpuint (n_pages, >=, 2);

  /* Neutral metadata: the title names no student. */
  info = run_tool ("pdfinfo", NULL, pdf);
  g_assert_nonnull (strstr (info, "Parent meeting preparation"));
  g_assert_null (strstr (info, "Lotte"));
  g_assert_null (strstr (info, "Meer"));
}

/* Asked for: the sensitive entry and its agenda item are there, marked, and
 * every page says CONFIDENTIAL. */
static void
test_sheet_confidential (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  prepare_meeting (f);
  pdf = write_sheet (f, "prep-confidential.pdf", KOERS_SHEET_PREPARATION, TRUE, &n_pages);
  text = pdf_text (pdf);

  assert_text_has (text, PLANTED);
  assert_text_has (text, SENSITIVE_AGENDA);
  assert_text_has (text, "15-11-2026 · Fact · Signal");
  assert_text_has (text, "Sensitive");
  assert_text_has (text, WORRY);
  assert_text_has (text, STRENGTH);
  g_assert_cmpuint (n_pages, >=, 2);
  assert_every_page_has (pdf, n_pages, "CONFIDENTIAL", TRUE);
}

/* The parents take home the agreements, the next contact and whom to call:
 * never the worry, the examples, the views, the timeline, the goals or anything
 * sensitive, whatever include_sensitive says. */
static void
test_sheet_for_parents (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const never[] = {
    PLANTED, "bij de buren", SENSITIVE_AGENDA, WORRY, "zorgen", EXAMPLE_FACT, EXAMPLE_THOUGHT,
    SCHOOL_VIEW, HOME_VIEW, STUDENT_VIEW, POSITIVE, GOING_WELL, GOAL_TITLE, GOAL_STEP,
    "Lotte komt vaak te laat", "van der Meer", "CONFIDENTIAL", "Sensitive", "Fact", "Interpretation",
  };

  prepare_meeting (f);
  for (guint sensitive = 0; sensitive < 2; sensitive++)
    {
      g_autofree char *name = g_strdup_printf ("parents-%u.pdf", sensitive);
      g_autofree char *pdf = NULL;
      g_autofree char *text = NULL;
      g_autofree char *info = NULL;
      guint n_pages = 0;

      pdf = write_sheet (f, name, KOERS_SHEET_FOR_PARENTS, sensitive, &n_pages);
      text = pdf_text (pdf);
      g_assert_cmpuint (n_pages, ==, 1);

      assert_text_has (text, "Our agreements");
      assert_text_has (text, "Lotte · 2A");
      assert_text_has (text, "Tuesday 1 December 2026");
      assert_text_has (text, "Lotte zet elke avond haar tas klaar");
      assert_text_has (text, "Who: Student · By: 15-12-2026");
      assert_text_has (text, "Moeder belt de mentor als het thuis niet lukt");
      assert_text_has (text, "Who: Parents (mevrouw Jansen) · By: 20-12-2026");
      assert_text_has (text, "Tuesday 12 January 2027");
      assert_text_has (text, "meneer De Boer");
      assert_text_has (text, "Please contact meneer De Boer at school");

      for (guint i = 0; i < G_N_ELEMENTS (never); i++)
        assert_text_lacks (text, never[i]);

      info = run_tool ("pdfinfo", NULL, pdf);
      g_assert_nonnull (strstr (info, "Our agreements"));
      g_assert_null (strstr (info, "Lotte"));
    }
}

/* Once held, the mentor's sheet is the record: the summary is on it, the agenda
 * items discussed are ticked; the parents' sheet still has only the agreements. */
static void
test_sheet_held (Fixture       *f,
                 gconstpointer  data)
{
  static const char *summary = "Moeder en Lotte herkennen het te laat komen; de wekker gaat voortaan om zeven uur.";
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *parents_pdf = NULL;
  g_autofree char *parents_text = NULL;
  KoersMeetingItem *first;
  guint n_pages = 0;

  prepare_meeting (f);
  koers_meeting_set_date (f->meeting, "2026-11-20");
  koers_meeting_set_summary (f->meeting, summary);
  first = g_ptr_array_index (koers_meeting_get_agenda (f->meeting), 0);
  first->done = TRUE;
  g_assert_true (koers_store_finish_meeting (f->store, f->meeting, &error));
  g_assert_no_error (error);

  pdf = write_sheet (f, "held.pdf", KOERS_SHEET_PREPARATION, FALSE, &n_pages);
  text = pdf_text (pdf);
  assert_text_has (text, "Summary of the meeting");
  assert_text_has (text, summary);
  /* The summary comes after the agenda and before the agreements. */
  g_assert_true (strstr (text, "Agenda") < strstr (text, "Summary of the meeting"));
  g_assert_nonnull (strstr (strstr (text, "Summary of the meeting"), "Lotte zet elke avond haar tas klaar"));

  parents_pdf = write_sheet (f, "held-parents.pdf", KOERS_SHEET_FOR_PARENTS, FALSE, &n_pages);
  parents_text = pdf_text (parents_pdf);
  assert_text_lacks (parents_text, "Summary of the meeting");
  assert_text_lacks (parents_text, "wekker");
}

/* Forty agreements and long texts: several pages, every word found. */
static void
test_sheet_long (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *parents_pdf = NULL;
  g_autofree char *parents_text = NULL;
  g_autofree char *worry = numbered_text (90, 300);
  g_autofree char *school = numbered_text (91, 250);
  g_autofree char *home = numbered_text (92, 120);
  guint n_pages = 0, n_parents_pages = 0;

  prepare_meeting (f);
  koers_meeting_set_worry (f->meeting, worry);
  koers_meeting_set_school_view (f->meeting, school);
  koers_meeting_set_home_view (f->meeting, home);
  g_assert_true (koers_store_save_meeting (f->store, f->meeting, &error));
  g_assert_no_error (error);
  g_ptr_array_add (texts, g_strdup (worry));
  g_ptr_array_add (texts, g_strdup (school));
  g_ptr_array_add (texts, g_strdup (home));

  for (guint i = 0; i < 40; i++)
    {
      char *what = numbered_text (i, 12 + i % 20);

      add_agreement (f, what, (KoersAgreementOwner) (i % KOERS_N_OWNERS), i % 3 == 0 ? "mevrouw Jansen" : NULL,
                     "2026-12-15");
      g_ptr_array_add (texts, what);
    }

  pdf = write_sheet (f, "long.pdf", KOERS_SHEET_PREPARATION, FALSE, &n_pages);
  text = pdf_text (pdf);
  g_assert_cmpuint (n_pages, >=, 4);
  for (guint i = 0; i < texts->len; i++)
    assert_all_words (text, g_ptr_array_index (texts, i));
  assert_text_lacks (text, PLANTED);
  assert_every_page_has (pdf, n_pages, "CONFIDENTIAL", FALSE);
  assert_words_placed (pdf, 56);

  /* The parents' sheet runs over pages too, with the agreements only. */
  parents_pdf = write_sheet (f, "long-parents.pdf", KOERS_SHEET_FOR_PARENTS, TRUE, &n_parents_pages);
  parents_text = pdf_text (parents_pdf);
  g_assert_cmpuint (n_parents_pages, >=, 2);
  for (guint i = 3; i < texts->len; i++)
    assert_all_words (parents_text, g_ptr_array_index (texts, i));
  assert_text_lacks (parents_text, "w0000p90");
  assert_text_lacks (parents_text, "w0000p91");
  assert_text_lacks (parents_text, "w0000p92");
  assert_words_placed (parents_pdf, 56);
}

/* The print dialog's way: paginate for its page, then draw each page. */
static void
test_sheet_paginate (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KoersMeetingSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  guint a4, a5;

  prepare_meeting (f);
  sheet = koers_meeting_sheet_new_from_store (f->store, koers_meeting_get_id (f->meeting),
                                              KOERS_SHEET_PREPARATION, TRUE, &error);
  g_assert_no_error (error);

  a4 = koers_meeting_sheet_paginate (sheet, cr, A4_WIDTH, A4_HEIGHT);
  a5 = koers_meeting_sheet_paginate (sheet, cr, A5_WIDTH, A5_HEIGHT);
  g_assert_cmpuint (a4, >=, 2);
  g_assert_cmpuint (a5, >, a4);
  for (guint page = 0; page < a5; page++)
    koers_meeting_sheet_render_page (sheet, cr, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A folder that does not exist leaves no file; a meeting that does not exist is
 * an error, not a sheet. */
static void
test_sheet_failures (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KoersMeetingSheet) sheet = NULL;
  g_autoptr(KoersMeetingSheet) missing_sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "prep.pdf", NULL);
  guint n_pages = 0;

  prepare_meeting (f);
  sheet = koers_meeting_sheet_new_from_store (f->store, koers_meeting_get_id (f->meeting),
                                              KOERS_SHEET_PREPARATION, TRUE, &error);
  g_assert_no_error (error);
  g_assert_false (koers_meeting_sheet_write_pdf (sheet, missing, &n_pages, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  missing_sheet = koers_meeting_sheet_new_from_store (f->store, 9999, KOERS_SHEET_FOR_PARENTS, FALSE, &error);
  g_assert_null (missing_sheet);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/document/empty", test_document_empty);
  ADD ("/document/pages-grow", test_document_pages_grow);
  ADD ("/document/long-words", test_document_long_words);
  ADD ("/document/pdf", test_document_pdf);
  ADD ("/document/failed-write", test_document_failed_write);
  ADD ("/meeting-sheet/preparation", test_sheet_preparation);
  ADD ("/meeting-sheet/confidential", test_sheet_confidential);
  ADD ("/meeting-sheet/for-parents", test_sheet_for_parents);
  ADD ("/meeting-sheet/held", test_sheet_held);
  ADD ("/meeting-sheet/long", test_sheet_long);
  ADD ("/meeting-sheet/paginate", test_sheet_paginate);
  ADD ("/meeting-sheet/failures", test_sheet_failures);
#undef ADD

  return g_test_run ();
}
