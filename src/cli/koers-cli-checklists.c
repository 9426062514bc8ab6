/* koers-cli-checklists.c: templates, checklists, checklist and checklist-sheet
 *
 * The lists are tab-separated with ids, for scripts; `checklist` is for reading:
 * every signal with its answer and note under its group, then what changed in
 * words and the next step. No command adds answers up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-cli-checklists.h"

#include "koers-checklist-sheet.h"
#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

static gboolean
parse_id (const char  *text,
          const char  *what,
          gint64      *out,
          GError     **error)
{
  guint64 id = 0;

  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL))
    {
      *out = (gint64) id;
      return TRUE;
    }

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: %1$s is what the user typed, %2$s a hint where ids are listed */
               _("“%1$s” is not an id. %2$s"), text, what);
  return FALSE;
}

static const char *
checklists_hint (void)
{
  /* Translators: “koers-cli checklists STUDENT” is a command, keep it as is */
  return _("“koers-cli checklists STUDENT” lists a student’s checklists with their ids.");
}

static const char *
templates_hint (void)
{
  /* Translators: “koers-cli templates” is a command, keep it as is */
  return _("“koers-cli templates” lists the checklist templates with their ids.");
}

/* The store says "no longer in the notebook", right for a window that showed it a
 * moment ago; on the command line the id was typed, so say that, and where to
 * find the right one. */
static void
retell_not_found (GError     **error,
                  gboolean     template,
                  gint64       id)
{
  g_autofree char *id_text = NULL;

  if (error == NULL || !g_error_matches (*error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND))
    return;

  /* Formatted apart: xgettext cannot see past a G_GINT64_FORMAT in the message. */
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_clear_error (error);
  if (template)
    g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                 /* Translators: %1$s is a number, %2$s a hint where the ids are */
                 _("There is no checklist template with id %1$s. %2$s"), id_text, templates_hint ());
  else
    g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                 /* Translators: %1$s is a number, %2$s a hint where the ids are */
                 _("There is no checklist with id %1$s. %2$s"), id_text, checklists_hint ());
}

int
koers_cli_command_templates (KoersCliOptions *options,
                             int              argc,
                             char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) templates = NULL;

  if (!koers_cli_parse_command_options ("templates", NULL, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  templates = koers_store_list_templates (store, &error);
  if (templates == NULL)
    return koers_cli_fail (error);

  for (guint i = 0; i < templates->len; i++)
    {
      KoersChecklistTemplate *template = g_ptr_array_index (templates, i);
      guint n_items = koers_checklist_template_get_items (template)->len;
      guint n_groups = koers_checklist_template_get_groups (template)->len;
      g_autofree char *items = g_strdup_printf (ngettext ("%u signal", "%u signals", n_items), n_items);
      g_autofree char *groups = g_strdup_printf (ngettext ("%u group", "%u groups", n_groups), n_groups);
      g_autofree char *name = koers_cli_one_line (koers_checklist_template_get_name (template));

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s%s\n",
               koers_checklist_template_get_id (template), name, items, groups,
               koers_checklist_template_get_source (template),
               /* Translators: after a template's source: written for Koers, not a published card */
               koers_checklist_template_get_own (template) ? _(" (own)") : "");
    }

  return EXIT_OK;
}

int
koers_cli_command_checklists (KoersCliOptions *options,
                              int              argc,
                              char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(GPtrArray) checklists = NULL;

  if (!koers_cli_parse_command_options ("checklists", NULL, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  student = koers_store_find_student (store, argv[1], &error);
  if (student == NULL)
    return koers_cli_fail (error);
  checklists = koers_store_list_checklists (store, koers_student_get_id (student), &error);
  if (checklists == NULL)
    return koers_cli_fail (error);

  for (guint i = 0; i < checklists->len; i++)
    {
      KoersChecklist *checklist = g_ptr_array_index (checklists, i);
      g_autofree char *name = koers_cli_one_line (koers_checklist_get_template_name (checklist));
      g_autofree char *observer = koers_cli_one_line (koers_checklist_get_observer (checklist));

      /* The status as an id, not translated: scripts read it. */
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n",
               koers_checklist_get_id (checklist),
               koers_checklist_get_date (checklist),
               name, observer,
               koers_checklist_status_to_id (koers_checklist_get_status (checklist)));
    }

  return EXIT_OK;
}

static void
print_field (const char *label,
             const char *value)
{
  if (koers_str_is_set (value))
    g_print ("%s: %s\n", label, value);
}

static void
print_signals (KoersStore     *store,
               KoersChecklist *checklist)
{
  GPtrArray *groups = koers_checklist_get_groups (checklist);
  GPtrArray *rows = koers_checklist_get_rows (checklist);

  for (guint g = 0; g < groups->len; g++)
    {
      KoersChecklistGroup *group = g_ptr_array_index (groups, g);

      if (group->quiet)
        /* Translators: a group of signals; quiet signals are easily missed */
        g_print (_("\n%s (quiet signals)\n"), koers_checklist_group_get_name (group));
      else
        g_print ("\n%s\n", koers_checklist_group_get_name (group));

      for (guint i = 0; i < rows->len; i++)
        {
          KoersSignalAnswerRow *row = g_ptr_array_index (rows, i);

          if (row->item->group != g)
            continue;
          g_print ("  %-12s  %s\n", koers_signal_answer_get_label (row->answer),
                   koers_checklist_item_get_label (row->item));
          if (koers_str_is_set (row->note))
            {
              g_autofree char *note = koers_cli_one_line (row->note);

              g_print ("                %s\n", note);
            }
          for (guint j = 0; j < row->entry_ids->len; j++)
            {
              g_autoptr(KoersEntry) entry = koers_store_get_entry (store, g_array_index (row->entry_ids, gint64, j), NULL);
              g_autofree char *entry_id = NULL;

              if (entry == NULL)
                continue;
              /* Formatted apart: xgettext cannot see past a G_GINT64_FORMAT in the message. */
              entry_id = g_strdup_printf ("%" G_GINT64_FORMAT, koers_entry_get_id (entry));
              /* Translators: under a signal; %1$s is a date, %2$s a timeline entry's id */
              g_print (_("                Example: the note of %1$s (entry %2$s)\n"),
                       koers_entry_get_date (entry), entry_id);
            }
        }
    }
}

int
koers_cli_command_checklist (KoersCliOptions *options,
                             int              argc,
                             char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersChecklist) checklist = NULL;
  g_autoptr(KoersChecklist) previous = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autofree char *summary = NULL;
  gint64 id = 0;

  if (!koers_cli_parse_command_options ("checklist", NULL, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);
  if (!parse_id (argv[1], checklists_hint (), &id, &error))
    return koers_cli_fail (error);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  checklist = koers_store_get_checklist (store, id, &error);
  if (checklist == NULL)
    {
      retell_not_found (&error, FALSE, id);
      return koers_cli_fail (error);
    }
  student = koers_store_get_student (store, koers_checklist_get_student_id (checklist), &error);
  if (student == NULL)
    return koers_cli_fail (error);
  previous = koers_store_get_previous_checklist (store, checklist, &error);
  if (error != NULL)
    return koers_cli_fail (error);

  g_print ("%s\n", koers_checklist_get_template_name (checklist));
  print_field (_("Student"), koers_student_get_display_name (student));
  print_field (_("Date"), koers_checklist_get_date (checklist));
  print_field (_("Filled in by"), koers_checklist_get_observer (checklist));
  print_field (_("Status"), koers_checklist_status_get_label (koers_checklist_get_status (checklist)));

  print_signals (store, checklist);

  summary = koers_checklist_dup_change_summary (checklist, previous);
  if (previous != NULL)
    /* Translators: %s is the date of the previous checklist */
    g_print (_("\nWhat changed since %s\n"), koers_checklist_get_date (previous));
  else
    g_print ("\n%s\n", _("What was seen"));
  g_print ("%s\n\n", summary);

  print_field (_("Can you talk about this with the student?"), koers_checklist_get_discussable (checklist));
  print_field (_("Whom does the student trust? Whom do we trust to do this?"), koers_checklist_get_trusted (checklist));
  print_field (_("Who else can help?"), koers_checklist_get_helpers (checklist));
  if (koers_str_is_set (koers_checklist_get_next_step (checklist)))
    /* Translators: the next step; %1$s what, %2$s who, %3$s by when */
    g_print (_("Next step: %1$s (who: %2$s, by: %3$s)\n"),
             koers_checklist_get_next_step (checklist),
             koers_checklist_get_next_step_owner (checklist) ?: "",
             koers_checklist_get_next_step_due (checklist) ?: "");
  else
    g_print ("%s\n", _("Next step: not written down yet."));

  return EXIT_OK;
}

int
koers_cli_command_checklist_sheet (KoersCliOptions *options,
                                   int              argc,
                                   char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersChecklistSheet) sheet = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autofree char *output = NULL;
  g_autofree char *template_text = NULL;
  g_autofree char *student_text = NULL;
  gboolean blank = FALSE;
  gint64 id = 0;
  gint64 student_id = 0;
  guint n_pages = 0;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), N_("FILE.pdf") },
    { "blank", 0, 0, G_OPTION_ARG_NONE, &blank, N_("A blank sheet of a template, to fill in on paper"), NULL },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_text, N_("The template of the blank sheet"), N_("ID") },
    { "student", 0, 0, G_OPTION_ARG_STRING, &student_text, N_("Put this student's name on the blank sheet"), N_("STUDENT") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("checklist-sheet", entries, &argc, &argv, KOERS_CLI_ANY_NUMBER, &error))
    return koers_cli_usage_error (error->message);
  if (output == NULL)
    return koers_cli_usage_error (_("Say where to write the PDF with -o FILE.pdf."));
  if (blank)
    {
      if (argc > 1)
        return koers_cli_usage_error (_("A blank sheet takes no checklist id; name the template with --template ID."));
      if (template_text == NULL)
        return koers_cli_usage_error (_("Name the template of the blank sheet with --template ID."));
      if (!parse_id (template_text, templates_hint (), &id, &error))
        return koers_cli_fail (error);
    }
  else
    {
      if (argc != 2)
        return koers_cli_usage_error (_("Name one checklist by its id, or use --blank --template ID."));
      if (template_text != NULL || student_text != NULL)
        return koers_cli_usage_error (_("--template and --student are for a blank sheet (--blank)."));
      if (!parse_id (argv[1], checklists_hint (), &id, &error))
        return koers_cli_fail (error);
    }

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  if (blank)
    {
      if (student_text != NULL)
        {
          student = koers_store_find_student (store, student_text, &error);
          if (student == NULL)
            return koers_cli_fail (error);
        }
      /* Listing the templates first copies the shipped ones in, so their ids exist. */
      {
        g_autoptr(GPtrArray) templates = koers_store_list_templates (store, &error);

        if (templates == NULL)
          return koers_cli_fail (error);
      }
      student_id = student != NULL ? koers_student_get_id (student) : 0;
      sheet = koers_checklist_sheet_new_blank (store, id, student_id, &error);
      if (sheet == NULL)
        retell_not_found (&error, TRUE, id);
    }
  else
    {
      g_autoptr(KoersChecklist) checklist = koers_store_get_checklist (store, id, NULL);

      if (checklist != NULL)
        student_id = koers_checklist_get_student_id (checklist);
      sheet = koers_checklist_sheet_new_filled (store, id, &error);
      if (sheet == NULL)
        retell_not_found (&error, FALSE, id);
    }

  if (sheet == NULL || !koers_checklist_sheet_write_pdf (sheet, output, &n_pages, &error))
    return koers_cli_fail (error);
  /* A blank sheet without a name holds nothing about a student. */
  if (student_id != 0 &&
      !koers_store_audit_student (store, KOERS_AUDIT_EXPORT, "checklist-pdf", student_id, &error))
    return koers_cli_fail (error);

  g_print (ngettext ("%u page\n", "%u pages\n", n_pages), n_pages);
  return EXIT_OK;
}
