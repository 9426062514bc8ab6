/* koers-demo.c: a notebook of invented students to try Koers with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-demo.h"

typedef struct
{
  const char *number;
  const char *first;
  const char *tussenvoegsel;
  const char *last;
  const char *group;
  const char *birth_date;
  const char *email;
} DemoStudent;

/* Every name here is invented. The mix mirrors real classes: tussenvoegsels,
 * diacritics, a secondary-school class, a primary-school group and an mbo group
 * whose students are mostly adults. */
static const DemoStudent demo_students[] = {
  { "104211", "Daan", "van", "Dijk", "2A", "2012-03-14", NULL },
  { "104212", "Sanne", NULL, "Bakker", "2A", "2011-11-02", NULL },
  { "104213", "Mees", "de", "Vries", "2A", "2012-06-29", NULL },
  { "104214", "Fatima", "el", "Amrani", "2A", "2012-01-07", NULL },
  { "104215", "Jesse", NULL, "Hoekstra", "2A", "2011-09-21", NULL },
  { "104216", "Lotte", "van der", "Meer", "2A", "2012-04-30", NULL },
  { "104217", "Noël", NULL, "Verbeek", "2A", "2012-02-18", NULL },
  { "104218", "Zoë", "ter", "Horst", "2A", "2011-12-05", NULL },
  { "104219", "Milan", NULL, "Kaya", "2A", "2012-08-11", NULL },
  { "104220", "Yara", NULL, "Mulder", "2A", "2012-05-23", NULL },
  { "31007", "Finn", NULL, "Smits", "Groep 7", "2015-10-09", NULL },
  { "31008", "Saar", "van den", "Berg", "Groep 7", "2015-07-17", NULL },
  { "31009", "Ilias", NULL, "Bouzid", "Groep 7", "2016-01-30", NULL },
  { "31010", "Chloë", NULL, "Peeters", "Groep 7", "2015-11-26", NULL },
  { "31011", "Bram", "de", "Groot", "Groep 7", "2015-09-03", NULL },
  { "2300417", "Britt", NULL, "Jansen", "ZW2B", "2007-05-12", "b.jansen@example.org" },
  { "2300418", "Amina", NULL, "Yilmaz", "ZW2B", "2006-10-03", NULL },
  { "2300419", "Davy", "van", "Leeuwen", "ZW2B", "2005-01-27", "davy@example.org" },
  { "2300420", "Sheila", NULL, "Pinas", "ZW2B", "2008-02-14", NULL },
  { "2300421", "Kevin", NULL, "Dekker", "ZW2B", "2004-08-08", NULL },
};

char *
koers_demo_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "koers", "demo.db", NULL);
}

gboolean
koers_demo_fill (KoersStore  *store,
                 GError     **error)
{
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (demo_students); i++)
    {
      const DemoStudent *d = &demo_students[i];
      KoersStudent *student = koers_student_new ();

      koers_student_set_student_number (student, d->number);
      koers_student_set_first_name (student, d->first);
      koers_student_set_tussenvoegsel (student, d->tussenvoegsel);
      koers_student_set_last_name (student, d->last);
      koers_student_set_group (student, d->group);
      koers_student_set_birth_date (student, d->birth_date);
      koers_student_set_email (student, d->email);
      g_ptr_array_add (students, student);
    }

  /* Matching on student numbers makes filling twice harmless. */
  return koers_store_import_students (store, students, NULL, NULL, error) &&
         koers_store_set_meta (store, "demo", "true", error);
}
