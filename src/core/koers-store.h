/* koers-store.h: the encrypted notebook (one SQLCipher file)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-student.h"

G_BEGIN_DECLS

#define KOERS_STORE_ERROR (koers_store_error_quark ())

typedef enum
{
  KOERS_STORE_ERROR_WRONG_PASSPHRASE,
  KOERS_STORE_ERROR_NOT_A_NOTEBOOK,
  KOERS_STORE_ERROR_DAMAGED,
  KOERS_STORE_ERROR_TOO_NEW,
  KOERS_STORE_ERROR_EXISTS,
  KOERS_STORE_ERROR_NOT_FOUND,
  KOERS_STORE_ERROR_CONSTRAINT,
  KOERS_STORE_ERROR_INVALID,
  KOERS_STORE_ERROR_FAILED,
} KoersStoreError;

#define KOERS_TYPE_STORE (koers_store_get_type ())
G_DECLARE_FINAL_TYPE (KoersStore, koers_store, KOERS, STORE, GObject)

GQuark      koers_store_error_quark        (void);

char       *koers_store_default_path       (void);

KoersStore *koers_store_create             (const char  *path,
                                            const char  *passphrase,
                                            GError     **error);
KoersStore *koers_store_open               (const char  *path,
                                            const char  *passphrase,
                                            GError     **error);
void        koers_store_close              (KoersStore  *self);
gboolean    koers_store_is_open            (KoersStore  *self);
const char *koers_store_get_path           (KoersStore  *self);
int         koers_store_get_schema_version (KoersStore  *self);
int         koers_store_get_latest_schema_version (void);

/* Meta data of the notebook (its own UUID, the user's name, ...). */
char       *koers_store_dup_meta           (KoersStore  *self,
                                            const char  *key,
                                            GError     **error);
gboolean    koers_store_set_meta           (KoersStore  *self,
                                            const char  *key,
                                            const char  *value,
                                            GError     **error);

/* Students and groups (koers-store-students.c) */

typedef struct
{
  const char *group;             /* NULL: every group */
  const char *search;            /* NULL: no search; matches name, number, group */
  gboolean    include_archived;  /* FALSE: only students who are not archived */
  gboolean    only_archived;
} KoersStudentQuery;

GPtrArray    *koers_store_list_students       (KoersStore              *self,
                                               const KoersStudentQuery *query,
                                               GError                 **error);
KoersStudent *koers_store_get_student         (KoersStore              *self,
                                               gint64                   id,
                                               GError                 **error);
gboolean      koers_store_save_student        (KoersStore              *self,
                                               KoersStudent            *student,
                                               GError                 **error);
gboolean      koers_store_set_student_archived (KoersStore             *self,
                                               KoersStudent            *student,
                                               gboolean                 archived,
                                               GError                 **error);
char        **koers_store_list_groups         (KoersStore              *self,
                                               GError                 **error);
guint         koers_store_count_students      (KoersStore              *self,
                                               GError                 **error);
gboolean      koers_store_import_students     (KoersStore              *self,
                                               GPtrArray               *students,
                                               guint                   *n_imported,
                                               guint                   *n_updated,
                                               GError                 **error);

G_END_DECLS
