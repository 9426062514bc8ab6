/* koers-overview-sheet.c: the zorgcoördinator overview on paper
 *
 * For the leerlingbespreking's table or a mentor's pigeonhole: one bullet per row,
 * the student and the reason first, the date and who acts in the small line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-overview-sheet.h"

#include "koers-date.h"
#include "koers-i18n.h"

static char *
dup_detail (KoersOverviewItem *item)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  KoersStudent *student = koers_overview_item_get_student (item);
  const char *date = koers_overview_item_get_date (item);
  const char *owner = koers_overview_item_get_owner (item);

  if (koers_student_get_mentor (student) != NULL)
    /* Translators: %s is the student's mentor */
    g_ptr_array_add (parts, g_strdup_printf (_("mentor %s"), koers_student_get_mentor (student)));
  if (date != NULL)
    g_ptr_array_add (parts, koers_date_format_long (date));
  if (koers_overview_item_get_overdue (item))
    g_ptr_array_add (parts, g_strdup (_("overdue")));
  if (owner != NULL)
    /* Translators: %s is who is to act: "mentor", "zorgcoördinator", a name */
    g_ptr_array_add (parts, g_strdup_printf (_("by %s"), owner));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

KoersDocument *
koers_overview_sheet_new (GPtrArray                *items,
                          const KoersOverviewQuery *query,
                          const char               *today)
{
  KoersDocument *doc = koers_document_new ();
  g_autofree char *today_text = koers_date_format_long (today);
  GString *subtitle = g_string_new (today_text);

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  koers_document_set_banner (doc, _("Confidential"));
  koers_document_set_pdf_title (doc, _("Overview"));
  koers_document_set_footer (doc, _("Koers · overview"));
  koers_document_add_title (doc, _("What Needs Attention"));

  if (query->group != NULL)
    /* Translators: %s is a class or group, "2A" */
    g_string_append_printf (subtitle, " · %s", query->group);
  if (query->mentor != NULL)
    /* Translators: %s is a mentor's name */
    g_string_append_printf (subtitle, _(" · mentor %s"), query->mentor);
  koers_document_add_subtitle (doc, subtitle->str);
  g_string_free (subtitle, TRUE);

  for (KoersOverviewSection section = 0; section < KOERS_N_OVERVIEW_SECTIONS; section++)
    {
      g_autoptr(GPtrArray) rows = koers_overview_items_in_section (items, section);

      koers_document_add_heading (doc, koers_overview_section_get_title (section));
      for (guint i = 0; i < rows->len; i++)
        {
          KoersOverviewItem *item = g_ptr_array_index (rows, i);
          KoersStudent *student = koers_overview_item_get_student (item);
          g_autofree char *text = NULL;
          g_autofree char *detail = dup_detail (item);

          if (koers_student_get_group (student) != NULL)
            text = g_strdup_printf ("%s (%s): %s", koers_student_get_display_name (student),
                                    koers_student_get_group (student),
                                    koers_overview_item_get_reason (item));
          else
            text = g_strdup_printf ("%s: %s", koers_student_get_display_name (student),
                                    koers_overview_item_get_reason (item));
          koers_document_add_bullet (doc, text, detail);
        }

      if (rows->len == 0)
        koers_document_add_note (doc, _("Nothing here."));
    }

  return doc;
}
