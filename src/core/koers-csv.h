/* koers-csv.h: decoding and tokenizing the CSV files spreadsheets write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KOERS_CSV_ERROR (koers_csv_error_quark ())

typedef enum
{
  KOERS_CSV_ERROR_NOT_TEXT,            /* NUL bytes: a spreadsheet or other binary file */
  KOERS_CSV_ERROR_ENCODING,            /* neither UTF-8, UTF-16 with BOM nor Windows-1252 */
  KOERS_CSV_ERROR_UNTERMINATED_QUOTE,  /* the message names the line the quote opened on */
} KoersCsvError;

/* One record (row) of a CSV file. */
typedef struct
{
  guint   line;      /* 1-based physical line the record starts on */
  guint   n_fields;
  char  **fields;    /* UTF-8, NULL-terminated, never NULL itself */
} KoersCsvRecord;

GQuark          koers_csv_error_quark       (void);

/* Converts @contents to UTF-8 without BOM. @encoding is set to a static
 * "UTF-8", "UTF-16" or "Windows-1252". */
char           *koers_csv_decode            (GBytes          *contents,
                                             const char     **encoding,
                                             GError         **error);

/* Counts ';' ',' '\t' and '|' outside quotes on the first line that is not
 * blank and returns the most frequent; ties go to that order, and a line
 * without any of them gives ';'. */
char            koers_csv_detect_separator  (const char      *text);

/* Splits UTF-8 @text into records (KoersCsvRecord). Takes CRLF, LF and CR line
 * ends, quoted fields with "" escapes, separators and line breaks (returned as
 * "\n"), and trims spaces and tabs around unquoted fields and outside quotes.
 * Records whose fields are all empty (blank lines, ";;;;" rows) are left out. */
GPtrArray      *koers_csv_parse             (const char      *text,
                                             char             separator,
                                             GError         **error);

void            koers_csv_record_free       (KoersCsvRecord  *record);

/* TRUE when every field of @record from @first on is empty. */
gboolean        koers_csv_record_is_empty_from (const KoersCsvRecord *record,
                                                guint                 first);

/* Appends one record to @out: fields quoted when they hold the separator, a quote or
 * a line break, ended with CRLF (what spreadsheets on Windows expect). NULL fields
 * are empty. */
void            koers_csv_append_record     (GString            *out,
                                             const char * const *fields,
                                             guint               n_fields,
                                             char                separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersCsvRecord, koers_csv_record_free)

G_END_DECLS
