/* koers-class-list.c: a class list (CSV export of a student administration), parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "koers-class-list.h"
#include "koers-csv.h"
#include "koers-date.h"
#include "koers-i18n.h"

struct _KoersClassList
{
  GObject     parent_instance;

  const char *encoding;      /* static string */
  char        separator;
  GPtrArray  *headers;       /* char *, as written in the file */
  GArray     *fields;        /* KoersField, one per header */
  GPtrArray  *students;      /* KoersStudent */
  GArray     *lines;         /* guint, the line each student starts on */
};

G_DEFINE_FINAL_TYPE (KoersClassList, koers_class_list, G_TYPE_OBJECT)

G_DEFINE_QUARK (koers-import-error-quark, koers_import_error)

typedef struct
{
  const char *name;
  KoersField  field;
} HeaderName;

/* Header names after normalize_header(), as the Dutch administrations
 * (Magister, Somtoday, Eduarte, ParnasSys) and English exports write them.
 * When a file has several columns for one field, the one listed first here
 * wins: the roepnaam is what the student is called, voornamen are the
 * official given names. Only whole names match, so "E-mail ouders" is not
 * taken for the student's address. */
static const HeaderName header_names[] = {
  { "leerlingnummer", KOERS_FIELD_STUDENT_NUMBER },
  { "leerlingnr", KOERS_FIELD_STUDENT_NUMBER },
  { "llnr", KOERS_FIELD_STUDENT_NUMBER },
  { "studentnummer", KOERS_FIELD_STUDENT_NUMBER },
  { "studentnr", KOERS_FIELD_STUDENT_NUMBER },
  { "stamnummer", KOERS_FIELD_STUDENT_NUMBER },
  { "stamnr", KOERS_FIELD_STUDENT_NUMBER },
  { "studentnumber", KOERS_FIELD_STUDENT_NUMBER },
  { "studentno", KOERS_FIELD_STUDENT_NUMBER },
  { "studentid", KOERS_FIELD_STUDENT_NUMBER },
  { "leerlingid", KOERS_FIELD_STUDENT_NUMBER },

  { "roepnaam", KOERS_FIELD_FIRST_NAME },
  { "preferredname", KOERS_FIELD_FIRST_NAME },
  { "voornaam", KOERS_FIELD_FIRST_NAME },
  { "firstname", KOERS_FIELD_FIRST_NAME },
  { "givenname", KOERS_FIELD_FIRST_NAME },
  { "voornamen", KOERS_FIELD_FIRST_NAME },
  { "firstnames", KOERS_FIELD_FIRST_NAME },
  { "givennames", KOERS_FIELD_FIRST_NAME },

  { "tussenvoegsel", KOERS_FIELD_TUSSENVOEGSEL },
  { "tussenvoegsels", KOERS_FIELD_TUSSENVOEGSEL },
  { "tussenv", KOERS_FIELD_TUSSENVOEGSEL },
  { "tussenvgsl", KOERS_FIELD_TUSSENVOEGSEL },
  { "voorvoegsel", KOERS_FIELD_TUSSENVOEGSEL },
  { "voorvoegsels", KOERS_FIELD_TUSSENVOEGSEL },
  { "voorv", KOERS_FIELD_TUSSENVOEGSEL },
  { "infix", KOERS_FIELD_TUSSENVOEGSEL },
  { "surnameprefix", KOERS_FIELD_TUSSENVOEGSEL },
  { "lastnameprefix", KOERS_FIELD_TUSSENVOEGSEL },
  { "prefix", KOERS_FIELD_TUSSENVOEGSEL },

  { "achternaam", KOERS_FIELD_LAST_NAME },
  { "familienaam", KOERS_FIELD_LAST_NAME },
  { "geslachtsnaam", KOERS_FIELD_LAST_NAME },
  { "lastname", KOERS_FIELD_LAST_NAME },
  { "surname", KOERS_FIELD_LAST_NAME },
  { "familyname", KOERS_FIELD_LAST_NAME },

  { "klas", KOERS_FIELD_GROUP },
  { "stamklas", KOERS_FIELD_GROUP },
  { "stamgroep", KOERS_FIELD_GROUP },
  { "mentorgroep", KOERS_FIELD_GROUP },
  { "basisgroep", KOERS_FIELD_GROUP },
  { "groep", KOERS_FIELD_GROUP },
  { "klasnaam", KOERS_FIELD_GROUP },
  { "groepsnaam", KOERS_FIELD_GROUP },
  { "class", KOERS_FIELD_GROUP },
  { "group", KOERS_FIELD_GROUP },

  { "geboortedatum", KOERS_FIELD_BIRTH_DATE },
  { "gebdatum", KOERS_FIELD_BIRTH_DATE },
  { "gebdat", KOERS_FIELD_BIRTH_DATE },
  { "geboren", KOERS_FIELD_BIRTH_DATE },
  { "dateofbirth", KOERS_FIELD_BIRTH_DATE },
  { "birthdate", KOERS_FIELD_BIRTH_DATE },
  { "birthday", KOERS_FIELD_BIRTH_DATE },
  { "dob", KOERS_FIELD_BIRTH_DATE },

  { "email", KOERS_FIELD_EMAIL },
  { "emailadres", KOERS_FIELD_EMAIL },
  { "emailaddress", KOERS_FIELD_EMAIL },
  { "emailleerling", KOERS_FIELD_EMAIL },
  { "emailstudent", KOERS_FIELD_EMAIL },
  { "leerlingemail", KOERS_FIELD_EMAIL },
  { "studentemail", KOERS_FIELD_EMAIL },
  { "mail", KOERS_FIELD_EMAIL },
  { "mailadres", KOERS_FIELD_EMAIL },
};

static const char * const field_labels[KOERS_N_FIELDS] = {
  [KOERS_FIELD_NONE] = N_("Not imported"),
  [KOERS_FIELD_STUDENT_NUMBER] = N_("Student number"),
  [KOERS_FIELD_FIRST_NAME] = N_("First name"),
  [KOERS_FIELD_TUSSENVOEGSEL] = N_("Tussenvoegsel"),
  [KOERS_FIELD_LAST_NAME] = N_("Last name"),
  /* Translators: the school class (klas, groep) a student is in */
  [KOERS_FIELD_GROUP] = N_("Class"),
  [KOERS_FIELD_BIRTH_DATE] = N_("Date of birth"),
  [KOERS_FIELD_EMAIL] = N_("Email"),
};

/* "Geb. datum" and "geb.datum", "E-mail" and "Email", "Tussenv." and
 * "tussenv": exports differ in case, accents, dots, dashes and spaces only. */
static char *
normalize_header (const char *header)
{
  g_autofree char *decomposed = g_utf8_normalize (header, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  /* Combining marks are not alphanumeric, so ë loses its diaeresis here. */
  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}

/* Returns the rank of @header among the names of its field (lower wins), or
 * -1 when it names no field. */
static int
match_header (const char *header,
              KoersField *field)
{
  g_autofree char *normalized = normalize_header (header);

  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    {
      if (g_str_equal (normalized, header_names[i].name))
        {
          *field = header_names[i].field;
          return (int) i;
        }
    }

  *field = KOERS_FIELD_NONE;
  return -1;
}

/* Names and numbers copied from spreadsheets carry doubled spaces, non-breaking
 * spaces and sometimes a line break; none of them mean anything in a name. */
static char *
clean_value (const char *value)
{
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          pending_space = out->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static const char *
empty_to_null (const char *value)
{
  return value != NULL && value[0] != '\0' ? value : NULL;
}

static const char *
separator_name (char separator)
{
  switch (separator)
    {
    case ';':
      return _("semicolon");
    case ',':
      return _("comma");
    case '\t':
      return _("tab");
    case '|':
      return _("vertical bar");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
map_columns (KoersClassList       *self,
             const KoersCsvRecord *header)
{
  int best_rank[KOERS_N_FIELDS];
  guint best_column[KOERS_N_FIELDS] = { 0, };

  for (guint f = 0; f < KOERS_N_FIELDS; f++)
    best_rank[f] = -1;

  for (guint i = 0; i < header->n_fields; i++)
    {
      KoersField field = KOERS_FIELD_NONE;
      int rank = match_header (header->fields[i], &field);

      g_ptr_array_add (self->headers, clean_value (header->fields[i]));

      /* A tie keeps the leftmost column: two "E-mail" columns are most often
       * the student's and a parent's, in that order. */
      if (rank >= 0 && (best_rank[field] < 0 || rank < best_rank[field]))
        {
          best_rank[field] = rank;
          best_column[field] = i;
        }
    }

  g_array_set_size (self->fields, header->n_fields);
  for (guint f = KOERS_FIELD_NONE + 1; f < KOERS_N_FIELDS; f++)
    if (best_rank[f] >= 0)
      g_array_index (self->fields, KoersField, best_column[f]) = f;
}

static gboolean
has_field (KoersClassList *self,
           KoersField      field)
{
  for (guint i = 0; i < self->fields->len; i++)
    if (g_array_index (self->fields, KoersField, i) == field)
      return TRUE;

  return FALSE;
}

static gboolean
check_required_columns (KoersClassList  *self,
                        GError         **error)
{
  gboolean has_first = has_field (self, KOERS_FIELD_FIRST_NAME);
  gboolean has_last = has_field (self, KOERS_FIELD_LAST_NAME);
  g_autoptr(GString) found = NULL;

  if (has_first && has_last)
    return TRUE;

  found = g_string_new (NULL);
  for (guint i = 0; i < self->headers->len; i++)
    {
      if (i > 0)
        g_string_append (found, ", ");
      g_string_append_printf (found, "“%s”",
                              (const char *) g_ptr_array_index (self->headers, i));
    }

  if (!has_first && !has_last)
    g_set_error (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_HEADER,
                 _("The class list has no column for the first name and none for the "
                   "last name. The columns found are: %s. Call the first-name "
                   "column “Roepnaam” and the last-name column “Achternaam” (or "
                   "“First name” and “Last name”)."),
                 found->str);
  else if (!has_first)
    g_set_error (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_HEADER,
                 _("The class list has no column for the first name. The columns found "
                   "are: %s. Call the first-name column "
                   "“Roepnaam” (or “First name”)."),
                 found->str);
  else
    g_set_error (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_HEADER,
                 _("The class list has no column for the last name. The columns found "
                   "are: %s. Call the last-name column "
                   "“Achternaam” (or “Last name”)."),
                 found->str);

  return FALSE;
}

static void
set_missing_name_error (GError              **error,
                        const KoersCsvRecord *record,
                        guint                 n_columns,
                        guint                 column,
                        KoersField            field)
{
  gboolean first = field == KOERS_FIELD_FIRST_NAME;

  if (column >= record->n_fields)
    g_set_error (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_ROW,
                 first
                 ? _("Line %u: the first name is missing: the line has %u of the %u "
                     "fields of the header. Complete the line, or remove it if it is "
                     "not a student.")
                 : _("Line %u: the last name is missing: the line has %u of the %u "
                     "fields of the header. Complete the line, or remove it if it is "
                     "not a student."),
                 record->line, record->n_fields, n_columns);
  else
    g_set_error (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_ROW,
                 first
                 ? _("Line %u: the first name is empty. Fill it in, or remove the "
                     "line if it is not a student.")
                 : _("Line %u: the last name is empty. Fill it in, or remove the "
                     "line if it is not a student."),
                 record->line);
}

/* Builds the student of one record. A record with fewer fields than the
 * header (some tools leave out trailing empty cells) reads the missing ones as
 * empty, so it only fails when that leaves a name empty. A record with more
 * fields fails unless the extra ones are empty (a trailing separator), since
 * more values than columns means an unquoted separator shifted the values
 * and any mapping would put them in the wrong fields. */
static KoersStudent *
student_from_record (KoersClassList        *self,
                     const KoersCsvRecord  *record,
                     GHashTable            *number_lines,
                     GError               **error)
{
  g_autoptr(KoersStudent) student = NULL;
  g_auto(GStrv) values = g_new0 (char *, KOERS_N_FIELDS + 1);
  guint columns[KOERS_N_FIELDS] = { 0, };
  g_autofree char *birth_date = NULL;
  guint n_columns = self->headers->len;

  if (record->n_fields > n_columns &&
      !koers_csv_record_is_empty_from (record, n_columns))
    {
      const char *name = separator_name (self->separator);

      g_set_error (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_ROW,
                   _("Line %u has %u fields, but the header has %u. Put a field "
                     "that contains a %s in double quotes, or remove the extra fields."),
                   record->line, record->n_fields, n_columns, name);
      return NULL;
    }

  /* Every slot holds a string, so the GStrv has no hole to stop freeing at. */
  for (guint f = 0; f < KOERS_N_FIELDS; f++)
    values[f] = g_strdup ("");

  for (guint i = 0; i < n_columns; i++)
    {
      KoersField field = g_array_index (self->fields, KoersField, i);

      if (field == KOERS_FIELD_NONE)
        continue;

      g_free (values[field]);
      values[field] = clean_value (i < record->n_fields ? record->fields[i] : "");
      columns[field] = i;
    }

  if (values[KOERS_FIELD_FIRST_NAME][0] == '\0')
    {
      set_missing_name_error (error, record, n_columns,
                              columns[KOERS_FIELD_FIRST_NAME], KOERS_FIELD_FIRST_NAME);
      return NULL;
    }

  if (values[KOERS_FIELD_LAST_NAME][0] == '\0')
    {
      set_missing_name_error (error, record, n_columns,
                              columns[KOERS_FIELD_LAST_NAME], KOERS_FIELD_LAST_NAME);
      return NULL;
    }

  if (empty_to_null (values[KOERS_FIELD_BIRTH_DATE]) != NULL)
    {
      birth_date = koers_date_parse_to_iso (values[KOERS_FIELD_BIRTH_DATE]);
      if (birth_date == NULL)
        {
          g_set_error (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_ROW,
                       _("Line %u: “%s” is not a valid date of birth. "
                         "Use dd-mm-yyyy or yyyy-mm-dd."),
                       record->line, values[KOERS_FIELD_BIRTH_DATE]);
          return NULL;
        }
    }

  if (empty_to_null (values[KOERS_FIELD_STUDENT_NUMBER]) != NULL)
    {
      const char *number = values[KOERS_FIELD_STUDENT_NUMBER];
      gpointer other_line;

      /* Two rows with one number would update each other in the store, and
       * one of the two students would silently be lost. */
      if (g_hash_table_lookup_extended (number_lines, number, NULL, &other_line))
        {
          g_set_error (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_ROW,
                       _("Line %u: student number %s is also on line %u. Every "
                         "student needs their own number: correct or remove one of "
                         "the two lines."),
                       record->line, number, GPOINTER_TO_UINT (other_line));
          return NULL;
        }
      g_hash_table_insert (number_lines, g_strdup (number), GUINT_TO_POINTER (record->line));
    }

  student = koers_student_new ();
  koers_student_set_student_number (student, empty_to_null (values[KOERS_FIELD_STUDENT_NUMBER]));
  koers_student_set_first_name (student, values[KOERS_FIELD_FIRST_NAME]);
  /* As written: "van der" stays lower case, it is part of the last name. */
  koers_student_set_tussenvoegsel (student, empty_to_null (values[KOERS_FIELD_TUSSENVOEGSEL]));
  koers_student_set_last_name (student, values[KOERS_FIELD_LAST_NAME]);
  koers_student_set_group (student, empty_to_null (values[KOERS_FIELD_GROUP]));
  koers_student_set_birth_date (student, birth_date);
  koers_student_set_email (student, empty_to_null (values[KOERS_FIELD_EMAIL]));

  return g_steal_pointer (&student);
}

static gboolean
read_records (KoersClassList  *self,
              GPtrArray       *records,
              GError         **error)
{
  g_autoptr(GHashTable) number_lines = NULL;

  if (records->len == 0)
    {
      g_set_error_literal (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_EMPTY,
                           _("The file is empty. Export the class list again and "
                             "choose the new file."));
      return FALSE;
    }

  if (records->len == 1)
    {
      g_set_error_literal (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_EMPTY,
                           _("The file has a header line but no students. Export the "
                             "class list again with its students."));
      return FALSE;
    }

  map_columns (self, g_ptr_array_index (records, 0));
  if (!check_required_columns (self, error))
    return FALSE;

  number_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 1; i < records->len; i++)
    {
      const KoersCsvRecord *record = g_ptr_array_index (records, i);
      KoersStudent *student;

      student = student_from_record (self, record, number_lines, error);
      if (student == NULL)
        return FALSE;

      g_ptr_array_add (self->students, student);
      g_array_append_val (self->lines, record->line);
    }

  return TRUE;
}

static void
koers_class_list_finalize (GObject *object)
{
  KoersClassList *self = (KoersClassList *) object;

  g_clear_pointer (&self->headers, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->students, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);

  G_OBJECT_CLASS (koers_class_list_parent_class)->finalize (object);
}

static void
koers_class_list_class_init (KoersClassListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_class_list_finalize;
}

static void
koers_class_list_init (KoersClassList *self)
{
  self->encoding = "UTF-8";
  self->separator = ';';
  self->headers = g_ptr_array_new_with_free_func (g_free);
  self->fields = g_array_new (FALSE, TRUE, sizeof (KoersField));
  self->students = g_ptr_array_new_with_free_func (g_object_unref);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * koers_field_get_label:
 * @field: a #KoersField
 *
 * Returns: the translated name of @field; for %KOERS_FIELD_NONE, what the
 *   preview shows beside a column that is ignored
 */
const char *
koers_field_get_label (KoersField field)
{
  g_return_val_if_fail (field < KOERS_N_FIELDS, NULL);

  return _(field_labels[field]);
}

/**
 * koers_class_list_parse:
 * @contents: the bytes of a CSV file
 * @error: return location for a #KoersImportError
 *
 * Reads a whole class list. Any error fails the whole list, so a list is
 * imported completely or not at all; row errors name the line in the file,
 * counted as a text editor counts them.
 *
 * Returns: (transfer full): the class list, or %NULL
 */
KoersClassList *
koers_class_list_parse (GBytes  *contents,
                        GError **error)
{
  g_autoptr(KoersClassList) self = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) csv_error = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;

  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = koers_csv_decode (contents, &encoding, &csv_error);
  if (text == NULL)
    {
      g_set_error_literal (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_ENCODING,
                           csv_error->message);
      return NULL;
    }

  self = g_object_new (KOERS_TYPE_CLASS_LIST, NULL);
  self->encoding = encoding;
  self->separator = koers_csv_detect_separator (text);

  records = koers_csv_parse (text, self->separator, &csv_error);
  if (records == NULL)
    {
      /* The only thing the tokenizer refuses is an unclosed quote, which is a
       * problem of one row like the others. */
      g_set_error_literal (error, KOERS_IMPORT_ERROR, KOERS_IMPORT_ERROR_ROW,
                           csv_error->message);
      return NULL;
    }

  if (!read_records (self, records, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * koers_class_list_parse_file:
 * @file: a CSV file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GIOError or #KoersImportError
 *
 * Loads @file and calls koers_class_list_parse(). Class lists are small, so
 * there is no asynchronous variant; run it in a #GTask to keep a UI responsive.
 *
 * Returns: (transfer full): the class list, or %NULL
 */
KoersClassList *
koers_class_list_parse_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GBytes) contents = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = g_file_load_bytes (file, cancellable, NULL, error);
  if (contents == NULL)
    return NULL;

  return koers_class_list_parse (contents, error);
}

const char *
koers_class_list_get_encoding (KoersClassList *self)
{
  g_return_val_if_fail (KOERS_IS_CLASS_LIST (self), NULL);

  return self->encoding;
}

char
koers_class_list_get_separator (KoersClassList *self)
{
  g_return_val_if_fail (KOERS_IS_CLASS_LIST (self), '\0');

  return self->separator;
}

const char *
koers_class_list_get_separator_name (KoersClassList *self)
{
  g_return_val_if_fail (KOERS_IS_CLASS_LIST (self), NULL);

  return separator_name (self->separator);
}

guint
koers_class_list_get_n_columns (KoersClassList *self)
{
  g_return_val_if_fail (KOERS_IS_CLASS_LIST (self), 0);

  return self->headers->len;
}

/**
 * koers_class_list_get_column_header:
 * @self: a #KoersClassList
 * @column: a column, less than koers_class_list_get_n_columns()
 *
 * Returns: the header of @column as written in the file, with its white
 *   space tidied as in the values; it may be ""
 */
const char *
koers_class_list_get_column_header (KoersClassList *self,
                                    guint           column)
{
  g_return_val_if_fail (KOERS_IS_CLASS_LIST (self), NULL);
  g_return_val_if_fail (column < self->headers->len, NULL);

  return g_ptr_array_index (self->headers, column);
}

/**
 * koers_class_list_get_column_field:
 * @self: a #KoersClassList
 * @column: a column, less than koers_class_list_get_n_columns()
 *
 * Returns: the field @column fills, or %KOERS_FIELD_NONE when it is ignored
 *   (unknown header, or a second column for a field, such as "Voornaam" beside
 *   "Roepnaam")
 */
KoersField
koers_class_list_get_column_field (KoersClassList *self,
                                   guint           column)
{
  g_return_val_if_fail (KOERS_IS_CLASS_LIST (self), KOERS_FIELD_NONE);
  g_return_val_if_fail (column < self->fields->len, KOERS_FIELD_NONE);

  return g_array_index (self->fields, KoersField, column);
}

/**
 * koers_class_list_get_students:
 * @self: a #KoersClassList
 *
 * Empty optional fields are %NULL on the students, as is a student number
 * the list leaves empty.
 *
 * Returns: (transfer none) (element-type KoersStudent): the students, in file
 *   order, never empty
 */
GPtrArray *
koers_class_list_get_students (KoersClassList *self)
{
  g_return_val_if_fail (KOERS_IS_CLASS_LIST (self), NULL);

  return self->students;
}

/**
 * koers_class_list_get_student_line:
 * @self: a #KoersClassList
 * @index: an index into koers_class_list_get_students()
 *
 * Returns: the 1-based line in the file on which the student's row starts
 */
guint
koers_class_list_get_student_line (KoersClassList *self,
                                   guint           index)
{
  g_return_val_if_fail (KOERS_IS_CLASS_LIST (self), 0);
  g_return_val_if_fail (index < self->lines->len, 0);

  return g_array_index (self->lines, guint, index);
}

gboolean
koers_class_list_import (KoersClassList  *self,
                         KoersStore      *store,
                         guint           *n_imported,
                         guint           *n_updated,
                         GError         **error)
{
  guint imported = 0;
  guint updated = 0;

  g_return_val_if_fail (KOERS_IS_CLASS_LIST (self), FALSE);
  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_imported != NULL)
    *n_imported = 0;
  if (n_updated != NULL)
    *n_updated = 0;

  /* The store writes copies, so this list stays as parsed and can be shown
   * or imported again after a failure. */
  if (!koers_store_import_students (store, self->students, &imported, &updated, error))
    return FALSE;

  if (n_imported != NULL)
    *n_imported = imported;
  if (n_updated != NULL)
    *n_updated = updated;

  return TRUE;
}
