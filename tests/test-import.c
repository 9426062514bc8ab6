/* test-import.c: reading class lists and importing them into a notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "koers-class-list.h"
#include "koers-csv.h"

/* Helpers */

static char *
samples_path (const char *name)
{
  const char *dir = g_getenv ("KOERS_SAMPLES_DIR");

  if (dir != NULL)
    return g_build_filename (dir, name, NULL);

  return g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "samples", name, NULL);
}

static char *
data_path (const char *name)
{
  const char *dir = g_getenv ("KOERS_TEST_DATA_DIR");

  if (dir != NULL)
    return g_build_filename (dir, name, NULL);

  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static KoersClassList *
parse_path (const char  *path,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return koers_class_list_parse_file (file, NULL, error);
}

static KoersClassList *
parse_sample (const char *name)
{
  g_autofree char *path = samples_path (name);
  g_autoptr(GError) error = NULL;
  KoersClassList *list = parse_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static KoersClassList *
parse_data (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  KoersClassList *list = parse_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static void
assert_data_fails (const char *name,
                   int         code,
                   const char *needle,
                   const char *needle2)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersClassList) list = parse_path (path, &error);

  g_assert_null (list);
  g_assert_error (error, KOERS_IMPORT_ERROR, code);
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_error ("“%s” not in the error “%s”", needle, error->message);
  if (needle2 != NULL && strstr (error->message, needle2) == NULL)
    g_error ("“%s” not in the error “%s”", needle2, error->message);
}

static KoersClassList *
parse_text (const char  *text,
            gssize       length,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return koers_class_list_parse (bytes, error);
}

static void
assert_text_fails (const char *text,
                   gssize      length,
                   int         code,
                   const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersClassList) list = parse_text (text, length, &error);

  g_assert_null (list);
  g_assert_error (error, KOERS_IMPORT_ERROR, code);
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_error ("“%s” not in the error “%s”", needle, error->message);
}

static KoersStudent *
student_at (KoersClassList *list,
            guint           index)
{
  GPtrArray *students = koers_class_list_get_students (list);

  g_assert_cmpuint (index, <, students->len);
  return g_ptr_array_index (students, index);
}

static void
assert_student (KoersStudent *student,
                const char   *number,
                const char   *first_name,
                const char   *tussenvoegsel,
                const char   *last_name,
                const char   *group,
                const char   *birth_date,
                const char   *email)
{
  g_assert_cmpstr (koers_student_get_student_number (student), ==, number);
  g_assert_cmpstr (koers_student_get_first_name (student), ==, first_name);
  g_assert_cmpstr (koers_student_get_tussenvoegsel (student), ==, tussenvoegsel);
  g_assert_cmpstr (koers_student_get_last_name (student), ==, last_name);
  g_assert_cmpstr (koers_student_get_group (student), ==, group);
  g_assert_cmpstr (koers_student_get_birth_date (student), ==, birth_date);
  g_assert_cmpstr (koers_student_get_email (student), ==, email);
}

static void
assert_columns (KoersClassList   *list,
                const KoersField *fields,
                guint             n_fields)
{
  g_assert_cmpuint (koers_class_list_get_n_columns (list), ==, n_fields);
  for (guint i = 0; i < n_fields; i++)
    g_assert_cmpint (koers_class_list_get_column_field (list, i), ==, fields[i]);
}

/* The samples */

static void
test_sample_klas_2a (void)
{
  g_autoptr(KoersClassList) list = parse_sample ("klas-2a.csv");
  static const KoersField fields[] = {
    KOERS_FIELD_STUDENT_NUMBER, KOERS_FIELD_FIRST_NAME, KOERS_FIELD_TUSSENVOEGSEL,
    KOERS_FIELD_LAST_NAME, KOERS_FIELD_GROUP, KOERS_FIELD_BIRTH_DATE,
  };

  g_assert_cmpstr (koers_class_list_get_encoding (list), ==, "UTF-8");
  g_assert_cmpint (koers_class_list_get_separator (list), ==, ';');
  g_assert_cmpstr (koers_class_list_get_separator_name (list), ==, "semicolon");

  /* The BOM is not part of the first header. */
  g_assert_cmpstr (koers_class_list_get_column_header (list, 0), ==, "Leerlingnummer");
  g_assert_cmpstr (koers_class_list_get_column_header (list, 5), ==, "Geboortedatum");
  assert_columns (list, fields, G_N_ELEMENTS (fields));

  g_assert_cmpuint (koers_class_list_get_students (list)->len, ==, 6);
  assert_student (student_at (list, 0), "104211", "Daan", "van", "Dijk", "2A", "2012-03-14", NULL);
  assert_student (student_at (list, 1), "104212", "Sanne", NULL, "Bakker", "2A", "2011-11-02", NULL);
  assert_student (student_at (list, 3), "104214", "Fatima", "el", "Amrani", "2A", "2012-01-07", NULL);
  assert_student (student_at (list, 5), "104216", "Lotte", "van der", "Meer", "2A", "2012-04-30", NULL);
  g_assert_cmpstr (koers_student_get_display_name (student_at (list, 5)), ==, "Lotte van der Meer");

  g_assert_cmpuint (koers_class_list_get_student_line (list, 0), ==, 2);
  g_assert_cmpuint (koers_class_list_get_student_line (list, 5), ==, 7);
}

static void
test_sample_groep_mbo_zorg (void)
{
  g_autoptr(KoersClassList) list = parse_sample ("groep-mbo-zorg.csv");
  static const KoersField fields[] = {
    KOERS_FIELD_STUDENT_NUMBER, KOERS_FIELD_FIRST_NAME, KOERS_FIELD_TUSSENVOEGSEL,
    KOERS_FIELD_LAST_NAME, KOERS_FIELD_GROUP, KOERS_FIELD_BIRTH_DATE, KOERS_FIELD_EMAIL,
  };

  g_assert_cmpstr (koers_class_list_get_encoding (list), ==, "UTF-8");
  g_assert_cmpint (koers_class_list_get_separator (list), ==, ',');
  g_assert_cmpstr (koers_class_list_get_separator_name (list), ==, "comma");
  g_assert_cmpstr (koers_class_list_get_column_header (list, 6), ==, "E-mail");
  assert_columns (list, fields, G_N_ELEMENTS (fields));

  g_assert_cmpuint (koers_class_list_get_students (list)->len, ==, 4);
  assert_student (student_at (list, 0), "2300417", "Britt", NULL, "Jansen", "ZW2B", "2007-05-12",
                  "b.jansen@example.org");
  assert_student (student_at (list, 1), "2300418", "Amina", NULL, "Yilmaz", "ZW2B", "2006-10-03", NULL);
  assert_student (student_at (list, 2), "2300419", "Davy", "van", "Leeuwen", "ZW2B", "2005-01-27",
                  "davy@example.org");
  /* The comma inside the quotes is part of the name, not a separator. */
  assert_student (student_at (list, 3), "2300420", "Sheila", NULL, "Pinas, M.", "ZW2B", "2008-02-14", NULL);
}

/* Encodings */

static void
test_encoding_windows_1252 (void)
{
  g_autoptr(KoersClassList) list = parse_data ("windows-1252.csv");

  g_assert_cmpstr (koers_class_list_get_encoding (list), ==, "Windows-1252");
  g_assert_cmpint (koers_class_list_get_separator (list), ==, ';');
  g_assert_cmpuint (koers_class_list_get_students (list)->len, ==, 3);
  assert_student (student_at (list, 0), "105001", "Noël", NULL, "Bos", "3B", "2010-06-05", NULL);
  assert_student (student_at (list, 1), "105002", "Renée", "de", "Wit", "3B", "2009-12-17", NULL);
  /* 0x92 is where Windows-1252 differs from Latin-1: a typographic apostrophe. */
  assert_student (student_at (list, 2), "105003", "Zoë", NULL, "D’Hondt", "3B", "2010-02-01", NULL);
}

static void
test_encoding_utf16 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersClassList) list = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *with_bom = NULL;
  const char *text = "Roepnaam\tAchternaam\r\nNoël\tBos\r\n";
  gsize written = 0;

  utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &written, &error);
  g_assert_no_error (error);
  with_bom = g_malloc (written + 2);
  memcpy (with_bom, "\xFF\xFE", 2);
  memcpy (with_bom + 2, utf16, written);

  list = parse_text (with_bom, written + 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_class_list_get_encoding (list), ==, "UTF-16");
  g_assert_cmpint (koers_class_list_get_separator (list), ==, '\t');
  g_assert_cmpstr (koers_class_list_get_separator_name (list), ==, "tab");
  g_assert_cmpuint (koers_class_list_get_students (list)->len, ==, 1);
  assert_student (student_at (list, 0), NULL, "Noël", NULL, "Bos", NULL, NULL, NULL);
}

static void
test_encoding_not_text (void)
{
  /* What an .xlsx starts with: a zip header full of NUL bytes. */
  static const char zip[] = "PK\003\004\024\000\006\000\010\000\000\000!\000";

  assert_text_fails (zip, sizeof zip - 1, KOERS_IMPORT_ERROR_ENCODING, "not a text file");
  /* UTF-16 without BOM cannot be told from binary data. */
  assert_text_fails ("R\000o\000e\000p\000", 8, KOERS_IMPORT_ERROR_ENCODING, NULL);
}

static void
test_encoding_unknown (void)
{
  /* 0x81 is undefined in Windows-1252 and invalid as UTF-8. */
  assert_text_fails ("Roepnaam;Achternaam\nJan;Bo\201s\n", -1,
                     KOERS_IMPORT_ERROR_ENCODING, "UTF-8");
}

/* Headers */

static void
test_header_synonyms (void)
{
  g_autoptr(KoersClassList) list = parse_data ("synonyms.csv");
  static const KoersField fields[] = {
    KOERS_FIELD_STUDENT_NUMBER,
    KOERS_FIELD_NONE,            /* Voornaam: Roepnaam wins */
    KOERS_FIELD_FIRST_NAME,
    KOERS_FIELD_TUSSENVOEGSEL,
    KOERS_FIELD_LAST_NAME,
    KOERS_FIELD_GROUP,
    KOERS_FIELD_BIRTH_DATE,
    KOERS_FIELD_EMAIL,
    KOERS_FIELD_NONE,            /* E-mail ouders is not the student's */
    KOERS_FIELD_NONE,            /* Mentor */
  };

  assert_columns (list, fields, G_N_ELEMENTS (fields));
  g_assert_cmpstr (koers_class_list_get_column_header (list, 3), ==, "Tussenv.");
  g_assert_cmpuint (koers_class_list_get_students (list)->len, ==, 2);
  assert_student (student_at (list, 0), "204001", "Joep", "van den", "Berg", "1C", "2012-09-03",
                  "joep@example.org");
  assert_student (student_at (list, 1), "204002", "Mia", NULL, "Smit", "1C", NULL, NULL);
}

static void
test_header_english (void)
{
  g_autoptr(KoersClassList) list = parse_data ("english-dates.csv");
  static const KoersField fields[] = {
    KOERS_FIELD_STUDENT_NUMBER, KOERS_FIELD_FIRST_NAME, KOERS_FIELD_LAST_NAME,
    KOERS_FIELD_GROUP, KOERS_FIELD_BIRTH_DATE, KOERS_FIELD_EMAIL,
  };

  assert_columns (list, fields, G_N_ELEMENTS (fields));
  assert_student (student_at (list, 0), "301", "Ada", NULL, "Visser", "4H", "2009-02-01",
                  "ada@example.org");
}

static void
test_header_normalized (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersClassList) list = NULL;

  /* Case, accents, dots, dashes and spaces do not matter. */
  list = parse_text ("LEERLING-NR | Róépnaam | Tussen- voegsel | ACHTERNAAM | Géb. Datum | E-mail adres\n"
                     "1 | Daan | van | Dijk | 14-03-2012 | d@example.org\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_class_list_get_separator (list), ==, '|');
  g_assert_cmpstr (koers_class_list_get_separator_name (list), ==, "vertical bar");
  assert_student (student_at (list, 0), "1", "Daan", "van", "Dijk", NULL, "2012-03-14", "d@example.org");
  g_assert_cmpstr (koers_class_list_get_column_header (list, 1), ==, "Róépnaam");
}

static void
test_header_labels (void)
{
  g_assert_cmpstr (koers_field_get_label (KOERS_FIELD_FIRST_NAME), ==, "First name");
  g_assert_cmpstr (koers_field_get_label (KOERS_FIELD_BIRTH_DATE), ==, "Date of birth");
  g_assert_cmpstr (koers_field_get_label (KOERS_FIELD_NONE), ==, "Not imported");
}

/* Dates */

static void
test_dates (void)
{
  g_autoptr(KoersClassList) list = parse_data ("english-dates.csv");

  g_assert_cmpuint (koers_class_list_get_students (list)->len, ==, 4);
  /* d-m-yyyy, dd-mm-yyyy and yyyy-mm-dd of one day */
  g_assert_cmpstr (koers_student_get_birth_date (student_at (list, 0)), ==, "2009-02-01");
  g_assert_cmpstr (koers_student_get_birth_date (student_at (list, 1)), ==, "2009-02-01");
  g_assert_cmpstr (koers_student_get_birth_date (student_at (list, 2)), ==, "2009-02-01");
  /* Day first, also when it is 12 or less. */
  g_assert_cmpstr (koers_student_get_birth_date (student_at (list, 3)), ==, "2008-12-09");
}

/* Layout */

static void
test_quoted (void)
{
  g_autoptr(KoersClassList) list = parse_data ("quoted.csv");

  g_assert_cmpint (koers_class_list_get_separator (list), ==, ',');
  g_assert_cmpint (koers_class_list_get_column_field (list, 5), ==, KOERS_FIELD_NONE);
  g_assert_cmpuint (koers_class_list_get_students (list)->len, ==, 3);
  assert_student (student_at (list, 0), "401", "Daan \"DJ\"", NULL, "Dijk", "2A", NULL, NULL);
  assert_student (student_at (list, 1), "402", "Sanne", NULL, "Bakker", "2A", NULL, NULL);
  assert_student (student_at (list, 2), "403", "Mees", "de", "Vries", "2A", NULL, NULL);
  /* The line break inside the quotes moves every later row one line down. */
  g_assert_cmpuint (koers_class_list_get_student_line (list, 0), ==, 2);
  g_assert_cmpuint (koers_class_list_get_student_line (list, 1), ==, 4);
  g_assert_cmpuint (koers_class_list_get_student_line (list, 2), ==, 5);
}

static void
test_crlf_trailing_rows (void)
{
  g_autoptr(KoersClassList) list = parse_data ("crlf-trailing.csv");

  g_assert_cmpstr (koers_class_list_get_column_header (list, 1), ==, "Roepnaam");
  g_assert_cmpuint (koers_class_list_get_n_columns (list), ==, 6);
  g_assert_cmpuint (koers_class_list_get_students (list)->len, ==, 3);
  assert_student (student_at (list, 0), "501", "Lotte", "van der", "Meer", "2A", "2012-04-30", NULL);
  assert_student (student_at (list, 1), "502", "Jesse", NULL, "Hoekstra", "2A", "2011-09-21", NULL);
  /* A trailing separator is an empty extra field, not an error. */
  assert_student (student_at (list, 2), "503", "Mees", "de", "Vries", "2A", "2012-06-29", NULL);
  g_assert_cmpuint (koers_class_list_get_student_line (list, 1), ==, 4);
}

static void
test_line_ends (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersClassList) lf = NULL;
  g_autoptr(KoersClassList) cr = NULL;

  lf = parse_text ("Roepnaam;Achternaam\nDaan;Dijk\n\nSanne;Bakker", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (koers_class_list_get_students (lf)->len, ==, 2);
  g_assert_cmpuint (koers_class_list_get_student_line (lf, 1), ==, 4);

  /* Old Mac exports end lines with CR alone. */
  cr = parse_text ("Roepnaam;Achternaam\rDaan;Dijk\rSanne;Bakker\r", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (koers_class_list_get_students (cr)->len, ==, 2);
  assert_student (student_at (cr, 1), NULL, "Sanne", NULL, "Bakker", NULL, NULL, NULL);
}

static void
test_short_row (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersClassList) list = NULL;

  /* Optional fields left out at the end read as empty. */
  list = parse_text ("Roepnaam;Achternaam;Klas;Geboortedatum\nDaan;Dijk\n", -1, &error);
  g_assert_no_error (error);
  assert_student (student_at (list, 0), NULL, "Daan", NULL, "Dijk", NULL, NULL, NULL);

  assert_text_fails ("Klas;Roepnaam;Achternaam\n2A;Daan;Dijk\n2A;Sanne\n", -1,
                     KOERS_IMPORT_ERROR_ROW, "Line 3: the last name is missing");
}

static void
test_csv_tokenizer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  KoersCsvRecord *record;

  g_assert_cmpint (koers_csv_detect_separator ("\n;;;\n\"a;b;c\",d,e\n"), ==, ',');
  g_assert_cmpint (koers_csv_detect_separator ("a;b,c\n"), ==, ';');
  g_assert_cmpint (koers_csv_detect_separator ("naam\n"), ==, ';');

  records = koers_csv_parse (" a ;\"b \"\"x\"\" \" ;c\"d\n\n\"e\r\nf\";;\n", ';', &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);

  record = g_ptr_array_index (records, 0);
  g_assert_cmpuint (record->line, ==, 1);
  g_assert_cmpuint (record->n_fields, ==, 3);
  g_assert_cmpstr (record->fields[0], ==, "a");
  g_assert_cmpstr (record->fields[1], ==, "b \"x\" ");
  g_assert_cmpstr (record->fields[2], ==, "c\"d");

  record = g_ptr_array_index (records, 1);
  g_assert_cmpuint (record->line, ==, 3);
  g_assert_cmpuint (record->n_fields, ==, 3);
  g_assert_cmpstr (record->fields[0], ==, "e\nf");
  g_assert_true (koers_csv_record_is_empty_from (record, 1));
}

/* Files that cannot be read */

static void
test_bad_date (void)
{
  /* Line 4, not row 3: the blank line counts, as in a text editor. */
  assert_data_fails ("bad-date.csv", KOERS_IMPORT_ERROR_ROW, "Line 4", "“31-02-2012”");
  assert_text_fails ("Roepnaam;Achternaam;Geboortedatum\nDaan;Dijk;14-3-12\n", -1,
                     KOERS_IMPORT_ERROR_ROW, "Line 2: “14-3-12” is not a valid date of birth");
}

static void
test_unterminated_quote (void)
{
  assert_data_fails ("unterminated-quote.csv", KOERS_IMPORT_ERROR_ROW, "Line 3", "never closed");
}

static void
test_missing_column (void)
{
  assert_data_fails ("no-last-name.csv", KOERS_IMPORT_ERROR_HEADER, "last name", "“Naam”");
  assert_text_fails ("Nummer;Naam\n1;Daan van Dijk\n", -1, KOERS_IMPORT_ERROR_HEADER,
                     "first name and none for the last name");
  assert_text_fails ("Achternaam;Klas\nDijk;2A\n", -1, KOERS_IMPORT_ERROR_HEADER,
                     "no column for the first name");
}

static void
test_duplicate_number (void)
{
  assert_data_fails ("duplicate-number.csv", KOERS_IMPORT_ERROR_ROW, "Line 4", "line 2");
}

static void
test_too_many_fields (void)
{
  assert_text_fails ("Roepnaam;Achternaam\nDaan;Dijk\nSanne;Bakker;2A\n", -1,
                     KOERS_IMPORT_ERROR_ROW, "Line 3 has 3 fields, but the header has 2");
}

static void
test_empty_name (void)
{
  assert_text_fails ("Roepnaam;Achternaam\nDaan;Dijk\n ;Bakker\n", -1,
                     KOERS_IMPORT_ERROR_ROW, "Line 3: the first name is empty");
  assert_text_fails ("Roepnaam,Achternaam\nDaan,\"\"\n", -1,
                     KOERS_IMPORT_ERROR_ROW, "Line 2: the last name is empty");
}

static void
test_empty (void)
{
  assert_data_fails ("empty.csv", KOERS_IMPORT_ERROR_EMPTY, NULL, NULL);
  assert_data_fails ("header-only.csv", KOERS_IMPORT_ERROR_EMPTY, "no students", NULL);
  assert_text_fails ("\xEF\xBB\xBF\r\n  \r\n", -1, KOERS_IMPORT_ERROR_EMPTY, NULL);
  assert_text_fails ("", 0, KOERS_IMPORT_ERROR_EMPTY, "empty");
}

static void
test_missing_file (void)
{
  g_autofree char *path = data_path ("does-not-exist.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersClassList) list = parse_path (path, &error);

  g_assert_null (list);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Importing into a notebook */

typedef struct
{
  char       *dir;
  KoersStore *store;
} StoreFixture;

static void
store_fixture_set_up (StoreFixture  *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("koers-test-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "notebook.koers", NULL);
  fixture->store = koers_store_create (path, "test-pass", &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static void
store_fixture_tear_down (StoreFixture  *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  koers_store_close (fixture->store);
  g_clear_object (&fixture->store);

  /* The notebook and whatever journal files SQLite left beside it. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static guint
count_students (KoersStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) students = koers_store_list_students (store, NULL, &error);

  g_assert_no_error (error);
  return students->len;
}

static KoersStudent *
find_student (GPtrArray  *students,
              const char *number)
{
  for (guint i = 0; i < students->len; i++)
    {
      KoersStudent *student = g_ptr_array_index (students, i);

      if (g_strcmp0 (koers_student_get_student_number (student), number) == 0)
        return student;
    }

  g_error ("No student with number %s", number);
  return NULL;
}

static void
test_store_import_twice (StoreFixture  *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(KoersClassList) list = parse_sample ("klas-2a.csv");
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GError) error = NULL;
  KoersStudent *lotte;
  guint n_imported = 99;
  guint n_updated = 99;

  g_assert_true (koers_class_list_import (list, fixture->store, &n_imported, &n_updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, 6);
  g_assert_cmpuint (n_updated, ==, 0);
  g_assert_cmpuint (count_students (fixture->store), ==, 6);

  /* The list is unchanged by storing it, so it can be imported again. */
  g_assert_cmpint (koers_student_get_id (student_at (list, 0)), ==, 0);

  g_assert_true (koers_class_list_import (list, fixture->store, &n_imported, &n_updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, 0);
  g_assert_cmpuint (n_updated, ==, 6);

  students = koers_store_list_students (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (students->len, ==, 6);
  lotte = find_student (students, "104216");
  g_assert_cmpstr (koers_student_get_first_name (lotte), ==, "Lotte");
  g_assert_cmpstr (koers_student_get_tussenvoegsel (lotte), ==, "van der");
  g_assert_cmpstr (koers_student_get_last_name (lotte), ==, "Meer");
  g_assert_cmpstr (koers_student_get_group (lotte), ==, "2A");
  g_assert_cmpstr (koers_student_get_birth_date (lotte), ==, "2012-04-30");
}

static void
test_store_import_two_lists (StoreFixture  *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(KoersClassList) klas = parse_sample ("klas-2a.csv");
  g_autoptr(KoersClassList) groep = parse_sample ("groep-mbo-zorg.csv");
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GError) error = NULL;
  guint n_imported = 0;
  guint n_updated = 0;

  g_assert_true (koers_class_list_import (klas, fixture->store, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (koers_class_list_import (groep, fixture->store, &n_imported, &n_updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, 4);
  g_assert_cmpuint (n_updated, ==, 0);

  students = koers_store_list_students (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (students->len, ==, 10);
  g_assert_cmpstr (koers_student_get_last_name (find_student (students, "2300420")), ==, "Pinas, M.");
  g_assert_cmpstr (koers_student_get_email (find_student (students, "2300417")), ==, "b.jansen@example.org");
}

static void
test_store_failed_import (StoreFixture  *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(KoersClassList) klas = parse_sample ("klas-2a.csv");
  g_autoptr(KoersClassList) groep = parse_sample ("groep-mbo-zorg.csv");
  g_autoptr(KoersClassList) bad = NULL;
  g_autofree char *bad_path = data_path ("bad-date.csv");
  g_autoptr(GError) error = NULL;
  GPtrArray *students;
  guint n_imported = 99;
  guint n_updated = 99;

  g_assert_true (koers_class_list_import (klas, fixture->store, NULL, NULL, &error));
  g_assert_no_error (error);

  /* A list that cannot be read never reaches the store. */
  bad = parse_path (bad_path, &error);
  g_assert_null (bad);
  g_assert_error (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_ROW);
  g_clear_error (&error);
  g_assert_cmpuint (count_students (fixture->store), ==, 6);

  /* One student the store refuses, the last one, undoes the three before it. */
  students = koers_class_list_get_students (groep);
  koers_student_set_last_name (g_ptr_array_index (students, students->len - 1), NULL);
  g_assert_false (koers_class_list_import (groep, fixture->store, &n_imported, &n_updated, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (n_imported, ==, 0);
  g_assert_cmpuint (n_updated, ==, 0);
  g_assert_cmpuint (count_students (fixture->store), ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/sample/klas-2a", test_sample_klas_2a);
  g_test_add_func ("/import/sample/groep-mbo-zorg", test_sample_groep_mbo_zorg);

  g_test_add_func ("/import/encoding/windows-1252", test_encoding_windows_1252);
  g_test_add_func ("/import/encoding/utf-16", test_encoding_utf16);
  g_test_add_func ("/import/encoding/not-text", test_encoding_not_text);
  g_test_add_func ("/import/encoding/unknown", test_encoding_unknown);

  g_test_add_func ("/import/header/synonyms", test_header_synonyms);
  g_test_add_func ("/import/header/english", test_header_english);
  g_test_add_func ("/import/header/normalized", test_header_normalized);
  g_test_add_func ("/import/header/labels", test_header_labels);

  g_test_add_func ("/import/dates", test_dates);

  g_test_add_func ("/import/layout/quoted", test_quoted);
  g_test_add_func ("/import/layout/crlf-trailing-rows", test_crlf_trailing_rows);
  g_test_add_func ("/import/layout/line-ends", test_line_ends);
  g_test_add_func ("/import/layout/short-row", test_short_row);
  g_test_add_func ("/import/layout/csv-tokenizer", test_csv_tokenizer);

  g_test_add_func ("/import/error/bad-date", test_bad_date);
  g_test_add_func ("/import/error/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/import/error/missing-column", test_missing_column);
  g_test_add_func ("/import/error/duplicate-number", test_duplicate_number);
  g_test_add_func ("/import/error/too-many-fields", test_too_many_fields);
  g_test_add_func ("/import/error/empty-name", test_empty_name);
  g_test_add_func ("/import/error/empty", test_empty);
  g_test_add_func ("/import/error/missing-file", test_missing_file);

  g_test_add ("/import/store/twice", StoreFixture, NULL,
              store_fixture_set_up, test_store_import_twice, store_fixture_tear_down);
  g_test_add ("/import/store/two-lists", StoreFixture, NULL,
              store_fixture_set_up, test_store_import_two_lists, store_fixture_tear_down);
  g_test_add ("/import/store/failed", StoreFixture, NULL,
              store_fixture_set_up, test_store_failed_import, store_fixture_tear_down);

  return g_test_run ();
}
