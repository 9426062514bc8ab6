/* koers-class-list.h: a class list (CSV export of a student administration), parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_IMPORT_ERROR (koers_import_error_quark ())

typedef enum
{
  KOERS_IMPORT_ERROR_EMPTY,          /* no rows */
  KOERS_IMPORT_ERROR_ENCODING,       /* not text in a known encoding */
  KOERS_IMPORT_ERROR_HEADER,         /* a required column is missing */
  KOERS_IMPORT_ERROR_ROW,            /* a row cannot be read; the message names the line */
} KoersImportError;

/* The student fields a class-list column can fill. */
typedef enum
{
  KOERS_FIELD_NONE,
  KOERS_FIELD_STUDENT_NUMBER,
  KOERS_FIELD_FIRST_NAME,
  KOERS_FIELD_TUSSENVOEGSEL,
  KOERS_FIELD_LAST_NAME,
  KOERS_FIELD_GROUP,
  KOERS_FIELD_BIRTH_DATE,
  KOERS_FIELD_EMAIL,
  KOERS_N_FIELDS
} KoersField;

#define KOERS_TYPE_CLASS_LIST (koers_class_list_get_type ())
G_DECLARE_FINAL_TYPE (KoersClassList, koers_class_list, KOERS, CLASS_LIST, GObject)

GQuark          koers_import_error_quark          (void);
/* Translated, for the preview: "Student number", "First name", ... */
const char     *koers_field_get_label             (KoersField field);

KoersClassList *koers_class_list_parse            (GBytes          *contents,
                                                   GError         **error);
KoersClassList *koers_class_list_parse_file       (GFile           *file,
                                                   GCancellable    *cancellable,
                                                   GError         **error);

/* "UTF-8" or "Windows-1252" (or "UTF-16") */
const char     *koers_class_list_get_encoding     (KoersClassList  *self);
/* ';' ',' '\t' or '|' */
char            koers_class_list_get_separator    (KoersClassList  *self);
/* Translated name of the separator: "semicolon", "comma", "tab", "vertical bar" */
const char     *koers_class_list_get_separator_name (KoersClassList *self);
guint           koers_class_list_get_n_columns    (KoersClassList  *self);
const char     *koers_class_list_get_column_header (KoersClassList *self,
                                                   guint            column);
KoersField      koers_class_list_get_column_field (KoersClassList  *self,
                                                   guint            column);
/* The parsed students (KoersStudent, not yet stored), in file order. */
GPtrArray      *koers_class_list_get_students     (KoersClassList  *self);
/* The 1-based line in the file where the row of student @index starts. */
guint           koers_class_list_get_student_line (KoersClassList  *self,
                                                   guint            index);

/* Stores the students in one transaction: new ones are added, known ones (same
 * student number, or same name and birth date when the list has no numbers)
 * are updated. On error nothing is stored. */
gboolean        koers_class_list_import           (KoersClassList  *self,
                                                   KoersStore      *store,
                                                   guint           *n_imported,
                                                   guint           *n_updated,
                                                   GError         **error);

G_END_DECLS
