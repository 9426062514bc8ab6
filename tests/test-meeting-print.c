/* test-meeting-print.c: the flowing document renderer and the parent-meeting
 * sheets, read back with poppler's pdftotext and pdfinfo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "koers-document.h"
#include "koers-test-util.h"

/* A4 and A5 in points. */
#define A4_WIDTH  595.276
#define A4_HEIGHT 841.890
#define A5_WIDTH  419.528
#define A5_HEIGHT 595.276

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
  for (guint i = 0; i < 1500; i++)
    {
      g_autofree char *one = g_strdup_printf ("w%04up00", i);

      assert_text_has (text, one);
    }
  for (guint i = 0; i < texts->len; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_ptr_array_index (texts, i), " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        assert_text_has (text, words[w]);
    }
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
#undef ADD

  return g_test_run ();
}
