/* koers-demo-care-meetings.c: a leerlingbespreking planned in the demo notebook
 *
 * Next week, with students of both mentors and the questions they bring, so the
 * brief, the agenda and recording the outcome can be tried at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-demo-private.h"

#include "koers-date.h"

#define DAYS_AHEAD 7

typedef struct
{
  const char *number;
  const char *question;
} DemoCareStudent;

static const DemoCareStudent demo_care_students[] = {
  { "104215", "Jesse verzuimt steeds vaker in het eerste uur. Is het tijd om de "
              "leerplichtambtenaar in te schakelen, of eerst nog een gesprek thuis?" },
  { "104213", "Mees haalt zijn planning nog niet, ondanks zijn doel. Wat kunnen alle "
              "docenten doen om hem te helpen?" },
  { "2300418", "Amina is moe door de mantelzorg thuis. Hoe houden we haar stage haalbaar?" },
};

static const char * const demo_attendees[] = {
  "A. Smit (zorgcoördinator)",
  "M. de Boer (mentor 2A)",
  "S. Visser (mentor ZW2B)",
  "R. Kok (teamleider)",
  NULL
};

gboolean
koers_demo_fill_care_meetings (KoersStore  *store,
                               GError     **error)
{
  g_autoptr(GPtrArray) existing = koers_store_list_care_meetings (store, error);
  g_autoptr(KoersCareMeeting) meeting = NULL;
  g_autofree char *date = NULL;
  GDate today;

  if (existing == NULL)
    return FALSE;
  /* Filling twice adds nothing, nor does it touch meetings the user planned. */
  if (existing->len > 0)
    return TRUE;

  koers_date_today (&today);
  date = koers_demo_school_day_iso (&today, DAYS_AHEAD);
  meeting = koers_care_meeting_new ();
  koers_care_meeting_set_date (meeting, date);
  koers_care_meeting_set_time (meeting, "15:30");
  koers_care_meeting_set_place (meeting, "kamer zorgcoördinator");
  koers_care_meeting_set_attendees (meeting, demo_attendees);

  for (guint i = 0; i < G_N_ELEMENTS (demo_care_students); i++)
    {
      g_autoptr(KoersStudent) student = koers_store_find_student (store, demo_care_students[i].number, error);

      if (student == NULL)
        return FALSE;
      koers_care_meeting_add_student (meeting, koers_student_get_id (student),
                                      demo_care_students[i].question);
    }
  return koers_store_save_care_meeting (store, meeting, error);
}
