/* koers-synthetic.c: a large invented notebook, the same for the same seed
 *
 * Every choice comes from one GRand seeded by the caller, and every date counts
 * back from one "today", so a seed and a date give the same students, texts and
 * dates (only the UUIDs and the moments of saving are new each time). The mix
 * follows a Dutch secondary school: classes of 28 in six years with a mentor each,
 * notes of one to three sentences, most of them observations, strengths, talks and
 * absence; a follow-up on a quarter of them, nearly all done; a referral in one of
 * 300 entries; a goal for a third of
 * the students, a parent meeting for one in seven, a signal checklist for one in
 * twenty.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-synthetic.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-store-private.h"

#define CLASS_SIZE 28
#define STUDENTS_PER_WRITE 50
#define SIGNALENKAART "signalenkaart-jong-doet-mee"

static const char * const first_names[] = {
  "Daan", "Sanne", "Mees", "Fatima", "Jesse", "Lotte", "Noël", "Zoë", "Milan", "Yara",
  "Finn", "Saar", "Ilias", "Chloë", "Bram", "Britt", "Amina", "Davy", "Sheila", "Kevin",
  "Sem", "Emma", "Liam", "Julia", "Lucas", "Tess", "Noah", "Mila", "Levi", "Sophie",
  "Adam", "Nora", "Luuk", "Fenna", "Mohamed", "Isa", "Thijs", "Evi", "Ayoub", "Lieke",
  "Jayden", "Roos", "Stijn", "Anouk", "Yusuf", "Femke", "Gijs", "Hanna", "Rayan", "Jasmijn",
  "Ruben", "Maud", "Senna", "Ivy", "Bilal", "Elif", "Joep", "Esmee", "Kaan", "Nina",
};

static const char * const tussenvoegsels[] = {
  "van", "de", "van der", "van den", "ter", "el", "van de", "den",
};

static const char * const last_names[] = {
  "Dijk", "Bakker", "Vries", "Amrani", "Hoekstra", "Meer", "Verbeek", "Horst", "Kaya", "Mulder",
  "Smits", "Berg", "Bouzid", "Peeters", "Groot", "Jansen", "Yilmaz", "Leeuwen", "Pinas", "Dekker",
  "Visser", "Boer", "Brink", "Vos", "Koster", "Wit", "Hendriks", "Dam", "Bos", "Veen",
  "Maas", "Kok", "Postma", "Şahin", "Öztürk", "Bennani", "Wijk", "Schouten", "Prins", "Huisman",
  "Kramer", "Sanders", "Willems", "Haan", "Graaf", "Jacobs", "Lambers", "Kuipers", "Tahiri", "Doğan",
};

static const char * const mentors[] = {
  "M. de Boer", "S. Visser", "R. Pinas", "A. El Idrissi", "J. Hoekstra", "L. van Dam",
  "K. Yıldız", "P. Smit", "E. de Wit", "T. Bakker", "N. Jansen", "H. Kramer",
};

static const char * const teachers[] = {
  "meneer Visser (LO)", "mevrouw Kok (tekenen)", "meneer Aydin (wiskunde)",
  "mevrouw Prins (Engels)", "meneer de Haan (geschiedenis)", "mevrouw Lambers (Nederlands)",
};

/* Sentences per kind; {n} is the student's first name. A note is one to three. */
static const char * const observation_texts[] = {
  "{n} kwam deze week twee keer te laat bij het eerste uur.",
  "{n} had bij wiskunde zijn of haar spullen niet bij zich en zat de les uit zonder te werken.",
  "Tijdens groepswerk trok {n} zich terug en liet het woord aan de anderen.",
  "{n} maakte de toets Nederlands in de helft van de tijd en leverde hem onvolledig in.",
  "In de pauze stond {n} alleen bij de fietsenstalling.",
  "{n} reageerde fel toen een klasgenoot een grap maakte over het huiswerk.",
  "Het huiswerk voor Engels was drie keer op rij niet gemaakt; de agenda was leeg.",
  "{n} zat met het hoofd op tafel en zei moe te zijn.",
  "Bij de presentatie van de klas sprak {n} duidelijk en hield de groep bij de les.",
  "{n} vroeg na de les of de opdracht nog een keer uitgelegd kon worden.",
};

static const char * const positive_texts[] = {
  "{n} hielp een nieuwe klasgenoot de weg te vinden in het gebouw.",
  "{n} haalde voor de toets aardrijkskunde een 8,1 na extra oefenen.",
  "Bij de sportdag nam {n} uit zichzelf de leiding over het team.",
  "{n} ontwierp de poster voor de open dag; de sectie hangt hem in de hal.",
  "{n} maakte deze week elke dag het huiswerk en liet de agenda zien.",
  "Een docent vertelde dat {n} in de les goede vragen stelt.",
  "{n} bood zelf excuses aan na het conflict van vorige week.",
};

static const char * const talk_texts[] = {
  "{n} vertelt dat het thuis druk is en dat huiswerk er 's avonds bij inschiet.",
  "In het mentorgesprek zei {n} dat wiskunde niet meer te volgen is sinds de vakantie.",
  "{n} geeft aan zich in de klas niet altijd veilig te voelen bij een groepje jongens.",
  "{n} wil graag naar havo 4 en vraagt wat daarvoor nodig is.",
  "We hebben samen de planning voor de toetsweek doorgenomen.",
  "{n} zegt dat de voetbaltraining drie avonden kost en dat het daarna moeilijk is om te leren.",
};

static const char * const parent_texts[] = {
  "Moeder belde: {n} slaapt slecht sinds de verhuizing.",
  "Vader mailde met de vraag hoe het met de cijfers van {n} gaat; teruggebeld en uitgelegd.",
  "Gesprek met beide ouders over het verzuim; zij herkennen het beeld en willen meedenken.",
  "Moeder meldt dat opa ernstig ziek is en dat {n} daar veel mee bezig is.",
  "Ouders bedankten voor de hulp bij de planning; thuis gaat het beter.",
};

static const char * const signal_texts[] = {
  "{n} draagt al een week dezelfde kleren en heeft vaak geen eten mee.",
  "{n} schrikt zichtbaar als er iemand achter hem of haar langs loopt.",
  "{n} zegt dat het niet uitmaakt wat er gebeurt, het gaat toch mis.",
  "Blauwe plek op de arm; {n} zegt van de trap gevallen te zijn.",
};

static const char * const agreement_texts[] = {
  "{n} schrijft elke les het huiswerk in de agenda en laat die op vrijdag aan de mentor zien.",
  "{n} meldt zich bij de mentor als het in de les te veel wordt, in plaats van weg te lopen.",
  "Op dinsdag en donderdag werkt {n} het eerste uur in het leerplein aan wiskunde.",
  "{n} zet een wekker en fietst om kwart over acht van huis weg.",
};

static const char * const referral_texts[] = {
  "Aangemeld bij het wijkteam na overleg met ouders en zorgcoördinator.",
  "Leerplicht ingeschakeld na het oplopende ongeoorloofde verzuim.",
  "Doorverwezen naar de jeugdarts voor de vermoeidheidsklachten.",
};

static const char * const absence_reasons[] = {
  "Ziek", "Tandarts", "Huisarts", "Familieomstandigheden", "Te laat", "Onbekend", "Spijbelen",
};

static const char * const followups[] = {
  "Over twee weken navragen hoe het gaat",
  "Planning samen doornemen in het mentoruur",
  "Ouders terugbellen",
  "Bespreken in de leerlingbespreking",
  "Navragen bij de vakdocent",
  "Afspraak evalueren met de leerling",
};

static const char * const goal_titles[] = {
  "Ik maak mijn huiswerk op tijd",
  "Ik ben om half negen op school",
  "Ik vraag om hulp als ik iets niet snap",
  "Ik blijf rustig als iemand mij uitdaagt",
  "Ik doe mee bij groepswerk",
};

static const char * const goal_steps[] = {
  "Ik schrijf het huiswerk elke les in mijn agenda",
  "Ik laat op vrijdag mijn agenda zien aan mijn mentor",
  "Ik zet mijn wekker om zeven uur",
  "Ik steek mijn vinger op als ik vastloop",
  "Ik tel tot tien en loop even weg als ik boos word",
  "Ik zeg in elke groepsopdracht minstens één idee",
};

static const char * const goal_adults[] = {
  "Mentor kijkt op vrijdag de agenda na",
  "Ouders vragen 's avonds naar de planning",
  "Vakdocent geeft een teken als het goed gaat",
};

static const char * const meeting_reasons[] = {
  "Zorgen over het verzuim",
  "Cijfers gaan achteruit",
  "Kennismaking met de nieuwe mentor",
  "Gedrag in de klas",
  "Welbevinden sinds de verhuizing",
};

static const char * const strengths[] = {
  "Is behulpzaam naar klasgenoten",
  "Goed in sport en zet door",
  "Creatief en maakt mooie presentaties",
  "Komt op voor anderen",
  "Heeft een duidelijke eigen mening",
};

typedef struct
{
  GRand      *rand;
  GDate       today;
  KoersStore *store;
} Generator;

#define PICK(g, array) ((array)[g_rand_int_range ((g)->rand, 0, G_N_ELEMENTS (array))])

static gboolean
chance (Generator *g,
        double     probability)
{
  return g_rand_double (g->rand) < probability;
}

/* @days_ago before today, moved back off the weekend: schools write nothing on a Sunday. */
static char *
school_day_iso (Generator *g,
                int        days_ago)
{
  GDate date = g->today;
  GDateWeekday weekday;

  if (days_ago >= 0)
    g_date_subtract_days (&date, days_ago);
  else
    g_date_add_days (&date, -days_ago);
  weekday = g_date_get_weekday (&date);
  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    g_date_subtract_days (&date, weekday - G_DATE_FRIDAY);
  return koers_date_to_iso (&date);
}

static char *
iso_plus_days (const char *iso,
               int         days)
{
  GDate date;

  koers_date_from_iso (iso, &date);
  g_date_add_days (&date, days);
  return koers_date_to_iso (&date);
}

static gboolean
iso_before_today (Generator  *g,
                  const char *iso)
{
  GDate date;

  koers_date_from_iso (iso, &date);
  return g_date_compare (&date, &g->today) < 0;
}

static char *
with_name (const char *sentence,
           const char *name)
{
  GString *text = g_string_new (sentence);

  g_string_replace (text, "{n}", name, 0);
  return g_string_free (text, FALSE);
}

/* One to three sentences from @pool with the student's name in them. */
static char *
note_text (Generator          *g,
           const char * const *pool,
           guint               n_pool,
           const char         *name)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 1 + (g_rand_int_range (g->rand, 0, 10) >= 5) + (g_rand_int_range (g->rand, 0, 10) >= 8);
  guint first = g_rand_int_range (g->rand, 0, n_pool);

  for (guint i = 0; i < n && i < n_pool; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, pool[(first + i) % n_pool]);
    }
  g_string_replace (text, "{n}", name, 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define NOTE(g, pool, name) note_text ((g), (pool), G_N_ELEMENTS (pool), (name))

/* The kinds of a real timeline, in percent; goal, hand-over and care-meeting
 * entries come from those features and are not drawn here. */
static KoersEntryKind
draw_kind (Generator *g)
{
  static const struct { KoersEntryKind kind; int percent; } mix[] = {
    { KOERS_ENTRY_OBSERVATION, 33 }, { KOERS_ENTRY_POSITIVE, 15 }, { KOERS_ENTRY_ABSENCE, 15 },
    { KOERS_ENTRY_STUDENT_TALK, 12 }, { KOERS_ENTRY_PARENT_CONTACT, 10 },
    { KOERS_ENTRY_AGREEMENT, 8 }, { KOERS_ENTRY_SIGNAL, 5 }, { KOERS_ENTRY_REFERRAL, 2 },
  };
  int roll = g_rand_int_range (g->rand, 0, 100);

  /* Five in six referral rolls become observations: one referral in 300 entries. */
  if (roll >= 98 && g_rand_int_range (g->rand, 0, 6) != 0)
    return KOERS_ENTRY_OBSERVATION;

  for (guint i = 0; i < G_N_ELEMENTS (mix); i++)
    {
      if (roll < mix[i].percent)
        return mix[i].kind;
      roll -= mix[i].percent;
    }
  return KOERS_ENTRY_OBSERVATION;
}

static void
fill_absence (Generator  *g,
              KoersEntry *entry)
{
  const char *reason = PICK (g, absence_reasons);
  gboolean authorised = !g_str_equal (reason, "Spijbelen") && !g_str_equal (reason, "Onbekend") &&
                        !g_str_equal (reason, "Te laat");

  koers_entry_set_absence_authorised (entry, authorised);
  koers_entry_set_absence_reason (entry, reason);
  if (chance (g, 0.5))
    {
      koers_entry_set_absence_unit (entry, KOERS_ABSENCE_DAYPARTS);
      koers_entry_set_absence_amount (entry, g_rand_int_range (g->rand, 1, 3));
    }
  else
    {
      koers_entry_set_absence_unit (entry, KOERS_ABSENCE_HOURS);
      koers_entry_set_absence_amount (entry, g_rand_int_range (g->rand, 1, 5));
    }
  koers_entry_set_source (entry, authorised ? KOERS_SOURCE_PARENT : KOERS_SOURCE_MENTOR);
}

static void
fill_referral (Generator  *g,
               KoersEntry *entry,
               const char *date)
{
  g_autofree char *due = iso_plus_days (date, 28);

  koers_entry_set_referral_to (entry, g_rand_int_range (g->rand, KOERS_REFERRAL_JEUGDHULP, KOERS_REFERRAL_OTHER + 1));
  koers_entry_set_referral_feedback_due (entry, due);
  if (iso_before_today (g, due) && chance (g, 0.9))
    {
      koers_entry_set_referral_feedback (entry, "Terugkoppeling ontvangen: de leerling is in beeld en er volgt een intake.");
      koers_entry_set_referral_feedback_date (entry, due);
    }
}

static void
fill_followup (Generator  *g,
               KoersEntry *entry,
               const char *date)
{
  g_autofree char *due = iso_plus_days (date, g_rand_int_range (g->rand, 5, 16));

  koers_entry_set_followup_text (entry, PICK (g, followups));
  koers_entry_set_followup_owner (entry, "mentor");
  koers_entry_set_followup_due (entry, due);
  /* Mentors close nearly all of them; a few stay open past their date. */
  if (iso_before_today (g, due) && chance (g, 0.98))
    {
      g_autofree char *done_at = g_strdup_printf ("%sT14:30:00.000Z", due);

      koers_entry_set_followup_done_at (entry, done_at);
    }
}

static gboolean
write_entry (Generator   *g,
             gint64       student_id,
             const char  *name,
             const char  *mentor,
             guint        span_days,
             GError     **error)
{
  KoersEntryKind kind = draw_kind (g);
  g_autoptr(KoersEntry) entry = koers_entry_new (kind);
  g_autofree char *date = school_day_iso (g, g_rand_int_range (g->rand, 0, span_days));
  g_autofree char *created = g_strdup_printf ("%sT15:00:00.000Z", date);
  g_autofree char *text = NULL;

  switch (kind)
    {
    case KOERS_ENTRY_POSITIVE: text = NOTE (g, positive_texts, name); break;
    case KOERS_ENTRY_STUDENT_TALK: text = NOTE (g, talk_texts, name); break;
    case KOERS_ENTRY_PARENT_CONTACT: text = NOTE (g, parent_texts, name); break;
    case KOERS_ENTRY_SIGNAL: text = NOTE (g, signal_texts, name); break;
    case KOERS_ENTRY_AGREEMENT: text = NOTE (g, agreement_texts, name); break;
    case KOERS_ENTRY_REFERRAL: text = g_strdup (PICK (g, referral_texts)); break;
    case KOERS_ENTRY_ABSENCE: text = chance (g, 0.6) ? NULL : g_strdup ("Afgemeld door ouder."); break;
    default: text = NOTE (g, observation_texts, name); break;
    }

  koers_entry_set_student_id (entry, student_id);
  koers_entry_set_date (entry, date);
  koers_entry_set_created (entry, created);
  koers_entry_set_author (entry, mentor);
  koers_entry_set_text (entry, text);
  if (chance (g, 0.4))
    {
      g_autofree char *time = g_strdup_printf ("%02d:%02d", g_rand_int_range (g->rand, 8, 17),
                                               5 * g_rand_int_range (g->rand, 0, 12));

      koers_entry_set_time (entry, time);
    }
  koers_entry_set_source (entry, KOERS_SOURCE_MENTOR);
  if (kind == KOERS_ENTRY_OBSERVATION && chance (g, 0.3))
    {
      koers_entry_set_source (entry, KOERS_SOURCE_TEACHER);
      koers_entry_set_source_name (entry, PICK (g, teachers));
    }
  koers_entry_set_interpretation (entry, kind == KOERS_ENTRY_OBSERVATION && chance (g, 0.1));
  koers_entry_set_sensitive (entry, (kind == KOERS_ENTRY_SIGNAL || kind == KOERS_ENTRY_PARENT_CONTACT) &&
                                    chance (g, 0.25));

  if (kind == KOERS_ENTRY_ABSENCE)
    fill_absence (g, entry);
  else if (kind == KOERS_ENTRY_REFERRAL)
    fill_referral (g, entry, date);
  else if (kind != KOERS_ENTRY_POSITIVE && chance (g, 0.25))
    fill_followup (g, entry, date);

  return koers_store_save_entry (g->store, entry, error);
}

static gboolean
write_goal (Generator     *g,
            KoersStudent  *student,
            GError       **error)
{
  g_autoptr(KoersGoal) goal = koers_goal_new ();
  int started = g_rand_int_range (g->rand, 10, 120);
  g_autofree char *start = school_day_iso (g, started);
  g_autofree char *evaluate = school_day_iso (g, started - 42);
  guint first = g_rand_int_range (g->rand, 0, G_N_ELEMENTS (goal_steps));
  const char *steps[] = { goal_steps[first], goal_steps[(first + 1) % G_N_ELEMENTS (goal_steps)], NULL };
  const char *adults[] = { PICK (g, goal_adults), NULL };
  int roll = g_rand_int_range (g->rand, 0, 10);

  koers_goal_set_student_id (goal, koers_student_get_id (student));
  koers_goal_set_title (goal, PICK (g, goal_titles));
  koers_goal_set_steps (goal, steps);
  koers_goal_set_adult_commitments (goal, adults);
  koers_goal_set_involved (goal, koers_student_get_first_name (student));
  koers_goal_set_author (goal, koers_student_get_mentor (student));
  koers_goal_set_start_date (goal, start);
  koers_goal_set_evaluation_date (goal, evaluate);
  for (guint i = 0; i < KOERS_N_SMARTI; i++)
    koers_goal_set_smarti (goal, i, roll > 0 || i % 2 == 0);
  /* One in ten a concept; the rest active, and a third of those evaluated once
   * their evaluation date has passed. */
  koers_goal_set_status (goal, roll == 0 ? KOERS_GOAL_CONCEPT : KOERS_GOAL_ACTIVE);
  if (!koers_store_save_goal (g->store, goal, error))
    return FALSE;

  if (roll >= 7 && iso_before_today (g, evaluate))
    {
      koers_goal_set_evaluated_on (goal, evaluate);
      koers_goal_set_outcome (goal, g_rand_int_range (g->rand, KOERS_GOAL_OUTCOME_REACHED,
                                                      KOERS_GOAL_OUTCOME_NOT_REACHED + 1));
      for (guint i = 0; i < koers_goal_get_n_steps (goal); i++)
        koers_goal_set_step_result (goal, i, chance (g, 0.6) ? KOERS_STEP_REACHED : KOERS_STEP_NOT_YET);
      koers_goal_set_went_well (goal, "De vaste momenten met de mentor hielpen.");
      koers_goal_set_adults_change (goal, "De mentor spreekt de vakdocenten vaker aan op wat werkt.");
      return koers_store_evaluate_goal (g->store, goal, error);
    }
  return TRUE;
}

/* A parent meeting; one in the past was held, with agreements. */
static gboolean
write_meeting (Generator     *g,
               KoersStudent  *student,
               GError       **error)
{
  g_autoptr(KoersMeeting) meeting = koers_meeting_new ();
  int days_ago = g_rand_int_range (g->rand, -14, 90);
  g_autofree char *date = school_day_iso (g, days_ago);
  g_autofree char *parent = g_strdup_printf ("ouder van %s", koers_student_get_first_name (student));
  const char *mentor = koers_student_get_mentor (student);

  koers_meeting_set_student_id (meeting, koers_student_get_id (student));
  koers_meeting_set_reason (meeting, PICK (g, meeting_reasons));
  koers_meeting_set_date (meeting, date);
  koers_meeting_set_time (meeting, "16:00");
  koers_meeting_set_place (meeting, "Mentorkamer");
  koers_meeting_set_duration (meeting, KOERS_MEETING_DEFAULT_MINUTES);
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_PARENT, parent, FALSE);
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_STUDENT, koers_student_get_first_name (student), FALSE);
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_MENTOR, mentor, TRUE);
  koers_meeting_set_strength (meeting, g_rand_int_range (g->rand, 0, KOERS_N_AREAS), PICK (g, strengths));
  koers_meeting_set_worry (meeting, "Wij maken ons zorgen omdat het verzuim de laatste weken oploopt.");
  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);
  if (!koers_store_save_meeting (g->store, meeting, error))
    return FALSE;
  if (days_ago <= 0)
    return TRUE;

  {
    g_autofree char *due = iso_plus_days (date, 14);
    g_autofree char *what = with_name (PICK (g, agreement_texts), koers_student_get_first_name (student));
    g_autoptr(KoersAgreement) agreement = koers_agreement_new (what, KOERS_OWNER_SCHOOL, mentor, due);

    if (!koers_store_add_agreement (g->store, meeting, agreement, error))
      return FALSE;
  }
  koers_meeting_set_summary (meeting, "Ouders en school zien hetzelfde beeld; we spreken over vier weken weer af.");
  return koers_store_finish_meeting (g->store, meeting, error);
}

static gboolean
write_checklist (Generator               *g,
                 KoersChecklistTemplate  *template,
                 KoersStudent            *student,
                 GError                 **error)
{
  g_autoptr(KoersChecklist) checklist = koers_checklist_new_from_template (template);
  GPtrArray *rows = koers_checklist_get_rows (checklist);
  g_autofree char *date = school_day_iso (g, g_rand_int_range (g->rand, 5, 150));
  guint n_seen = g_rand_int_range (g->rand, 2, 7);

  koers_checklist_set_student_id (checklist, koers_student_get_id (student));
  koers_checklist_set_date (checklist, date);
  koers_checklist_set_observer (checklist, koers_student_get_mentor (student));
  for (guint i = 0; i < n_seen && rows->len > 0; i++)
    koers_checklist_set_answer (checklist, g_rand_int_range (g->rand, 0, rows->len),
                                chance (g, 0.3) ? KOERS_SIGNAL_SEEN_OFTEN : KOERS_SIGNAL_SEEN);
  koers_checklist_set_discussable (checklist, "Ja, met de leerling zelf.");
  if (chance (g, 0.5))
    {
      g_autofree char *due = iso_plus_days (date, 14);

      koers_checklist_set_next_step (checklist, "Bespreken met de zorgcoördinator");
      koers_checklist_set_next_step_owner (checklist, koers_student_get_mentor (student));
      koers_checklist_set_next_step_due (checklist, due);
      koers_checklist_set_status (checklist, KOERS_CHECKLIST_FINAL);
    }
  return koers_store_save_checklist (g->store, checklist, error);
}

/* Classes of 28: 1A … 6A, 1B … 6B and so on, a mentor each. */
static GPtrArray *
invent_students (Generator *g,
                 guint      n)
{
  GPtrArray *students = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      KoersStudent *student = koers_student_new ();
      guint class = i / CLASS_SIZE;
      guint year = 1 + class % 6;
      g_autofree char *group = g_strdup_printf ("%u%c", year, 'A' + (int) (class / 6) % 26);
      g_autofree char *number = g_strdup_printf ("%u", 300000 + i);
      g_autofree char *birth = NULL;
      GDate born = g->today;

      g_date_subtract_days (&born, (11 + year) * 365 + g_rand_int_range (g->rand, 0, 365));
      birth = koers_date_to_iso (&born);
      koers_student_set_student_number (student, number);
      koers_student_set_first_name (student, PICK (g, first_names));
      if (chance (g, 0.3))
        koers_student_set_tussenvoegsel (student, PICK (g, tussenvoegsels));
      koers_student_set_last_name (student, PICK (g, last_names));
      koers_student_set_group (student, group);
      koers_student_set_birth_date (student, birth);
      koers_student_set_mentor (student, mentors[class % G_N_ELEMENTS (mentors)]);
      g_ptr_array_add (students, student);
    }
  return students;
}

/* The students again as the notebook has them (with ids), in the order invented. */
static GPtrArray *
saved_students (Generator  *g,
                GPtrArray  *invented,
                GError    **error)
{
  KoersStudentQuery query = { .include_archived = TRUE };
  g_autoptr(GPtrArray) all = koers_store_list_students (g->store, &query, error);
  g_autoptr(GHashTable) by_number = NULL;
  g_autoptr(GPtrArray) saved = NULL;

  if (all == NULL)
    return NULL;
  by_number = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < all->len; i++)
    g_hash_table_insert (by_number, (gpointer) koers_student_get_student_number (all->pdata[i]), all->pdata[i]);

  saved = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < invented->len; i++)
    {
      KoersStudent *student = g_hash_table_lookup (by_number, koers_student_get_student_number (invented->pdata[i]));

      if (student == NULL)
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                               "An invented student was not saved");
          return NULL;
        }
      g_ptr_array_add (saved, g_object_ref (student));
    }
  return g_steal_pointer (&saved);
}

/* Timelines in writes of fifty students: one commit per write, not per entry. */
static gboolean
write_timelines (Generator               *g,
                 GPtrArray               *students,
                 const KoersSyntheticSpec *spec,
                 KoersSyntheticProgress   progress,
                 gpointer                 user_data,
                 GError                 **error)
{
  for (guint start = 0; start < students->len; start += STUDENTS_PER_WRITE)
    {
      guint end = MIN (start + STUDENTS_PER_WRITE, students->len);

      if (!koers_store_begin (g->store, error))
        return FALSE;
      for (guint i = start; i < end; i++)
        {
          KoersStudent *student = students->pdata[i];
          guint n = i == 0 && spec->first_student_entries > 0 ? spec->first_student_entries
                                                              : spec->entries_per_student;
          /* Two school years of notes; a long history reaches further back. */
          guint span = CLAMP (n * 3, 2 * 200, 6 * 365);

          for (guint e = 0; e < n; e++)
            if (!write_entry (g, koers_student_get_id (student), koers_student_get_first_name (student),
                              koers_student_get_mentor (student), span, error))
              {
                koers_store_rollback (g->store);
                return FALSE;
              }
        }
      if (!koers_store_commit (g->store, error))
        return FALSE;
      if (progress != NULL)
        progress (end, students->len, user_data);
    }
  return TRUE;
}

/* Goals, meetings and checklists save through their own calls, each its own write. */
static gboolean
write_plans (Generator  *g,
             GPtrArray  *students,
             GError    **error)
{
  g_autoptr(KoersChecklistTemplate) template = koers_store_get_template_by_key (g->store, SIGNALENKAART, NULL);

  for (guint i = 0; i < students->len; i++)
    {
      KoersStudent *student = students->pdata[i];

      if (chance (g, 1.0 / 3) && !write_goal (g, student, error))
        return FALSE;
      if (chance (g, 1.0 / 7) && !write_meeting (g, student, error))
        return FALSE;
      if (template != NULL && chance (g, 1.0 / 20) && !write_checklist (g, template, student, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
koers_synthetic_fill (KoersStore               *store,
                      const KoersSyntheticSpec *spec,
                      KoersSyntheticProgress    progress,
                      gpointer                  user_data,
                      GError                  **error)
{
  Generator g = { .store = store };
  g_autoptr(GPtrArray) invented = NULL;
  g_autoptr(GPtrArray) students = NULL;
  gboolean ok;

  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  if (spec->today != NULL)
    {
      if (!koers_date_from_iso (spec->today, &g.today))
        return koers_store_set_invalid (error, _("The date to write the notebook up to is not a date."));
    }
  else
    koers_date_today (&g.today);

  g.rand = g_rand_new_with_seed (spec->seed);
  invented = invent_students (&g, spec->students);

  /* A made-up notebook is written without waiting for the disk at every commit:
   * a power cut while it is made loses only made-up data. */
  ok = koers_store_exec (store, "PRAGMA synchronous = OFF", error) &&
       koers_store_import_students (store, invented, NULL, NULL, error) &&
       (students = saved_students (&g, invented, error)) != NULL &&
       write_timelines (&g, students, spec, progress, user_data, error) &&
       write_plans (&g, students, error);

  koers_store_exec (store, "PRAGMA synchronous = FULL", NULL);
  g_rand_free (g.rand);
  /* Everything into the main file, so a copy of it alone is the whole notebook. */
  koers_store_reset_statements (store);
  return ok && koers_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", error);
}
