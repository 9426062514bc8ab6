/* koers-cli-goals.c: add-goal, goals and goal-cards
 *
 * goals prints one goal a line, tab-separated, with ids instead of translated
 * words so scripts can rely on it; goal-cards prints the number of cards first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-cli-goals.h"

#include "koers-date.h"
#include "koers-goal-card.h"
#include "koers-i18n.h"
#include "koers-string.h"

static gboolean
set_bad_value (GError     **error,
               const char  *format,
               ...) G_GNUC_PRINTF (2, 3);

static gboolean
set_bad_value (GError     **error,
               const char  *format,
               ...)
{
  va_list ap;

  va_start (ap, format);
  g_propagate_error (error, g_error_new_valist (G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, format, ap));
  va_end (ap);
  return FALSE;
}

/* Also dd-mm-yyyy: how Dutch users write dates. */
static gboolean
parse_date (const char  *option,
            const char  *text,
            char       **out,
            GError     **error)
{
  *out = koers_date_parse_to_iso (text);
  if (*out != NULL)
    return TRUE;

  /* Translators: the first %s is an option such as --start */
  return set_bad_value (error, _("%s: “%s” is not a date. Write it as yyyy-mm-dd or dd-mm-yyyy."),
                        option, text);
}

/* Strips every line; blank ones are left out. */
static GStrv
clean_lines (char **lines)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (*line != '\0')
        g_strv_builder_add (builder, line);
    }
  return g_strv_builder_end (builder);
}

typedef struct
{
  char *title;
  char **steps;
  char **adults;
  char *start;
  char *evaluate;
  char *involved;
  gboolean concept;
} AddGoalArgs;

static void
add_goal_args_clear (AddGoalArgs *a)
{
  g_free (a->title);
  g_strfreev (a->steps);
  g_strfreev (a->adults);
  g_free (a->start);
  g_free (a->evaluate);
  g_free (a->involved);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AddGoalArgs, add_goal_args_clear)

static char *
add_weeks (const char *iso,
           guint       weeks)
{
  GDate date;

  koers_date_from_iso (iso, &date);
  g_date_add_days (&date, 7 * weeks);
  return koers_date_to_iso (&date);
}

/* Everything that can be checked without the notebook, so a mistake fails before
 * the passphrase is asked for and nothing is saved. */
static KoersGoal *
goal_from_args (AddGoalArgs  *a,
                GError      **error)
{
  g_autoptr(KoersGoal) goal = NULL;
  g_auto(GStrv) steps = clean_lines (a->steps);
  g_auto(GStrv) adults = clean_lines (a->adults);
  g_autofree char *title = g_strstrip (g_strdup (a->title != NULL ? a->title : ""));
  g_autofree char *start = NULL;
  g_autofree char *evaluate = NULL;
  guint n_steps = g_strv_length (steps);

  if (*title == '\0')
    {
      set_bad_value (error, _("Give the goal a title in the student’s words with --title."));
      return NULL;
    }
  if (n_steps == 0)
    {
      set_bad_value (error, _("Give at least one step with --step, for example --step \"Ik hang mijn jas aan de kapstok\"."));
      return NULL;
    }
  if (n_steps > KOERS_GOAL_MAX_STEPS)
    {
      set_bad_value (error, ngettext ("A goal has at most %u step; this one has %u. Keep the steps few and small.",
                                      "A goal has at most %u steps; this one has %u. Keep the steps few and small.",
                                      KOERS_GOAL_MAX_STEPS),
                     KOERS_GOAL_MAX_STEPS, n_steps);
      return NULL;
    }
  if (a->start == NULL)
    {
      set_bad_value (error, _("Give the start date with --start, for example --start 2026-03-02."));
      return NULL;
    }
  if (!parse_date ("--start", a->start, &start, error))
    return NULL;

  if (a->evaluate != NULL)
    {
      if (!parse_date ("--evaluate", a->evaluate, &evaluate, error))
        return NULL;
    }
  else
    {
      /* DOMAIN.md: a typical evaluation comes about three weeks after the start;
       * the notebook's own period replaces it once the notebook is open. */
      evaluate = add_weeks (start, KOERS_GOAL_DEFAULT_WEEKS);
    }

  if (g_strcmp0 (evaluate, start) < 0)
    {
      g_autofree char *start_nl = koers_date_format_dutch (start);
      g_autofree char *evaluate_nl = koers_date_format_dutch (evaluate);

      set_bad_value (error, _("The evaluation (%s) cannot come before the start (%s)."), evaluate_nl, start_nl);
      return NULL;
    }

  goal = koers_goal_new ();
  koers_goal_set_title (goal, title);
  koers_goal_set_steps (goal, (const char * const *) steps);
  koers_goal_set_adult_commitments (goal, (const char * const *) adults);
  koers_goal_set_start_date (goal, start);
  koers_goal_set_evaluation_date (goal, evaluate);
  koers_goal_set_involved (goal, a->involved);
  koers_goal_set_status (goal, a->concept ? KOERS_GOAL_CONCEPT : KOERS_GOAL_ACTIVE);
  return g_steal_pointer (&goal);
}

int
koers_cli_command_add_goal (KoersCliOptions *options,
                            int              argc,
                            char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(KoersGoal) goal = NULL;
  g_auto(AddGoalArgs) a = { 0 };
  GOptionEntry entries[] = {
    { "title", 't', 0, G_OPTION_ARG_STRING, &a.title, N_("The goal, in the student’s words"), N_("TITLE") },
    { "step", 's', 0, G_OPTION_ARG_STRING_ARRAY, &a.steps, N_("An “Ik …” step (1 to 8; repeat for each step)"), N_("STEP") },
    { "adult", 'a', 0, G_OPTION_ARG_STRING_ARRAY, &a.adults, N_("What the adults do (repeat for each line)"), N_("TEXT") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &a.start, N_("Start date, yyyy-mm-dd or dd-mm-yyyy"), N_("DATE") },
    { "evaluate", 0, 0, G_OPTION_ARG_STRING, &a.evaluate, N_("Evaluation date (default: the notebook’s evaluation period after the start, three weeks unless set in Koers)"), N_("DATE") },
    { "involved", 0, 0, G_OPTION_ARG_STRING, &a.involved, N_("Who wrote it with the student"), N_("WHO") },
    { "concept", 0, 0, G_OPTION_ARG_NONE, &a.concept, N_("Save as a concept instead of an active goal"), NULL },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("add-goal", entries, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);

  goal = goal_from_args (&a, &error);
  if (goal == NULL)
    return koers_cli_fail (error);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  student = koers_store_find_student (store, argv[1], &error);
  if (student == NULL)
    return koers_cli_fail (error);

  koers_goal_set_student_id (goal, koers_student_get_id (student));
  if (a.evaluate == NULL)
    {
      g_autofree char *evaluate = add_weeks (koers_goal_get_start_date (goal), koers_store_get_goal_weeks (store));

      koers_goal_set_evaluation_date (goal, evaluate);
    }
  if (!koers_store_save_goal (store, goal, &error))
    return koers_cli_fail (error);

  g_print ("%" G_GINT64_FORMAT "\n", koers_goal_get_id (goal));
  return EXIT_OK;
}

int
koers_cli_command_goals (KoersCliOptions *options,
                         int              argc,
                         char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(GPtrArray) goals = NULL;

  if (!koers_cli_parse_command_options ("goals", NULL, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  student = koers_store_find_student (store, argv[1], &error);
  if (student == NULL)
    return koers_cli_fail (error);

  goals = koers_store_list_goals (store, koers_student_get_id (student), &error);
  if (goals == NULL)
    return koers_cli_fail (error);

  for (guint i = 0; i < goals->len; i++)
    {
      KoersGoal *goal = g_ptr_array_index (goals, i);
      g_autofree char *title = koers_cli_one_line (koers_goal_get_title (goal));

      /* Machine-readable on purpose: the status is an id, not translated. */
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n",
               koers_goal_get_id (goal),
               koers_goal_status_to_id (koers_goal_get_status (goal)),
               koers_goal_get_start_date (goal) ?: "",
               koers_goal_get_evaluation_date (goal) ?: "",
               title);
    }

  return EXIT_OK;
}

static gboolean
parse_layout (const char      *text,
              KoersCardLayout *out,
              GError         **error)
{
  if (text == NULL)
    *out = KOERS_CARD_LAYOUT_A4;
  else if (!koers_card_layout_from_id (text, out))
    return set_bad_value (error, _("Unknown layout “%s”. Use a4, a5 or a5x2 (two A5 cards on one A4 sheet)."), text);
  return TRUE;
}

/* The student's active goals, each paired with the student. */
static gboolean
collect_student_cards (KoersStore  *store,
                       const char  *id_or_number,
                       GPtrArray   *students,
                       GPtrArray   *goals,
                       GError     **error)
{
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(GPtrArray) all = NULL;

  student = koers_store_find_student (store, id_or_number, error);
  if (student == NULL)
    return FALSE;

  all = koers_store_list_goals (store, koers_student_get_id (student), error);
  if (all == NULL)
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      KoersGoal *goal = g_ptr_array_index (all, i);

      if (koers_goal_get_status (goal) != KOERS_GOAL_ACTIVE)
        continue;
      g_ptr_array_add (goals, g_object_ref (goal));
      g_ptr_array_add (students, g_object_ref (student));
    }

  if (goals->len == 0)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                   _("%s has no active goals, so there are no goal cards to print."),
                   koers_student_get_display_name (student));
      return FALSE;
    }
  return TRUE;
}

static gboolean
collect_group_cards (KoersStore  *store,
                     const char  *group,
                     GPtrArray   *students,
                     GPtrArray   *goals,
                     GError     **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GPtrArray) active = NULL;

  active = koers_store_list_active_goals (store, group, error);
  if (active == NULL)
    return FALSE;

  for (guint i = 0; i < active->len; i++)
    {
      KoersGoal *goal = g_ptr_array_index (active, i);
      gint64 id = koers_goal_get_student_id (goal);
      KoersStudent *student = g_hash_table_lookup (by_id, &id);

      if (student == NULL)
        {
          student = koers_store_get_student (store, id, error);
          if (student == NULL)
            return FALSE;
          g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), student);
        }
      g_ptr_array_add (goals, g_object_ref (goal));
      g_ptr_array_add (students, g_object_ref (student));
    }

  if (goals->len == 0)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                   _("No student of %s has an active goal, so there are no goal cards to print."), group);
      return FALSE;
    }
  return TRUE;
}

int
koers_cli_command_goal_cards (KoersCliOptions *options,
                              int              argc,
                              char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *student = NULL;
  g_autofree char *group = NULL;
  g_autofree char *output = NULL;
  g_autofree char *layout_name = NULL;
  KoersCardLayout layout = KOERS_CARD_LAYOUT_A4;
  gboolean ok;
  GOptionEntry entries[] = {
    { "student", 's', 0, G_OPTION_ARG_STRING, &student, N_("The active goals of this student (id or student number)"), N_("STUDENT") },
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group, N_("The active goals of every student of this class or group"), N_("GROUP") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), N_("FILE.pdf") },
    { "layout", 'l', 0, G_OPTION_ARG_STRING, &layout_name, N_("a4 (default), a5, or a5x2: two A5 cards on one A4 sheet"), N_("LAYOUT") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("goal-cards", entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);
  if ((student == NULL) == (group == NULL))
    return koers_cli_usage_error (_("Say whose goal cards to print: --student STUDENT or --group GROUP."));
  if (output == NULL)
    return koers_cli_usage_error (_("Say where to write the PDF with -o FILE.pdf."));
  if (!parse_layout (layout_name, &layout, &error))
    return koers_cli_fail (error);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  if (student != NULL)
    ok = collect_student_cards (store, student, students, goals, &error);
  else
    ok = collect_group_cards (store, group, students, goals, &error);
  if (!ok)
    return koers_cli_fail (error);

  if (!koers_goal_cards_write_pdf (output, layout, students, goals, NULL, &error))
    return koers_cli_fail (error);
  {
    g_autoptr(GArray) ids = koers_student_list_get_ids (students);

    if (!koers_store_audit (store, KOERS_AUDIT_EXPORT, "goal-cards-pdf", ids, &error))
      return koers_cli_fail (error);
  }

  /* The number first, so scripts can read it. */
  g_print (ngettext ("%u card\n", "%u cards\n", goals->len), goals->len);
  return EXIT_OK;
}
