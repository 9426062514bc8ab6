/* koers-handover-sheet.c: the summary page a new mentor gets with a handover
 *
 * Built from the same briefs as the leerlingbespreking's agenda: what a mentor
 * who takes over needs first is the same as what the care meeting needs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-handover-sheet.h"

#include "koers-care-meeting-sheet.h"
#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

KoersDocument *
koers_handover_sheet_new (GPtrArray  *briefs,
                          const char *from,
                          const char *to,
                          const char *date)
{
  KoersDocument *doc;
  g_autofree char *when = NULL;
  g_autoptr(GString) subtitle = NULL;

  g_return_val_if_fail (briefs != NULL, NULL);

  doc = koers_document_new ();
  when = koers_date_format_long (date);
  subtitle = g_string_new (when);
  koers_document_set_banner (doc, _("Confidential"));
  koers_document_set_pdf_title (doc, _("Handover"));
  koers_document_set_footer (doc, _("Koers · handover"));
  koers_document_add_title (doc, _("Handover"));
  if (koers_str_is_set (from))
    /* Translators: %s is the mentor who hands the students over */
    g_string_append_printf (subtitle, _(" · from %s"), from);
  if (koers_str_is_set (to))
    /* Translators: %s is the mentor who takes the students over */
    g_string_append_printf (subtitle, _(" · to %s"), to);
  koers_document_add_subtitle (doc, subtitle->str);
  koers_document_add_paragraph (doc, _("Where each student stands: what goes well, the goals they work on, "
                                       "recent signals and what is still open. The full timelines are in "
                                       "the package."));

  for (guint i = 0; i < briefs->len; i++)
    {
      KoersCareBrief *brief = g_ptr_array_index (briefs, i);
      const char *group = koers_student_get_group (brief->student);
      g_autofree char *heading = group != NULL
        ? g_strdup_printf ("%s (%s)", koers_student_get_display_name (brief->student), group)
        : g_strdup (koers_student_get_display_name (brief->student));

      koers_document_add_heading (doc, heading);
      koers_care_brief_add_to_document (doc, brief, FALSE);
    }
  if (briefs->len == 0)
    koers_document_add_note (doc, _("No students."));
  return doc;
}

gboolean
koers_handover_sheet_write_pdf (KoersStore  *store,
                                GArray      *student_ids,
                                const char  *from,
                                const char  *to,
                                const char  *path,
                                GError     **error)
{
  g_autoptr(GPtrArray) briefs = NULL;
  g_autoptr(KoersDocument) doc = NULL;
  g_autofree char *today = koers_date_iso_days_ago (0);

  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);
  g_return_val_if_fail (student_ids != NULL, FALSE);

  briefs = koers_store_get_student_briefs (store, student_ids, today, error);
  if (briefs == NULL)
    return FALSE;
  doc = koers_handover_sheet_new (briefs, from, to, today);
  return koers_document_write_pdf (doc, path, NULL, error) &&
         koers_store_audit (store, KOERS_AUDIT_EXPORT, "handover-summary", student_ids, error);
}
