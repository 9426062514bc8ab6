/* koers-record-export.c: saving everything about a student (right of access)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-output.h"
#include "koers-student-export.h"
#include "koers-student-record-sheet.h"
#include "students/koers-record-export.h"

typedef struct
{
  GtkWindow            *parent;
  KoersStore           *store;
  gint64                student_id;
  gboolean              pdf;
  KoersRecordSavedFunc  saved;
  gpointer              user_data;
  GDestroyNotify        destroy;
} Export;

static void
export_free (gpointer data)
{
  Export *export = data;

  if (export->destroy != NULL)
    export->destroy (export->user_data);
  g_clear_weak_pointer (&export->parent);
  g_object_unref (export->store);
  g_free (export);
}

static gboolean
write_record (Export      *export,
              const char  *path,
              GError     **error)
{
  if (export->pdf)
    {
      g_autoptr(KoersDocument) doc = koers_student_record_sheet_new (export->store, export->student_id, error);

      return doc != NULL && koers_document_write_pdf (doc, path, NULL, error) &&
             koers_store_audit_student (export->store, KOERS_AUDIT_EXPORT, "student-record-pdf",
                                        export->student_id, error);
    }
  else
    {
      g_autofree char *json = koers_store_export_student_json (export->store, export->student_id, error);

      return json != NULL &&
             g_file_set_contents_full (path, json, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
    }
}

static void
chosen_cb (GFile    *file,
           gpointer  user_data)
{
  Export *export = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = koers_output_dup_path (file, &error);

  if (path == NULL || !write_record (export, path, &error))
    {
      koers_output_show_error (export->parent, _("Could Not Save the Record"), error);
      return;
    }
  export->saved (export->pdf ? _("Record saved as PDF. It holds sensitive notes: keep it safe.")
                             : _("Record saved as JSON. It holds sensitive notes: keep it safe."),
                 export->user_data);
}

void
koers_record_export_run (GtkWindow            *parent,
                         KoersStore           *store,
                         KoersStudent         *student,
                         gboolean              pdf,
                         KoersRecordSavedFunc  saved,
                         gpointer              user_data,
                         GDestroyNotify        destroy)
{
  /* Translators: a file name; %s is the student's name */
  g_autofree char *name = g_strdup_printf (_("record %s"), koers_student_get_display_name (student));
  g_autofree char *suggested = g_strconcat (name, pdf ? ".pdf" : ".json", NULL);
  Export *export = g_new0 (Export, 1);

  g_set_weak_pointer (&export->parent, parent);
  export->store = g_object_ref (store);
  export->student_id = koers_student_get_id (student);
  export->pdf = pdf;
  export->saved = saved;
  export->user_data = user_data;
  export->destroy = destroy;
  koers_output_ask_file (parent, _("Save Everything About the Student"), _("_Save"),
                         pdf ? _("PDF documents") : _("JSON files"),
                         pdf ? "application/pdf" : "application/json", pdf ? "pdf" : "json",
                         suggested, chosen_cb, export, export_free);
}
