/* koers-demo-checklists.c: the demo notebook's signal checklists
 *
 * Mees has two over time, so the demo shows what changed: quieter, more alone,
 * worse sleep, while "less cheerful" went away. Chloë has one, Jesse a draft.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-demo-private.h"

#include "koers-date.h"

#define SIGNALENKAART "signalenkaart-jong-doet-mee"

typedef struct
{
  const char        *key;
  KoersSignalAnswer  answer;
  const char        *note;
  const char        *example;   /* start of a demo timeline entry given as example */
} DemoAnswer;

typedef struct
{
  const char *number;
  int         days_ago;
  gboolean    final;
  const char *discussable;
  const char *trusted;
  const char *helpers;
  const char *next_step;
  const char *owner;
  int         next_step_in;
  DemoAnswer  answers[8];
} DemoChecklist;

#define SEEN KOERS_SIGNAL_SEEN
#define OFTEN KOERS_SIGNAL_SEEN_OFTEN

static const DemoChecklist demo_checklists[] = {
  { "104213", 70, TRUE,
    "Ja. Mees praat makkelijk over muziek; van daaruit kan het gesprek verder.",
    "Mees noemt de muziekdocent als iemand bij wie hij zich op zijn gemak voelt.",
    "Mentor; ouders blijven op de hoogte.",
    "Na de les even met Mees praten over hoe het gaat", "mentor", -63,
    { { "contact-zoeken-3", SEEN, "Reageert kort als klasgenoten een grapje maken.", NULL },
      { "verwaarlozen-1", SEEN, NULL, NULL } } },
  { "104213", 12, TRUE,
    "Ja, maar niet in de klas: in een rustig gesprek na schooltijd, met de muziekdocent erbij als hij dat wil.",
    "De muziekdocent; thuis vooral moeder.",
    "Zorgcoördinator; zo nodig het wijkteam voor steun aan het gezin bij de scheiding.",
    "Mees aanmelden voor een gesprek met de zorgcoördinator", "mentor", 5,
    { { "vermijden-3", OFTEN, "Zit in de pauze bijna elke dag alleen.", "Mees lijkt stiller dan voorheen" },
      { "vermijden-13", SEEN, "Capuchon op in de les en in de pauze.", "Mees lijkt stiller dan voorheen" },
      { "extreem-3", SEEN, NULL, NULL },
      { "extreem-4", SEEN, "Nederlands en geschiedenis.", "Mees leverde zijn leesdossier" },
      { "verwaarlozen-1", OFTEN, "Vertelt zelf dat hij 's avonds veel aan thuis denkt.", "Mees vertelt dat hij slecht slaapt" } } },
  { "31010", 40, TRUE,
    "Ja, samen met moeder; Chloë zegt zelf weinig maar knikt als je benoemt wat je ziet.",
    "De juf van groep 6 en moeder.",
    "Intern begeleider.",
    "Gesprek met moeder en Chloë plannen", "mentor", -33,
    { { "vermijden-3", OFTEN, "Werkt liever alleen, ook bij groepswerk.", NULL },
      { "vermijden-13", SEEN, "Jas aan met capuchon op in de klas.", "Chloë houdt in de klas haar jas aan" },
      { "vermijden-12", SEEN, NULL, NULL } } },
  { "104215", 3, FALSE, NULL, NULL, NULL, NULL, NULL, 0,
    { { "vermijden-5", SEEN, "Maandag het eerste uur.", "Jesse was de laatste vier maandagen" },
      { "vermijden-10", SEEN, NULL, NULL } } },
};

static gboolean
save_demo_checklist (KoersStore             *store,
                     KoersChecklistTemplate *template,
                     KoersStudent           *student,
                     const DemoChecklist    *d,
                     const char             *mentor,
                     const GDate            *today,
                     GError                **error)
{
  g_autoptr(KoersChecklist) checklist = koers_checklist_new_from_template (template);
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *date = koers_demo_school_day_iso (today, -d->days_ago);
  GPtrArray *rows = koers_checklist_get_rows (checklist);

  entries = koers_store_list_entries (store, koers_student_get_id (student), NULL, error);
  if (entries == NULL)
    return FALSE;

  koers_checklist_set_student_id (checklist, koers_student_get_id (student));
  koers_checklist_set_date (checklist, date);
  koers_checklist_set_observer (checklist, mentor);

  for (guint i = 0; i < G_N_ELEMENTS (d->answers) && d->answers[i].key != NULL; i++)
    for (guint r = 0; r < rows->len; r++)
      {
        KoersSignalAnswerRow *row = g_ptr_array_index (rows, r);
        gint64 example;

        if (!g_str_equal (row->item->key, d->answers[i].key))
          continue;
        koers_checklist_set_answer (checklist, r, d->answers[i].answer);
        koers_checklist_set_note (checklist, r, d->answers[i].note);
        if (d->answers[i].example != NULL &&
            koers_demo_find_entry (entries, d->answers[i].example, &example))
          koers_checklist_link_entry (checklist, r, example);
      }

  koers_checklist_set_discussable (checklist, d->discussable);
  koers_checklist_set_trusted (checklist, d->trusted);
  koers_checklist_set_helpers (checklist, d->helpers);
  if (d->next_step != NULL)
    {
      g_autofree char *due = koers_demo_school_day_iso (today, d->next_step_in);

      koers_checklist_set_next_step (checklist, d->next_step);
      koers_checklist_set_next_step_owner (checklist, g_str_equal (d->owner, "mentor") ? mentor : d->owner);
      koers_checklist_set_next_step_due (checklist, due);
    }
  if (d->final)
    koers_checklist_set_status (checklist, KOERS_CHECKLIST_FINAL);

  return koers_store_save_checklist (store, checklist, error);
}

gboolean
koers_demo_fill_checklists (KoersStore  *store,
                            GError     **error)
{
  g_autoptr(KoersChecklistTemplate) template = NULL;
  g_autofree char *mentor = NULL;
  gboolean skip = FALSE;
  GDate today;

  /* A notebook whose user deleted the card gets no demo checklists. */
  template = koers_store_get_template_by_key (store, SIGNALENKAART, NULL);
  if (template == NULL)
    return TRUE;

  mentor = koers_store_dup_meta (store, KOERS_META_USER_NAME, NULL);
  if (mentor == NULL)
    mentor = g_strdup ("M. de Boer");
  koers_date_today (&today);

  for (guint i = 0; i < G_N_ELEMENTS (demo_checklists); i++)
    {
      const DemoChecklist *d = &demo_checklists[i];
      g_autoptr(KoersStudent) student = NULL;

      /* Filling twice adds nothing, and a student who has checklists of the
       * user's own is left alone: decided once per student, at their first one. */
      if (i == 0 || !g_str_equal (demo_checklists[i - 1].number, d->number))
        {
          g_autoptr(KoersStudent) first = koers_store_find_student (store, d->number, error);
          g_autoptr(GPtrArray) existing = NULL;

          if (first == NULL)
            return FALSE;
          existing = koers_store_list_checklists (store, koers_student_get_id (first), error);
          if (existing == NULL)
            return FALSE;
          skip = existing->len > 0;
        }
      if (skip)
        continue;

      student = koers_store_find_student (store, d->number, error);
      if (student == NULL ||
          !save_demo_checklist (store, template, student, d, mentor, &today, error))
        return FALSE;
    }

  return TRUE;
}
