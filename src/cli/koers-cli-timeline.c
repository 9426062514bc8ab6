/* koers-cli-timeline.c: add-entry, timeline and search
 *
 * Output is one record a line, tab-separated, so scripts can cut and sort it:
 * text is flattened onto its line and sensitive text stays hidden unless asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <gio/gunixinputstream.h>
#include <stdio.h>

#include "koers-cli-timeline.h"
#include "koers-date.h"
#include "koers-i18n.h"

typedef struct
{
  char *kind;
  char *date;
  char *time;
  char *text;
  gboolean sensitive;
  gboolean interpretation;
  char *source;
  char *source_name;
  char *followup;
  char *due;
  char *owner;
  gboolean authorised;
  gboolean unauthorised;
  char *hours;
  char *dayparts;
  char *reason;
  char *referral_to;
  char *referral_name;
  char *feedback_due;
} AddEntryArgs;

static void
add_entry_args_clear (AddEntryArgs *a)
{
  g_free (a->kind);
  g_free (a->date);
  g_free (a->time);
  g_free (a->text);
  g_free (a->source);
  g_free (a->source_name);
  g_free (a->followup);
  g_free (a->due);
  g_free (a->owner);
  g_free (a->hours);
  g_free (a->dayparts);
  g_free (a->reason);
  g_free (a->referral_to);
  g_free (a->referral_name);
  g_free (a->feedback_due);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AddEntryArgs, add_entry_args_clear)

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

typedef const char *(*IdFunc) (guint value);

static const char *
kind_id (guint value)
{
  return koers_entry_kind_to_id ((KoersEntryKind) value);
}

static const char *
source_id (guint value)
{
  return koers_source_to_id ((KoersSource) value);
}

static const char *
referral_id (guint value)
{
  return koers_referral_to_id ((KoersReferralTo) value);
}

/* The ids from @first on (past the ones meaning "not recorded"), comma-separated. */
static char *
list_ids (IdFunc to_id,
          guint  first,
          guint  n)
{
  GString *str = g_string_new (NULL);

  for (guint i = first; i < n; i++)
    g_string_append_printf (str, "%s%s", str->len > 0 ? ", " : "", to_id (i));
  return g_string_free (str, FALSE);
}

static gboolean
parse_kind (const char     *text,
            KoersEntryKind *out,
            GError        **error)
{
  g_autofree char *kinds = NULL;

  if (koers_entry_kind_from_string (text, out))
    return TRUE;

  kinds = list_ids (kind_id, 0, KOERS_N_ENTRY_KINDS);
  return set_bad_value (error,
                        _("Unknown kind “%s”. Use one of: %s; or its Dutch name, such as “oudercontact”."),
                        text, kinds);
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

  /* Translators: the first %s is an option such as --due */
  return set_bad_value (error, _("%s: “%s” is not a date. Write it as yyyy-mm-dd or dd-mm-yyyy."),
                        option, text);
}

static gboolean
parse_amount (const char  *option,
              const char  *text,
              double      *out,
              GError     **error)
{
  g_autofree char *dotted = g_strdup (text);
  char *end = NULL;

  /* "1,5" is how a Dutch mentor writes one and a half. */
  g_strdelimit (dotted, ",", '.');
  *out = g_ascii_strtod (dotted, &end);
  if (end != dotted && *end == '\0' && isfinite (*out) && *out > 0 && *out <= 1000)
    return TRUE;

  /* Translators: the first %s is --hours or --dayparts */
  return set_bad_value (error, _("%s: “%s” is not a positive number."), option, text);
}

/* NULL for a missing or blank value: core then says what is missing. */
static const char *
nonblank (const char *text)
{
  if (text == NULL)
    return NULL;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return text;
  return NULL;
}

static gboolean
fill_absence (KoersEntry    *entry,
              AddEntryArgs  *a,
              GError       **error)
{
  gboolean is_absence = koers_entry_get_kind (entry) == KOERS_ENTRY_ABSENCE;
  double amount = 0;

  if (!is_absence)
    {
      if (a->authorised || a->unauthorised || a->hours != NULL || a->dayparts != NULL || a->reason != NULL)
        return set_bad_value (error, _("--authorised, --unauthorised, --hours, --dayparts and --reason are "
                                       "only for absence (--kind verzuim)."));
      return TRUE;
    }

  if (a->authorised == a->unauthorised)
    return set_bad_value (error, _("Say whether the absence was authorised (--authorised) or not (--unauthorised)."));
  if (a->hours != NULL && a->dayparts != NULL)
    return set_bad_value (error, _("Give the absence in --hours or in --dayparts, not both."));

  if (a->hours != NULL && !parse_amount ("--hours", a->hours, &amount, error))
    return FALSE;
  if (a->dayparts != NULL && !parse_amount ("--dayparts", a->dayparts, &amount, error))
    return FALSE;

  koers_entry_set_absence_authorised (entry, a->authorised);
  koers_entry_set_absence_amount (entry, amount);
  koers_entry_set_absence_unit (entry, a->dayparts != NULL ? KOERS_ABSENCE_DAYPARTS : KOERS_ABSENCE_HOURS);
  koers_entry_set_absence_reason (entry, nonblank (a->reason));
  return TRUE;
}

static gboolean
fill_referral (KoersEntry    *entry,
               AddEntryArgs  *a,
               GError       **error)
{
  KoersReferralTo to = KOERS_REFERRAL_NONE;
  g_autofree char *feedback_due = NULL;

  if (koers_entry_get_kind (entry) != KOERS_ENTRY_REFERRAL)
    {
      if (a->referral_to != NULL || a->referral_name != NULL || a->feedback_due != NULL)
        return set_bad_value (error, _("--referral-to, --referral-name and --feedback-due are only for "
                                       "referrals (--kind verwijzing)."));
      return TRUE;
    }

  if (a->referral_to != NULL &&
      (!koers_referral_from_string (a->referral_to, &to) || to == KOERS_REFERRAL_NONE))
    {
      g_autofree char *ids = list_ids (referral_id, KOERS_REFERRAL_NONE + 1, KOERS_N_REFERRALS);

      return set_bad_value (error, _("Unknown referral “%s”. Use one of: %s."), a->referral_to, ids);
    }

  if (a->feedback_due != NULL && !parse_date ("--feedback-due", a->feedback_due, &feedback_due, error))
    return FALSE;

  /* DOMAIN.md: a referral nobody asks feedback for is how a student gets lost. */
  if (feedback_due == NULL)
    g_printerr (_("Warning: without --feedback-due nobody is reminded to ask for feedback on this referral.\n"));

  koers_entry_set_referral_to (entry, to);
  koers_entry_set_referral_name (entry, nonblank (a->referral_name));
  koers_entry_set_referral_feedback_due (entry, feedback_due);
  return TRUE;
}

/* Everything that can be checked without the notebook, so a typo fails before
 * the passphrase is asked for and nothing is saved. */
static KoersEntry *
entry_from_args (AddEntryArgs  *a,
                 GError       **error)
{
  g_autoptr(KoersEntry) entry = NULL;
  g_autofree char *date = NULL;
  g_autofree char *due = NULL;
  KoersEntryKind kind;
  KoersSource source = KOERS_SOURCE_NONE;

  if (a->kind == NULL)
    {
      set_bad_value (error, _("Say what kind of entry this is with --kind, for example --kind observatie."));
      return NULL;
    }
  if (!parse_kind (a->kind, &kind, error))
    return NULL;

  if (a->date == NULL)
    date = koers_date_iso_days_ago (0);
  else if (!parse_date ("--date", a->date, &date, error))
    return NULL;

  if (a->source != NULL &&
      (!koers_source_from_string (a->source, &source) || source == KOERS_SOURCE_NONE))
    {
      g_autofree char *ids = list_ids (source_id, KOERS_SOURCE_NONE + 1, KOERS_N_SOURCES);

      set_bad_value (error, _("Unknown source “%s”. Use one of: %s."), a->source, ids);
      return NULL;
    }

  if (nonblank (a->followup) == NULL && (a->due != NULL || a->owner != NULL))
    {
      set_bad_value (error, _("--due and --owner belong to a follow-up: add --follow-up TEXT."));
      return NULL;
    }
  if (a->due != NULL && !parse_date ("--due", a->due, &due, error))
    return NULL;

  entry = koers_entry_new (kind);
  koers_entry_set_date (entry, date);
  koers_entry_set_time (entry, a->time);
  koers_entry_set_text (entry, nonblank (a->text));
  koers_entry_set_sensitive (entry, a->sensitive);
  koers_entry_set_interpretation (entry, a->interpretation);
  koers_entry_set_source (entry, source);
  koers_entry_set_source_name (entry, nonblank (a->source_name));
  koers_entry_set_followup_text (entry, nonblank (a->followup));
  koers_entry_set_followup_due (entry, due);
  koers_entry_set_followup_owner (entry, nonblank (a->owner));

  if (!fill_absence (entry, a, error) || !fill_referral (entry, a, error))
    return NULL;

  return g_steal_pointer (&entry);
}

int
koers_cli_command_add_entry (KoersCliOptions *options,
                             int              argc,
                             char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(KoersEntry) entry = NULL;
  g_auto(AddEntryArgs) a = { 0 };
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &a.kind, N_("Kind: observatie, gesprek, oudercontact, signaal, doel, verzuim, "
                                                       "afspraak, verwijzing, overdracht, leerlingbespreking, positief"), N_("KIND") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &a.date, N_("Date, yyyy-mm-dd or dd-mm-yyyy (default: today)"), N_("DATE") },
    { "time", 0, 0, G_OPTION_ARG_STRING, &a.time, N_("Time, hh:mm"), N_("TIME") },
    { "text", 't', 0, G_OPTION_ARG_STRING, &a.text, N_("What happened"), N_("TEXT") },
    { "interpretation", 0, 0, G_OPTION_ARG_NONE, &a.interpretation, N_("An interpretation, not a fact"), NULL },
    { "sensitive", 0, 0, G_OPTION_ARG_NONE, &a.sensitive, N_("Sensitive: hidden in lists, never printed by default"), NULL },
    { "source", 0, 0, G_OPTION_ARG_STRING, &a.source, N_("Who saw or said it: mentor, teacher, parent, student, other"), N_("SOURCE") },
    { "source-name", 0, 0, G_OPTION_ARG_STRING, &a.source_name, N_("Who exactly, for example “mevrouw Jansen (wiskunde)”"), N_("NAME") },
    { "follow-up", 0, 0, G_OPTION_ARG_STRING, &a.followup, N_("The next step"), N_("TEXT") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &a.due, N_("When the next step is due"), N_("DATE") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &a.owner, N_("Who takes the next step"), N_("WHO") },
    { "authorised", 0, 0, G_OPTION_ARG_NONE, &a.authorised, N_("Absence: authorised (illness, appointment)"), NULL },
    { "unauthorised", 0, 0, G_OPTION_ARG_NONE, &a.unauthorised, N_("Absence: unauthorised"), NULL },
    { "hours", 0, 0, G_OPTION_ARG_STRING, &a.hours, N_("Absence in hours"), N_("N") },
    { "dayparts", 0, 0, G_OPTION_ARG_STRING, &a.dayparts, N_("Absence in dayparts (mornings or afternoons)"), N_("N") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &a.reason, N_("Absence: the reason"), N_("REASON") },
    { "referral-to", 0, 0, G_OPTION_ARG_STRING, &a.referral_to, N_("Referral: jeugdhulp, wijkteam, ggd, leerplicht, other"), N_("TO") },
    { "referral-name", 0, 0, G_OPTION_ARG_STRING, &a.referral_name, N_("Referral: the person or organisation"), N_("NAME") },
    { "feedback-due", 0, 0, G_OPTION_ARG_STRING, &a.feedback_due, N_("Referral: when to ask for feedback"), N_("DATE") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("add-entry", entries, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);

  entry = entry_from_args (&a, &error);
  if (entry == NULL)
    return koers_cli_fail (error);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  student = koers_store_find_student (store, argv[1], &error);
  if (student == NULL)
    return koers_cli_fail (error);

  koers_entry_set_student_id (entry, koers_student_get_id (student));
  if (!koers_store_save_entry (store, entry, &error))
    return koers_cli_fail (error);

  g_print ("%" G_GINT64_FORMAT "\n", koers_entry_get_id (entry));
  return EXIT_OK;
}

/* One entry per line of standard input, each written (and committed) on its own
 * and reported at once: notes pasted from a list, or a script's log. */
int
koers_cli_command_add_entries (KoersCliOptions *options,
                               int              argc,
                               char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(KoersEntry) template = NULL;
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_auto(AddEntryArgs) a = { 0 };
  guint line_number = 0;
  char *line;
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &a.kind, N_("Kind of every entry (see add-entry --help)"), N_("KIND") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &a.date, N_("Date, yyyy-mm-dd or dd-mm-yyyy (default: today)"), N_("DATE") },
    { "sensitive", 0, 0, G_OPTION_ARG_NONE, &a.sensitive, N_("Sensitive: hidden in lists, never printed by default"), NULL },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("add-entries", entries, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);
  if (options->passphrase_file == NULL && g_getenv ("KOERS_PASSPHRASE_FILE") == NULL)
    return koers_cli_usage_error (_("The entries come on standard input: give the passphrase with --passphrase-file."));

  /* A placeholder text passes the checks; each line replaces it. */
  a.text = g_strdup ("-");
  template = entry_from_args (&a, &error);
  if (template == NULL)
    return koers_cli_fail (error);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  student = koers_store_find_student (store, argv[1], &error);
  if (student == NULL)
    return koers_cli_fail (error);
  koers_entry_set_student_id (template, koers_student_get_id (student));

  input = g_unix_input_stream_new (0, FALSE);
  lines = g_data_input_stream_new (input);
  while ((line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error)) != NULL)
    {
      g_autofree char *text = g_strstrip (line);
      g_autoptr(KoersEntry) entry = NULL;

      line_number++;
      if (*text == '\0')
        continue;
      entry = koers_entry_copy (template);
      koers_entry_set_text (entry, text);
      if (!koers_store_save_entry (store, entry, &error))
        return koers_cli_fail (error);
      /* Printed only after the commit: a line here is on disk. */
      g_print ("%" G_GINT64_FORMAT "\t%u\n", koers_entry_get_id (entry), line_number);
      fflush (stdout);
    }
  if (error != NULL)
    return koers_cli_fail (error);
  return EXIT_OK;
}

static gboolean
parse_kinds (char   **texts,
             guint   *mask,
             GError **error)
{
  *mask = 0;
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (texts[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          KoersEntryKind kind;

          if (!parse_kind (g_strstrip (parts[j]), &kind, error))
            return FALSE;
          *mask |= KOERS_ENTRY_KIND_MASK (kind);
        }
    }
  return TRUE;
}

int
koers_cli_command_timeline (KoersCliOptions *options,
                            int              argc,
                            char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_auto(GStrv) kinds = NULL;
  gboolean include_sensitive = FALSE;
  KoersEntryQuery query = { 0 };
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING_ARRAY, &kinds, N_("Only entries of this kind (repeat or separate with commas)"), N_("KIND") },
    { "include-sensitive", 0, 0, G_OPTION_ARG_NONE, &include_sensitive, N_("Print the text of sensitive entries too"), NULL },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("timeline", entries, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);

  if (!parse_kinds (kinds, &query.kinds, &error))
    return koers_cli_fail (error);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  student = koers_store_find_student (store, argv[1], &error);
  if (student == NULL)
    return koers_cli_fail (error);

  list = koers_store_list_entries (store, koers_student_get_id (student), &query, &error);
  if (list == NULL)
    return koers_cli_fail (error);

  for (guint i = 0; i < list->len; i++)
    {
      KoersEntry *entry = g_ptr_array_index (list, i);
      gboolean sensitive = koers_entry_get_sensitive (entry);
      g_autofree char *text = NULL;

      /* Machine-readable on purpose: the words here are ids, not translated. */
      text = sensitive && !include_sensitive ? g_strdup ("[sensitive]")
                                             : koers_cli_one_line (koers_entry_get_text (entry));
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%d\t%s\n",
               koers_entry_get_id (entry),
               koers_entry_get_date (entry),
               koers_entry_kind_to_id (koers_entry_get_kind (entry)),
               koers_entry_get_interpretation (entry) ? "interpretation" : "fact",
               sensitive ? 1 : 0,
               text);
    }

  return EXIT_OK;
}

int
koers_cli_command_search (KoersCliOptions *options,
                          int              argc,
                          char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *query = NULL;
  g_autofree char *meta = NULL;
  gboolean include_sensitive = FALSE;
  int limit = 0;
  GOptionEntry entries[] = {
    { "include-sensitive", 0, 0, G_OPTION_ARG_NONE, &include_sensitive, N_("Search sensitive entries too"), NULL },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most this many results (default: all)"), N_("N") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("search", entries, &argc, &argv, KOERS_CLI_ONE_OR_MORE, &error))
    return koers_cli_usage_error (error->message);
  if (limit < 0)
    return koers_cli_usage_error (_("--limit cannot be negative."));

  /* search noel verbeek: the words need no quotes. */
  query = g_strjoinv (" ", argv + 1);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  /* The preference the GUI sets: sensitive text searchable for this notebook. */
  meta = koers_store_dup_meta (store, KOERS_META_SEARCH_SENSITIVE, &error);
  if (error != NULL)
    return koers_cli_fail (error);
  include_sensitive = include_sensitive || g_strcmp0 (meta, "true") == 0;

  hits = koers_store_search_entries (store, query, include_sensitive, (guint) limit, &error);
  if (hits == NULL)
    return koers_cli_fail (error);

  for (guint i = 0; i < hits->len; i++)
    {
      KoersSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *marked = koers_search_hit_dup_snippet_marked (hit, "[", "]");
      g_autofree char *snippet = koers_cli_one_line (marked);

      g_print ("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%s\n",
               koers_search_hit_get_student_id (hit),
               koers_search_hit_get_entry_id (hit),
               koers_search_hit_get_date (hit),
               snippet);
    }

  return EXIT_OK;
}
