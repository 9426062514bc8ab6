/* koers-checklist-sheet.c: a signal checklist on paper
 *
 * Both sheets list every signal under its group, in the card's order, each with
 * the same three boxes: on the blank sheet all empty, on the filled one the answer
 * ticked. Nothing is added up anywhere. The reflection questions close both: on
 * paper with lines to write on, filled in with what was written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-checklist-sheet.h"

#include "koers-date.h"
#include "koers-document.h"
#include "koers-i18n.h"
#include "koers-string.h"

#define NOTE_LINES       1
#define REFLECTION_LINES 3

struct _KoersChecklistSheet
{
  KoersDocument *doc;
};

/* "☐ Not seen   ☒ Seen   ☐ Seen often": three boxes, one of them ticked when
 * @answer is not negative. Text glyphs, so the words stay findable in the PDF. */
static char *
dup_boxes (int answer)
{
  GString *out = g_string_new (NULL);

  for (int i = 0; i < KOERS_N_SIGNAL_ANSWERS; i++)
    g_string_append_printf (out, "%s%s %s", i > 0 ? "     " : "",
                            i == answer ? "☒" : "☐",
                            koers_signal_answer_get_label (i));
  return g_string_free (out, FALSE);
}

static char *
dup_student_line (KoersStudent *student)
{
  const char *name;

  if (student == NULL)
    return NULL;
  name = koers_student_get_display_name (student);
  if (koers_str_is_set (koers_student_get_group (student)))
    return g_strdup_printf ("%s · %s", name, koers_student_get_group (student));
  return g_strdup (name);
}

/* A group's heading; quiet groups say they are quiet, in the same type. */
static char *
dup_group_heading (const KoersChecklistGroup *group)
{
  if (group->quiet)
    /* Translators: a group of signals on paper; quiet signals are easily missed */
    return g_strdup_printf (_("%s (quiet signals: easily missed)"), koers_checklist_group_get_name (group));
  return g_strdup (koers_checklist_group_get_name (group));
}

static const char * const reflection_questions[] = {
  N_("Can you talk about this with the student?"),
  N_("Whom does the student trust? Whom do we trust to do this?"),
  N_("Who else can help?"),
};

static void
add_tips (KoersDocument *doc,
          GPtrArray     *tips)
{
  if (tips == NULL || tips->len == 0)
    return;

  koers_document_add_heading (doc, _("Tips from the card"));
  for (guint i = 0; i < tips->len; i++)
    {
      KoersChecklistGroup *tip = g_ptr_array_index (tips, i);

      koers_document_add_bullet (doc, koers_checklist_text (tip->builtin, tip->custom), NULL);
    }
}

static void
build_blank (KoersDocument          *doc,
             KoersChecklistTemplate *template,
             KoersStudent           *student)
{
  g_autofree char *student_line = dup_student_line (student);
  g_autofree char *boxes = dup_boxes (-1);
  GPtrArray *groups = koers_checklist_template_get_groups (template);
  GPtrArray *items = koers_checklist_template_get_items (template);

  koers_document_set_pdf_title (doc, _("Signal checklist"));
  koers_document_set_footer (doc, koers_checklist_template_get_name (template));

  koers_document_add_title (doc, koers_checklist_template_get_name (template));
  if (student_line != NULL)
    koers_document_add_subtitle (doc, student_line);
  else
    koers_document_add_field (doc, _("Student and class"), NULL);
  koers_document_add_field (doc, _("Date"), NULL);
  koers_document_add_field (doc, _("Filled in by"), NULL);
  koers_document_add_note (doc, _("A reflection to notice signals early and talk about them, not a score. "
                                  "Tick what you saw, and write down an example."));

  for (guint g = 0; g < groups->len; g++)
    {
      g_autofree char *heading = dup_group_heading (g_ptr_array_index (groups, g));

      koers_document_add_heading (doc, heading);
      for (guint i = 0; i < items->len; i++)
        {
          KoersChecklistItem *item = g_ptr_array_index (items, i);

          if (item->group == g)
            koers_document_add_bullet (doc, koers_checklist_item_get_label (item), boxes);
        }
    }

  add_tips (doc, koers_checklist_template_get_tips (template));

  koers_document_add_heading (doc, _("Reflection"));
  for (guint i = 0; i < G_N_ELEMENTS (reflection_questions); i++)
    {
      koers_document_add_subheading (doc, _(reflection_questions[i]));
      koers_document_add_lines (doc, REFLECTION_LINES);
    }
  koers_document_add_subheading (doc, _("Next step: what, who, by when"));
  koers_document_add_lines (doc, REFLECTION_LINES);
}

static char *
dup_row_detail (KoersSignalAnswerRow *row,
                GHashTable           *entry_dates)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GString) dates = g_string_new (NULL);
  g_autofree char *boxes = dup_boxes (row->answer);

  g_string_append (out, boxes);
  if (koers_str_is_set (row->note))
    g_string_append_printf (out, "\n%s", row->note);
  for (guint i = 0; i < row->entry_ids->len; i++)
    {
      gint64 id = g_array_index (row->entry_ids, gint64, i);
      const char *date = g_hash_table_lookup (entry_dates, &id);

      if (date == NULL)
        continue;
      if (dates->len > 0)
        g_string_append (dates, ", ");
      g_string_append (dates, date);
    }
  if (dates->len > 0)
    /* Translators: under a signal on paper; %s are the dates of timeline notes given as examples */
    g_string_append_printf (out, _("\nExamples: the notes of %s"), dates->str);
  return g_string_free (out, FALSE);
}

static void
add_answer (KoersDocument *doc,
            const char    *question,
            const char    *answer)
{
  koers_document_add_subheading (doc, question);
  if (koers_str_is_set (answer))
    koers_document_add_paragraph (doc, answer);
  else
    koers_document_add_note (doc, _("Not written down."));
}

static void
build_filled (KoersDocument  *doc,
              KoersChecklist *checklist,
              KoersChecklist *previous,
              KoersStudent   *student,
              GPtrArray      *tips,
              GHashTable     *entry_dates)
{
  g_autofree char *student_line = dup_student_line (student);
  g_autofree char *date = koers_date_format_long (koers_checklist_get_date (checklist));
  g_autofree char *summary = koers_checklist_dup_change_summary (checklist, previous);
  g_autofree char *footer = NULL;
  GPtrArray *groups = koers_checklist_get_groups (checklist);
  GPtrArray *rows = koers_checklist_get_rows (checklist);

  /* About a child's wellbeing, whatever was ticked. */
  koers_document_set_banner (doc, _("Confidential"));
  koers_document_set_pdf_title (doc, _("Signal checklist"));
  if (student_line != NULL)
    footer = g_strdup_printf ("%s · %s", koers_checklist_get_template_name (checklist), student_line);
  koers_document_set_footer (doc, footer != NULL ? footer : koers_checklist_get_template_name (checklist));

  koers_document_add_title (doc, koers_checklist_get_template_name (checklist));
  koers_document_add_subtitle (doc, student_line);
  koers_document_add_field (doc, _("Date"), date);
  koers_document_add_field (doc, _("Filled in by"), koers_checklist_get_observer (checklist));
  koers_document_add_field (doc, _("Status"), koers_checklist_status_get_label (koers_checklist_get_status (checklist)));

  for (guint g = 0; g < groups->len; g++)
    {
      g_autofree char *heading = dup_group_heading (g_ptr_array_index (groups, g));

      koers_document_add_heading (doc, heading);
      for (guint i = 0; i < rows->len; i++)
        {
          KoersSignalAnswerRow *row = g_ptr_array_index (rows, i);
          g_autofree char *detail = NULL;

          if (row->item->group != g)
            continue;
          detail = dup_row_detail (row, entry_dates);
          koers_document_add_bullet (doc, koers_checklist_item_get_label (row->item), detail);
        }
    }

  if (previous != NULL)
    {
      g_autofree char *then = koers_date_format_long (koers_checklist_get_date (previous));
      /* Translators: a heading; %s is the date of the previous checklist */
      g_autofree char *heading = g_strdup_printf (_("What changed since %s"), then);

      koers_document_add_heading (doc, heading);
    }
  else
    koers_document_add_heading (doc, _("What was seen"));
  koers_document_add_paragraph (doc, summary);

  add_tips (doc, tips);

  koers_document_add_heading (doc, _("Reflection"));
  add_answer (doc, _(reflection_questions[0]), koers_checklist_get_discussable (checklist));
  add_answer (doc, _(reflection_questions[1]), koers_checklist_get_trusted (checklist));
  add_answer (doc, _(reflection_questions[2]), koers_checklist_get_helpers (checklist));

  koers_document_add_heading (doc, _("Next step"));
  if (koers_str_is_set (koers_checklist_get_next_step (checklist)))
    {
      g_autofree char *due = koers_date_format_long (koers_checklist_get_next_step_due (checklist));

      koers_document_add_paragraph (doc, koers_checklist_get_next_step (checklist));
      koers_document_add_field (doc, _("Who"), koers_checklist_get_next_step_owner (checklist));
      koers_document_add_field (doc, _("By"), due);
    }
  else
    {
      koers_document_add_note (doc, _("What, who, by when:"));
      koers_document_add_lines (doc, REFLECTION_LINES);
    }
}

static KoersChecklistSheet *
sheet_new (void)
{
  KoersChecklistSheet *sheet = g_new0 (KoersChecklistSheet, 1);

  sheet->doc = koers_document_new ();
  return sheet;
}

/* The dates of the entries linked as examples; deleted ones are simply gone. */
static GHashTable *
load_entry_dates (KoersStore      *store,
                  KoersChecklist  *checklist,
                  GError         **error)
{
  g_autoptr(GHashTable) dates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  GPtrArray *rows = koers_checklist_get_rows (checklist);

  for (guint i = 0; i < rows->len; i++)
    {
      GArray *ids = ((KoersSignalAnswerRow *) g_ptr_array_index (rows, i))->entry_ids;

      for (guint j = 0; j < ids->len; j++)
        {
          g_autoptr(GError) local_error = NULL;
          g_autoptr(KoersEntry) entry = koers_store_get_entry (store, g_array_index (ids, gint64, j), &local_error);

          if (entry == NULL)
            {
              if (g_error_matches (local_error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND))
                continue;
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          g_hash_table_insert (dates, g_memdup2 (&g_array_index (ids, gint64, j), sizeof (gint64)),
                               koers_date_format_dutch (koers_entry_get_date (entry)));
        }
    }
  return g_steal_pointer (&dates);
}

KoersChecklistSheet *
koers_checklist_sheet_new_filled (KoersStore  *store,
                                  gint64       checklist_id,
                                  GError     **error)
{
  g_autoptr(KoersChecklist) checklist = NULL;
  g_autoptr(KoersChecklist) previous = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(KoersChecklistTemplate) template = NULL;
  g_autoptr(GHashTable) entry_dates = NULL;
  g_autoptr(GError) local_error = NULL;
  KoersChecklistSheet *sheet;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  checklist = koers_store_get_checklist (store, checklist_id, error);
  if (checklist == NULL)
    return NULL;
  student = koers_store_get_student (store, koers_checklist_get_student_id (checklist), error);
  if (student == NULL)
    return NULL;
  previous = koers_store_get_previous_checklist (store, checklist, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  /* The tips come from the template while it exists; a deleted one had its say. */
  if (koers_checklist_get_template_id (checklist) != 0)
    template = koers_store_get_template (store, koers_checklist_get_template_id (checklist), NULL);
  entry_dates = load_entry_dates (store, checklist, error);
  if (entry_dates == NULL)
    return NULL;

  sheet = sheet_new ();
  build_filled (sheet->doc, checklist, previous, student,
                template != NULL ? koers_checklist_template_get_tips (template) : NULL, entry_dates);
  return sheet;
}

KoersChecklistSheet *
koers_checklist_sheet_new_blank (KoersStore  *store,
                                 gint64       template_id,
                                 gint64       student_id,
                                 GError     **error)
{
  g_autoptr(KoersChecklistTemplate) template = NULL;
  g_autoptr(KoersStudent) student = NULL;
  KoersChecklistSheet *sheet;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  template = koers_store_get_template (store, template_id, error);
  if (template == NULL)
    return NULL;
  if (student_id != 0)
    {
      student = koers_store_get_student (store, student_id, error);
      if (student == NULL)
        return NULL;
    }

  sheet = sheet_new ();
  build_blank (sheet->doc, template, student);
  return sheet;
}

void
koers_checklist_sheet_free (KoersChecklistSheet *sheet)
{
  if (sheet == NULL)
    return;

  koers_document_free (sheet->doc);
  g_free (sheet);
}

guint
koers_checklist_sheet_paginate (KoersChecklistSheet *sheet,
                                cairo_t             *cr,
                                double               width,
                                double               height)
{
  g_return_val_if_fail (sheet != NULL, 1);

  return koers_document_paginate (sheet->doc, cr, width, height);
}

void
koers_checklist_sheet_render_page (KoersChecklistSheet *sheet,
                                   cairo_t             *cr,
                                   guint                page)
{
  g_return_if_fail (sheet != NULL);

  koers_document_render_page (sheet->doc, cr, page);
}

gboolean
koers_checklist_sheet_write_pdf (KoersChecklistSheet  *sheet,
                                 const char           *path,
                                 guint                *n_pages,
                                 GError              **error)
{
  g_return_val_if_fail (sheet != NULL, FALSE);

  return koers_document_write_pdf (sheet->doc, path, n_pages, error);
}
