/* koers-csv.c: decoding and tokenizing the CSV files spreadsheets write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "koers-csv.h"
#include "koers-i18n.h"

#include <string.h>

G_DEFINE_QUARK (koers-csv-error-quark, koers_csv_error)

static const char separators[] = { ';', ',', '\t', '|' };

static inline gboolean
is_line_end (char c)
{
  return c == '\n' || c == '\r';
}

/* Spaces and tabs around a field are layout, not data; a tab is data when it
 * separates fields. */
static inline gboolean
is_blank (char c,
          char separator)
{
  return c == ' ' || (c == '\t' && separator != '\t');
}

/* Excel on a Mac still writes a lone CR, so all three line ends count once. */
static const char *
skip_line_end (const char *p)
{
  if (p[0] == '\r' && p[1] == '\n')
    return p + 2;
  if (is_line_end (p[0]))
    return p + 1;
  return p;
}

static void
append_trimmed (GString    *out,
                const char *start,
                const char *end,
                char        separator)
{
  while (start < end && is_blank (*start, separator))
    start++;
  while (end > start && is_blank (end[-1], separator))
    end--;
  g_string_append_len (out, start, end - start);
}

static gboolean
has_nul (const char *data,
         gsize       size)
{
  return size > 0 && memchr (data, '\0', size) != NULL;
}

static void
set_not_text_error (GError **error)
{
  g_set_error_literal (error, KOERS_CSV_ERROR, KOERS_CSV_ERROR_NOT_TEXT,
                       _("This is not a text file. If it is a spreadsheet, "
                         "save it as “CSV” first and choose that file."));
}

static void
set_encoding_error (GError **error)
{
  g_set_error_literal (error, KOERS_CSV_ERROR, KOERS_CSV_ERROR_ENCODING,
                       _("The text in this file is not in an encoding Koers can "
                         "read (UTF-8, UTF-16 or Windows-1252). Save it as "
                         "“CSV UTF-8” and try again."));
}

/**
 * koers_csv_decode:
 * @contents: the bytes of the file
 * @encoding: (out) (optional): where to store the encoding that was found
 * @error: return location for a #KoersCsvError
 *
 * Spreadsheets write UTF-8 with or without BOM, "Unicode text" (UTF-16 with
 * BOM) or, in the older "CSV (comma delimited)" format, the Windows code page,
 * which for Dutch schools is Windows-1252. Bytes that are not valid UTF-8 are
 * taken as Windows-1252, so the encoding is a guess only in the sense that a
 * Windows-1252 file that happens to be valid UTF-8 reads as UTF-8, which for
 * names is practically never wrong.
 *
 * Returns: (transfer full): the text as UTF-8 without BOM, or %NULL
 */
char *
koers_csv_decode (GBytes      *contents,
                  const char **encoding,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  const char *found = NULL;
  const char *data;
  gsize size = 0;
  gsize written = 0;

  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (contents, &size);
  /* GLib keeps no buffer for empty bytes. */
  if (data == NULL)
    data = "";

  if (size >= 2 &&
      (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
       ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      const char *from = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";

      text = g_convert (data + 2, size - 2, "UTF-8", from, NULL, &written, &local_error);
      if (text == NULL)
        {
          g_debug ("Not UTF-16 after all: %s", local_error->message);
          set_encoding_error (error);
          return NULL;
        }
      found = "UTF-16";
    }
  else
    {
      /* Without a UTF-16 BOM no text has NUL bytes: xlsx, ods and UTF-16
       * without BOM all end up here. */
      if (has_nul (data, size))
        {
          set_not_text_error (error);
          return NULL;
        }

      if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        {
          data += 3;
          size -= 3;
        }

      if (g_utf8_validate_len (data, size, NULL))
        {
          text = g_strndup (data, size);
          written = size;
          found = "UTF-8";
        }
      else
        {
          /* glibc's iconv rejects the five bytes Windows-1252 leaves
           * undefined, which is what tells a file in yet another encoding. */
          text = g_convert (data, size, "UTF-8", "WINDOWS-1252", NULL, &written, &local_error);
          if (text == NULL)
            {
              g_debug ("Not Windows-1252 either: %s", local_error->message);
              set_encoding_error (error);
              return NULL;
            }
          found = "Windows-1252";
        }
    }

  /* A UTF-16 file can still hold U+0000 (a UTF-32 file read as UTF-16 does). */
  if (has_nul (text, written))
    {
      set_not_text_error (error);
      return NULL;
    }

  if (encoding != NULL)
    *encoding = found;

  return g_steal_pointer (&text);
}

char
koers_csv_detect_separator (const char *text)
{
  guint counts[G_N_ELEMENTS (separators)] = { 0 };
  gboolean in_quotes = FALSE;
  gboolean has_content = FALSE;
  guint best = 0;

  g_return_val_if_fail (text != NULL, ';');

  for (const char *p = text; *p != '\0'; p++)
    {
      /* A "" escape leaves and re-enters the quotes, which comes out right. */
      if (in_quotes)
        {
          if (*p == '"')
            in_quotes = FALSE;
          continue;
        }

      if (*p == '"')
        {
          in_quotes = TRUE;
          has_content = TRUE;
          continue;
        }

      if (is_line_end (*p))
        {
          /* Lines that hold nothing but separators (";;;;") are skipped by
           * the parser too, so they cannot be the header. */
          if (has_content)
            break;
          memset (counts, 0, sizeof counts);
          continue;
        }

      if (memchr (separators, *p, G_N_ELEMENTS (separators)) != NULL)
        {
          for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
            if (*p == separators[i])
              counts[i]++;
        }
      else if (*p != ' ')
        {
          has_content = TRUE;
        }
    }

  for (guint i = 1; i < G_N_ELEMENTS (separators); i++)
    if (counts[i] > counts[best])
      best = i;

  return separators[best];
}

void
koers_csv_record_free (KoersCsvRecord *record)
{
  if (record == NULL)
    return;

  g_strfreev (record->fields);
  g_free (record);
}

gboolean
koers_csv_record_is_empty_from (const KoersCsvRecord *record,
                                guint                 first)
{
  g_return_val_if_fail (record != NULL, TRUE);

  for (guint i = first; i < record->n_fields; i++)
    if (record->fields[i][0] != '\0')
      return FALSE;

  return TRUE;
}

/* Reads one field starting at *@pp and leaves *@pp on the separator, the line
 * end or the NUL that ends it; *@line follows line breaks inside quotes. */
static char *
read_field (const char  **pp,
            char          separator,
            guint        *line,
            GError      **error)
{
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = *pp;
  const char *start;

  while (is_blank (*p, separator))
    p++;

  if (*p == '"')
    {
      guint quote_line = *line;

      for (p++; ; )
        {
          if (*p == '\0')
            {
              g_set_error (error, KOERS_CSV_ERROR, KOERS_CSV_ERROR_UNTERMINATED_QUOTE,
                           _("Line %u: a field starts with a double quote (\") that is "
                             "never closed. Add the closing quote, or remove the opening one."),
                           quote_line);
              return NULL;
            }

          if (*p == '"')
            {
              if (p[1] != '"')
                {
                  p++;
                  break;
                }
              g_string_append_c (field, '"');
              p += 2;
            }
          else if (is_line_end (*p))
            {
              g_string_append_c (field, '\n');
              p = skip_line_end (p);
              (*line)++;
            }
          else
            {
              g_string_append_c (field, *p);
              p++;
            }
        }
    }

  /* Text after a closing quote is kept, as spreadsheets read it, rather than
   * refusing a file over a stray quote. */
  start = p;
  while (*p != '\0' && *p != separator && !is_line_end (*p))
    p++;
  append_trimmed (field, start, p, separator);

  *pp = p;
  return g_string_free (g_steal_pointer (&field), FALSE);
}

/**
 * koers_csv_parse:
 * @text: UTF-8 text, as koers_csv_decode() returns it
 * @separator: the field separator
 * @error: return location for a #KoersCsvError
 *
 * Returns: (transfer container) (element-type KoersCsvRecord): the records
 *   that have content, in file order, or %NULL on error
 */
GPtrArray *
koers_csv_parse (const char  *text,
                 char         separator,
                 GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  const char *p = text;
  guint line = 1;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (separator != '"' && !is_line_end (separator) && separator != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_csv_record_free);

  while (*p != '\0')
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(KoersCsvRecord) record = g_new0 (KoersCsvRecord, 1);

      record->line = line;

      for (;;)
        {
          char *field = read_field (&p, separator, &line, error);

          if (field == NULL)
            return NULL;
          g_ptr_array_add (fields, field);

          if (*p == separator)
            {
              p++;
              continue;
            }

          if (*p != '\0')
            {
              p = skip_line_end (p);
              line++;
            }
          break;
        }

      record->n_fields = fields->len;
      g_ptr_array_add (fields, NULL);
      record->fields = (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);

      if (!koers_csv_record_is_empty_from (record, 0))
        g_ptr_array_add (records, g_steal_pointer (&record));
    }

  return g_steal_pointer (&records);
}

void
koers_csv_append_record (GString            *out,
                         const char * const *fields,
                         guint               n_fields,
                         char                separator)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i] != NULL ? fields[i] : "";
      char special[] = { separator, '"', '\n', '\r', '\0' };

      if (i > 0)
        g_string_append_c (out, separator);

      if (strpbrk (field, special) == NULL)
        {
          g_string_append (out, field);
          continue;
        }

      g_string_append_c (out, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}
