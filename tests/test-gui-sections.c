/* test-gui-sections.c: the meeting editor's strengths, worry and conversation sections
 *
 * Runs under Xvfb (see tests/meson.build). Each section is loaded with a fresh
 * koers_meeting_new() and the context of a real (encrypted, temporary) notebook,
 * then driven through its widgets as a mentor would: typing, ticking notes,
 * editing questions. The meeting must change accordingly and "changed" must fire;
 * a refresh shows what others changed without firing it.
 *
 * With KOERS_SECTIONS_SHOT=DIR set, each section is also rendered to
 * DIR/strengths.png, worry.png and conversation.png for a look.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "koers-date.h"
#include "koers-goal.h"
#include "koers-store.h"
#include "koers-test-util.h"
#include "meetings/koers-meeting-conversation-section-private.h"
#include "meetings/koers-meeting-entry-rows.h"
#include "meetings/koers-meeting-strengths-section-private.h"
#include "meetings/koers-meeting-worry-section-private.h"

#define PASSPHRASE "Mijn klas heeft 28 leerlingen!"

/* Generated with --manual-register (src/gui/meson.build); KoersApplication calls
 * it, and there is no application here. */
void koers_register_resource (void);

typedef struct
{
  char         *dir;
  KoersStore   *store;
  KoersStudent *lotte;       /* positive, fact, interpretation and sensitive notes, goals */
  KoersStudent *daan;        /* nothing on the timeline, no goals */
  gint64        positive_old;
  gint64        positive_new;
  gint64        fact;
  gint64        interpretation;
  gint64        sensitive;
  gint64        active_goal;
  gint64        concept_goal;
  GtkWindow    *window;
  guint         n_changed;
} Fixture;

/* Helpers */

static char *
iso_days_ago (guint days)
{
  return koers_date_iso_days_ago (days);
}

static KoersStudent *
add_student (Fixture    *f,
             const char *first,
             const char *last)
{
  g_autoptr(GError) error = NULL;
  KoersStudent *student = koers_student_new ();

  koers_student_set_first_name (student, first);
  koers_student_set_last_name (student, last);
  koers_student_set_group (student, "2A");
  koers_student_set_birth_date (student, "2012-05-04");
  g_assert_true (koers_store_save_student (f->store, student, &error));
  g_assert_no_error (error);
  return student;
}

static gint64
add_entry (Fixture        *f,
           KoersStudent   *student,
           KoersEntryKind  kind,
           guint           days_ago,
           const char     *text,
           gboolean        interpretation,
           gboolean        sensitive)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) entry = koers_entry_new (kind);
  g_autofree char *date = iso_days_ago (days_ago);

  koers_entry_set_student_id (entry, koers_student_get_id (student));
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, text);
  koers_entry_set_interpretation (entry, interpretation);
  koers_entry_set_sensitive (entry, sensitive);
  koers_entry_set_source (entry, KOERS_SOURCE_TEACHER);
  koers_entry_set_source_name (entry, "mevrouw Jansen");
  g_assert_true (koers_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);
  return koers_entry_get_id (entry);
}

static gint64
add_goal (Fixture         *f,
          const char      *title,
          KoersGoalStatus  status)
{
  static const char * const steps[] = { "Ik zet 's avonds mijn wekker", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersGoal) goal = koers_goal_new ();
  g_autofree char *start = iso_days_ago (7);
  g_autofree char *evaluation = iso_days_ago (0);

  koers_goal_set_student_id (goal, koers_student_get_id (f->lotte));
  koers_goal_set_title (goal, title);
  koers_goal_set_steps (goal, steps);
  koers_goal_set_start_date (goal, start);
  koers_goal_set_evaluation_date (goal, evaluation);
  koers_goal_set_status (goal, status);
  g_assert_true (koers_store_save_goal (f->store, goal, &error));
  g_assert_no_error (error);
  return koers_goal_get_id (goal);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = koers_test_tmpdir_new ();
  path = g_build_filename (f->dir, "koers.db", NULL);
  f->store = koers_store_create (path, PASSPHRASE, &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_set_meta (f->store, "user-name", "meneer De Vries", &error));
  g_assert_no_error (error);

  f->lotte = add_student (f, "Lotte", "Bakker");
  f->daan = add_student (f, "Daan", "Visser");

  /* Dates chosen so that newest-first order is not facts-first order. */
  f->positive_old = add_entry (f, f->lotte, KOERS_ENTRY_POSITIVE, 10,
                               "Hielp een klasgenoot met wiskunde", FALSE, FALSE);
  f->fact = add_entry (f, f->lotte, KOERS_ENTRY_OBSERVATION, 5,
                       "Kwam in week 12 drie keer te laat & zonder boeken", FALSE, FALSE);
  f->sensitive = add_entry (f, f->lotte, KOERS_ENTRY_PARENT_CONTACT, 4,
                            "Moeder vertelt dat de ouders gaan scheiden", FALSE, TRUE);
  f->positive_new = add_entry (f, f->lotte, KOERS_ENTRY_POSITIVE, 2,
                               "Mooie presentatie over vulkanen", FALSE, FALSE);
  f->interpretation = add_entry (f, f->lotte, KOERS_ENTRY_OBSERVATION, 1,
                                 "Lijkt ongemotiveerd", TRUE, FALSE);
  /* Making a goal active also writes a timeline note of kind goal. */
  f->active_goal = add_goal (f, "Ik ben op tijd in de les", KOERS_GOAL_ACTIVE);
  f->concept_goal = add_goal (f, "Ik maak mijn huiswerk in de planner", KOERS_GOAL_CONCEPT);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 700);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->lotte);
  g_clear_object (&f->daan);
  koers_store_close (f->store);
  g_clear_object (&f->store);
  koers_test_tmpdir_free (f->dir);
}

static void
count_changed_cb (KoersMeetingSection *section,
                  Fixture             *f)
{
  f->n_changed++;
}

static KoersMeetingContext *
load_context (Fixture      *f,
              KoersStudent *student)
{
  g_autoptr(GError) error = NULL;
  KoersMeetingContext *context = koers_meeting_context_load (f->store, student, &error);

  g_assert_no_error (error);
  g_assert_nonnull (context);
  return context;
}

/* Shows @section in the fixture's window, loaded for @student with @meeting. */
static void
show_section (Fixture      *f,
              GtkWidget    *section,
              KoersStudent *student,
              KoersMeeting *meeting)
{
  g_autoptr(KoersMeetingContext) context = load_context (f, student);

  gtk_window_set_child (f->window, section);
  g_signal_connect (section, "changed", G_CALLBACK (count_changed_cb), f);
  koers_meeting_section_load (KOERS_MEETING_SECTION (section), context, meeting);
  /* Filling the widgets is no edit. */
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_true (koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (section)) == meeting);
  g_assert_true (koers_meeting_section_get_context (KOERS_MEETING_SECTION (section)) == context);
  gtk_window_present (f->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  f->n_changed = 0;
}

static void
type_text (GtkTextView *view,
           const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static char *
view_text (GtkTextView *view)
{
  return koers_meeting_text_view_dup_text (view);
}

/* A user's click on a check row: the row activates its check button. */
static void
click_row (GtkWidget *row)
{
  g_assert_nonnull (row);
  gtk_widget_activate (row);
}

/* A click on a button. (gtk_widget_activate on a realized button only emits
 * "clicked" after its press animation, from the main loop.) */
static void
click_button (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
row_checked (GtkWidget *row)
{
  return gtk_check_button_get_active (koers_meeting_entry_check_row_get_check (row));
}

static gint64
row_entry_id (GtkWidget *row)
{
  return koers_entry_get_id (koers_meeting_entry_row_get_entry (row));
}

static const KoersMeetingLink *
find_link (KoersMeeting  *meeting,
           gint64         entry_id,
           KoersLinkRole  role)
{
  GArray *links = koers_meeting_get_links (meeting);

  for (guint i = 0; i < links->len; i++)
    {
      const KoersMeetingLink *link = &g_array_index (links, KoersMeetingLink, i);

      if (link->entry_id == entry_id && link->role == role)
        return link;
    }
  return NULL;
}

/* Renders the window to DIR/@name.png when KOERS_SECTIONS_SHOT=DIR is set. */
static void
maybe_shoot (Fixture    *f,
             const char *name,
             int         width,
             int         height)
{
  const char *dir = g_getenv ("KOERS_SECTIONS_SHOT");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *png = NULL;
  g_autofree char *root = NULL;
  g_autofree char *command = NULL;

  if (dir == NULL)
    return;

  gtk_window_set_default_size (f->window, width, height);
  gtk_widget_set_size_request (GTK_WIDGET (f->window), width, height);
  for (int i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
    }

  paintable = gtk_widget_paintable_new (GTK_WIDGET (f->window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (GTK_WIDGET (f->window)),
                          gtk_widget_get_height (GTK_WIDGET (f->window)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node, NULL);
  png = g_strconcat (name, ".png", NULL);
  file = g_build_filename (dir, png, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, file));

  /* The whole screen too: popovers are surfaces of their own. */
  root = g_strdup_printf ("%s/%s-screen.png", dir, name);
  command = g_strdup_printf ("import -window root %s", root);
  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
}

/* Tests */

static void
test_strengths (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoersMeeting) meeting = koers_meeting_new ();
  KoersMeetingStrengthsSection *section = g_object_new (KOERS_TYPE_MEETING_STRENGTHS_SECTION, NULL);
  GtkWidget *row, *linked;
  g_autofree char *shown = NULL;
  guint n;

  show_section (f, GTK_WIDGET (section), f->lotte, meeting);

  /* Text per area goes into the meeting as it is typed. */
  type_text (koers_meeting_strengths_section_get_area_view (section, KOERS_AREA_WORK_ATTITUDE),
             "Werkt geconcentreerd aan projecten");
  g_assert_cmpstr (koers_meeting_get_strength (meeting, KOERS_AREA_WORK_ATTITUDE), ==,
                   "Werkt geconcentreerd aan projecten");
  g_assert_null (koers_meeting_get_strength (meeting, KOERS_AREA_LEARNING));
  g_assert_cmpuint (f->n_changed, >, 0);

  /* Only the two positive notes are offered, newest first, none ticked. */
  g_assert_false (gtk_widget_get_visible (koers_meeting_strengths_section_get_empty_label (section, KOERS_AREA_SOCIAL_EMOTIONAL)));
  g_assert_nonnull (koers_meeting_strengths_section_get_candidate_row (section, KOERS_AREA_SOCIAL_EMOTIONAL, 1));
  g_assert_null (koers_meeting_strengths_section_get_candidate_row (section, KOERS_AREA_SOCIAL_EMOTIONAL, 2));
  row = koers_meeting_strengths_section_get_candidate_row (section, KOERS_AREA_SOCIAL_EMOTIONAL, 0);
  g_assert_cmpint (row_entry_id (row), ==, f->positive_new);
  g_assert_false (row_checked (row));

  /* Ticking one links it as a strength of that area and shows it under the area. */
  n = f->n_changed;
  click_row (row);
  g_assert_true (row_checked (row));
  g_assert_nonnull (find_link (meeting, f->positive_new, KOERS_LINK_STRENGTH));
  g_assert_cmpint (find_link (meeting, f->positive_new, KOERS_LINK_STRENGTH)->area, ==, KOERS_AREA_SOCIAL_EMOTIONAL);
  g_assert_cmpuint (f->n_changed, >, n);
  g_assert_cmpuint (koers_meeting_strengths_section_get_n_linked (section, KOERS_AREA_SOCIAL_EMOTIONAL), ==, 1);
  linked = koers_meeting_strengths_section_get_linked_row (section, KOERS_AREA_SOCIAL_EMOTIONAL, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (linked)), ==, "Mooie presentatie over vulkanen");
  shown = koers_date_format_dutch (koers_entry_get_date (koers_meeting_context_find_entry (load_context (f, f->lotte), f->positive_new)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (linked)), shown));

  /* The same note ticked under another area moves there: it counts once. */
  row = koers_meeting_strengths_section_get_candidate_row (section, KOERS_AREA_LEARNING, 0);
  g_assert_false (row_checked (row));
  click_row (row);
  g_assert_cmpint (find_link (meeting, f->positive_new, KOERS_LINK_STRENGTH)->area, ==, KOERS_AREA_LEARNING);
  g_assert_cmpuint (koers_meeting_strengths_section_get_n_linked (section, KOERS_AREA_SOCIAL_EMOTIONAL), ==, 0);
  g_assert_cmpuint (koers_meeting_strengths_section_get_n_linked (section, KOERS_AREA_LEARNING), ==, 1);
  g_assert_false (row_checked (koers_meeting_strengths_section_get_candidate_row (section, KOERS_AREA_SOCIAL_EMOTIONAL, 0)));

  /* The remove button unlinks it. */
  n = f->n_changed;
  linked = koers_meeting_strengths_section_get_linked_row (section, KOERS_AREA_LEARNING, 0);
  click_button (koers_meeting_strengths_section_get_remove_button (linked));
  g_assert_null (find_link (meeting, f->positive_new, KOERS_LINK_STRENGTH));
  g_assert_cmpuint (koers_meeting_strengths_section_get_n_linked (section, KOERS_AREA_LEARNING), ==, 0);
  g_assert_false (row_checked (koers_meeting_strengths_section_get_candidate_row (section, KOERS_AREA_LEARNING, 0)));
  g_assert_cmpuint (f->n_changed, >, n);

  /* Unticking unlinks too. */
  row = koers_meeting_strengths_section_get_candidate_row (section, KOERS_AREA_INTERESTS, 1);
  g_assert_cmpint (row_entry_id (row), ==, f->positive_old);
  click_row (row);
  g_assert_cmpint (find_link (meeting, f->positive_old, KOERS_LINK_STRENGTH)->area, ==, KOERS_AREA_INTERESTS);
  click_row (row);
  g_assert_null (find_link (meeting, f->positive_old, KOERS_LINK_STRENGTH));

  type_text (koers_meeting_strengths_section_get_parents_view (section), "Ze komen altijd naar de ouderavond");
  g_assert_cmpstr (koers_meeting_get_parents_appreciation (meeting), ==, "Ze komen altijd naar de ouderavond");

  /* Refresh shows what changed elsewhere and is no edit itself. */
  koers_meeting_set_strength (meeting, KOERS_AREA_CREATIVE, "Tekent prachtig");
  koers_meeting_link_entry (meeting, f->positive_old, KOERS_LINK_STRENGTH, KOERS_AREA_CREATIVE);
  n = f->n_changed;
  koers_meeting_section_refresh (KOERS_MEETING_SECTION (section));
  g_assert_cmpuint (f->n_changed, ==, n);
  {
    g_autofree char *text = view_text (koers_meeting_strengths_section_get_area_view (section, KOERS_AREA_CREATIVE));

    g_assert_cmpstr (text, ==, "Tekent prachtig");
  }
  g_assert_cmpuint (koers_meeting_strengths_section_get_n_linked (section, KOERS_AREA_CREATIVE), ==, 1);
  g_assert_true (row_checked (koers_meeting_strengths_section_get_candidate_row (section, KOERS_AREA_CREATIVE, 1)));
  g_assert_cmpstr (koers_meeting_get_strength (meeting, KOERS_AREA_WORK_ATTITUDE), ==,
                   "Werkt geconcentreerd aan projecten");

  maybe_shoot (f, "strengths", 800, 1500);
}

static void
test_strengths_empty (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(KoersMeeting) meeting = koers_meeting_new ();
  KoersMeetingStrengthsSection *section = g_object_new (KOERS_TYPE_MEETING_STRENGTHS_SECTION, NULL);

  show_section (f, GTK_WIDGET (section), f->daan, meeting);

  /* Without positive notes the list says where they come from. */
  for (KoersArea area = 0; area < KOERS_N_AREAS; area++)
    {
      g_assert_true (gtk_widget_get_visible (koers_meeting_strengths_section_get_empty_label (section, area)));
      g_assert_null (koers_meeting_strengths_section_get_candidate_row (section, area, 0));
    }
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (koers_meeting_strengths_section_get_empty_label (section, KOERS_AREA_LEARNING))),
                            "“Positive”"));

  if (g_getenv ("KOERS_SECTIONS_SHOT") != NULL)
    {
      gtk_menu_button_popup (koers_meeting_strengths_section_get_add_button (section, KOERS_AREA_LEARNING));
      maybe_shoot (f, "strengths-empty", 800, 700);
    }
}

static void
test_worry (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(KoersMeeting) meeting = koers_meeting_new ();
  KoersMeetingWorrySection *section = g_object_new (KOERS_TYPE_MEETING_WORRY_SECTION, NULL);
  GtkTextView *worry = koers_meeting_worry_section_get_worry_view (section);
  GtkWidget *row;
  const char *subtitle;
  guint n;

  show_section (f, GTK_WIDGET (section), f->lotte, meeting);

  /* An empty worry suggests the wij-message; the button starts it. */
  g_assert_true (gtk_widget_get_visible (koers_meeting_worry_section_get_hint (section)));
  click_button (koers_meeting_worry_section_get_start_button (section));
  g_assert_cmpstr (koers_meeting_get_worry (meeting), ==, "We are worried because");
  g_assert_false (gtk_widget_get_visible (koers_meeting_worry_section_get_hint (section)));
  g_assert_cmpuint (f->n_changed, >, 0);
  type_text (worry, "We are worried because Lotte often comes late.");
  g_assert_cmpstr (koers_meeting_get_worry (meeting), ==, "We are worried because Lotte often comes late.");
  /* A second press never puts the opening into the mentor's words. */
  click_button (koers_meeting_worry_section_get_start_button (section));
  g_assert_cmpstr (koers_meeting_get_worry (meeting), ==, "We are worried because Lotte often comes late.");
  type_text (worry, "");
  g_assert_null (koers_meeting_get_worry (meeting));
  g_assert_true (gtk_widget_get_visible (koers_meeting_worry_section_get_hint (section)));

  /* Examples: no goal or positive notes; facts first (the sensitive parent
   * contact, then the observation), then the newer interpretation. */
  g_assert_cmpuint (koers_meeting_worry_section_get_n_examples (section), ==, 3);
  g_assert_null (koers_meeting_worry_section_get_examples_more_row (section));
  g_assert_cmpint (row_entry_id (koers_meeting_worry_section_get_example_row (section, 0)), ==, f->sensitive);
  g_assert_cmpint (row_entry_id (koers_meeting_worry_section_get_example_row (section, 1)), ==, f->fact);
  g_assert_cmpint (row_entry_id (koers_meeting_worry_section_get_example_row (section, 2)), ==, f->interpretation);

  /* Each says when, what kind, and who; sensitive ones say when they are discussed. */
  row = koers_meeting_worry_section_get_example_row (section, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Kwam in week 12 drie keer te laat & zonder boeken");
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_assert_nonnull (strstr (subtitle, "Observation"));
  g_assert_nonnull (strstr (subtitle, "mevrouw Jansen"));
  g_assert_null (strstr (subtitle, "Sensitive"));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (koers_meeting_worry_section_get_example_row (section, 0)));
  g_assert_nonnull (strstr (subtitle, "Sensitive: only discussed when it is on the agenda"));

  /* Ticking links an example; unticking unlinks it. */
  n = f->n_changed;
  click_row (koers_meeting_worry_section_get_example_row (section, 1));
  g_assert_nonnull (find_link (meeting, f->fact, KOERS_LINK_EXAMPLE));
  g_assert_null (find_link (meeting, f->fact, KOERS_LINK_GOING_WELL));
  g_assert_cmpuint (f->n_changed, >, n);
  click_row (koers_meeting_worry_section_get_example_row (section, 0));
  g_assert_nonnull (find_link (meeting, f->sensitive, KOERS_LINK_EXAMPLE));
  click_row (koers_meeting_worry_section_get_example_row (section, 0));
  g_assert_null (find_link (meeting, f->sensitive, KOERS_LINK_EXAMPLE));

  /* Where it goes well: positive notes first, then the rest, no goal notes. */
  type_text (koers_meeting_worry_section_get_going_well_view (section), "Bij gym is ze altijd op tijd");
  g_assert_cmpstr (koers_meeting_get_going_well (meeting), ==, "Bij gym is ze altijd op tijd");
  g_assert_cmpuint (koers_meeting_worry_section_get_n_going_well (section), ==, 5);
  g_assert_cmpint (row_entry_id (koers_meeting_worry_section_get_going_well_row (section, 0)), ==, f->positive_new);
  g_assert_cmpint (row_entry_id (koers_meeting_worry_section_get_going_well_row (section, 1)), ==, f->positive_old);
  click_row (koers_meeting_worry_section_get_going_well_row (section, 1));
  g_assert_nonnull (find_link (meeting, f->positive_old, KOERS_LINK_GOING_WELL));

  /* Refresh reads the meeting back without counting as an edit. */
  koers_meeting_set_worry (meeting, "We are worried because of the mornings.");
  koers_meeting_unlink_entry (meeting, f->fact, KOERS_LINK_EXAMPLE);
  koers_meeting_link_entry (meeting, f->interpretation, KOERS_LINK_EXAMPLE, KOERS_AREA_LEARNING);
  n = f->n_changed;
  koers_meeting_section_refresh (KOERS_MEETING_SECTION (section));
  g_assert_cmpuint (f->n_changed, ==, n);
  {
    g_autofree char *text = view_text (worry);

    g_assert_cmpstr (text, ==, "We are worried because of the mornings.");
  }
  g_assert_false (gtk_widget_get_visible (koers_meeting_worry_section_get_hint (section)));
  g_assert_false (row_checked (koers_meeting_worry_section_get_example_row (section, 1)));
  g_assert_true (row_checked (koers_meeting_worry_section_get_example_row (section, 2)));
  g_assert_true (row_checked (koers_meeting_worry_section_get_going_well_row (section, 1)));

  koers_meeting_link_entry (meeting, f->fact, KOERS_LINK_EXAMPLE, KOERS_AREA_LEARNING);
  koers_meeting_link_entry (meeting, f->sensitive, KOERS_LINK_EXAMPLE, KOERS_AREA_LEARNING);
  koers_meeting_section_refresh (KOERS_MEETING_SECTION (section));
  maybe_shoot (f, "worry", 800, 1400);
}

static void
test_worry_long_timeline (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KoersMeeting) meeting = koers_meeting_new ();
  KoersMeetingWorrySection *section = g_object_new (KOERS_TYPE_MEETING_WORRY_SECTION, NULL);
  gint64 oldest = 0;

  /* Forty observations on Daan's timeline, one a day. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("Observatie %u", i);

      oldest = add_entry (f, f->daan, KOERS_ENTRY_OBSERVATION, 20 + i, text, FALSE, FALSE);
    }
  /* A linked old note stays in view, or it could not be unticked. */
  koers_meeting_link_entry (meeting, oldest, KOERS_LINK_EXAMPLE, KOERS_AREA_LEARNING);

  show_section (f, GTK_WIDGET (section), f->daan, meeting);

  g_assert_cmpuint (koers_meeting_worry_section_get_n_examples (section), ==, 31);
  g_assert_cmpint (row_entry_id (koers_meeting_worry_section_get_example_row (section, 30)), ==, oldest);
  g_assert_true (row_checked (koers_meeting_worry_section_get_example_row (section, 30)));
  g_assert_nonnull (koers_meeting_worry_section_get_examples_more_row (section));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (koers_meeting_worry_section_get_examples_more_row (section))),
                   ==, "9 older notes");
  /* The link is an example, not a place where it goes well: that list shows 30. */
  g_assert_cmpuint (koers_meeting_worry_section_get_n_going_well (section), ==, 30);

  gtk_widget_activate (koers_meeting_worry_section_get_examples_more_row (section));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (koers_meeting_worry_section_get_n_examples (section), ==, 40);
  g_assert_null (koers_meeting_worry_section_get_examples_more_row (section));
  /* Showing more is no edit of the meeting. */
  g_assert_cmpuint (f->n_changed, ==, 0);
  /* The other list keeps its own length. */
  g_assert_cmpuint (koers_meeting_worry_section_get_n_going_well (section), ==, 30);
  g_assert_nonnull (koers_meeting_worry_section_get_going_well_more_row (section));
  g_assert_true (gtk_widget_get_visible (koers_meeting_worry_section_get_hint (section)));

  maybe_shoot (f, "worry-long", 800, 5000);
}

static void
test_conversation (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KoersMeeting) meeting = koers_meeting_new ();
  KoersMeetingConversationSection *section = g_object_new (KOERS_TYPE_MEETING_CONVERSATION_SECTION, NULL);
  GPtrArray *questions = koers_meeting_get_questions (meeting);
  g_autofree char *third = NULL;
  guint n_default = questions->len;
  GtkWidget *row;
  guint n;

  g_assert_cmpuint (n_default, >=, 3);
  show_section (f, GTK_WIDGET (section), f->lotte, meeting);

  type_text (koers_meeting_conversation_section_get_school_view (section), "Op school komt ze vaak te laat.");
  type_text (koers_meeting_conversation_section_get_home_view (section), "Thuis is ze moe.");
  type_text (koers_meeting_conversation_section_get_student_view (section), "Ik slaap slecht.");
  g_assert_cmpstr (koers_meeting_get_school_view (meeting), ==, "Op school komt ze vaak te laat.");
  g_assert_cmpstr (koers_meeting_get_home_view (meeting), ==, "Thuis is ze moe.");
  g_assert_cmpstr (koers_meeting_get_student_view (meeting), ==, "Ik slaap slecht.");
  g_assert_cmpuint (f->n_changed, >=, 3);

  /* The default questions, each editable in place. */
  g_assert_cmpuint (koers_meeting_conversation_section_get_n_questions (section), ==, n_default);
  for (guint i = 0; i < n_default; i++)
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (koers_meeting_conversation_section_get_question_row (section, i))), ==,
                     ((KoersMeetingItem *) questions->pdata[i])->text);
  n = f->n_changed;
  gtk_editable_set_text (GTK_EDITABLE (koers_meeting_conversation_section_get_question_row (section, 0)),
                         "Hoe gaan de ochtenden thuis?");
  g_assert_cmpstr (((KoersMeetingItem *) koers_meeting_get_questions (meeting)->pdata[0])->text, ==,
                   "Hoe gaan de ochtenden thuis?");
  g_assert_cmpuint (f->n_changed, >, n);

  /* Add one, type into it. */
  gtk_widget_activate (koers_meeting_conversation_section_get_add_question_row (section));
  g_assert_cmpuint (koers_meeting_get_questions (meeting)->len, ==, n_default + 1);
  g_assert_cmpuint (koers_meeting_conversation_section_get_n_questions (section), ==, n_default + 1);
  row = koers_meeting_conversation_section_get_question_row (section, n_default);
  gtk_editable_set_text (GTK_EDITABLE (row), "Wie brengt haar naar school?");
  g_assert_cmpstr (((KoersMeetingItem *) koers_meeting_get_questions (meeting)->pdata[n_default])->text, ==,
                   "Wie brengt haar naar school?");

  /* Remove the second: the third moves up. */
  third = g_strdup (((KoersMeetingItem *) koers_meeting_get_questions (meeting)->pdata[2])->text);
  n = f->n_changed;
  click_button (koers_meeting_conversation_section_get_remove_question_button (section, 1));
  g_assert_cmpuint (koers_meeting_get_questions (meeting)->len, ==, n_default);
  g_assert_cmpstr (((KoersMeetingItem *) koers_meeting_get_questions (meeting)->pdata[1])->text, ==, third);
  g_assert_cmpstr (((KoersMeetingItem *) koers_meeting_get_questions (meeting)->pdata[0])->text, ==,
                   "Hoe gaan de ochtenden thuis?");
  g_assert_cmpuint (koers_meeting_conversation_section_get_n_questions (section), ==, n_default);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (koers_meeting_conversation_section_get_question_row (section, 1))), ==, third);
  g_assert_cmpuint (f->n_changed, >, n);

  /* Goals: the active and the concept goal, none selected yet. */
  g_assert_false (gtk_widget_get_visible (koers_meeting_conversation_section_get_goals_empty_label (section)));
  g_assert_cmpuint (koers_meeting_conversation_section_get_n_goals (section), ==, 2);
  row = koers_meeting_conversation_section_get_goal_row (section, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ik ben op tijd in de les");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Evaluation on "));
  n = f->n_changed;
  gtk_widget_activate (row);
  g_assert_true (koers_meeting_get_goal_selected (meeting, f->active_goal));
  g_assert_false (koers_meeting_get_goal_selected (meeting, f->concept_goal));
  g_assert_cmpuint (f->n_changed, >, n);
  gtk_widget_activate (row);
  g_assert_false (koers_meeting_get_goal_selected (meeting, f->active_goal));
  gtk_widget_activate (koers_meeting_conversation_section_get_goal_row (section, 1));
  g_assert_true (koers_meeting_get_goal_selected (meeting, f->concept_goal));

  /* Refresh reads back without firing "changed". */
  koers_meeting_set_home_view (meeting, "Thuis gaat het beter.");
  koers_meeting_set_goal_selected (meeting, f->active_goal, TRUE);
  koers_meeting_add_question (meeting, "Wat verwacht u van ons?");
  n = f->n_changed;
  koers_meeting_section_refresh (KOERS_MEETING_SECTION (section));
  g_assert_cmpuint (f->n_changed, ==, n);
  {
    g_autofree char *text = view_text (koers_meeting_conversation_section_get_home_view (section));

    g_assert_cmpstr (text, ==, "Thuis gaat het beter.");
  }
  g_assert_cmpuint (koers_meeting_conversation_section_get_n_questions (section), ==, n_default + 1);
  g_assert_true (gtk_check_button_get_active (g_object_get_data (G_OBJECT (koers_meeting_conversation_section_get_goal_row (section, 0)), "check")));
  g_assert_cmpstr (koers_meeting_get_school_view (meeting), ==, "Op school komt ze vaak te laat.");

  maybe_shoot (f, "conversation", 800, 1300);
}

static void
test_conversation_no_goals (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(KoersMeeting) meeting = koers_meeting_new ();
  KoersMeetingConversationSection *section = g_object_new (KOERS_TYPE_MEETING_CONVERSATION_SECTION, NULL);

  show_section (f, GTK_WIDGET (section), f->daan, meeting);
  g_assert_cmpuint (koers_meeting_conversation_section_get_n_goals (section), ==, 0);
  g_assert_true (gtk_widget_get_visible (koers_meeting_conversation_section_get_goals_empty_label (section)));
  g_assert_cmpuint (f->n_changed, ==, 0);
  if (g_getenv ("KOERS_SECTIONS_SHOT") != NULL)
    {
      maybe_shoot (f, "conversation-narrow", 420, 900);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  koers_register_resource ();
  /* The app's own style (text cards, tags), as KoersApplication loads it. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/koers/Koers/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/sections/strengths", test_strengths);
  ADD ("/sections/strengths/no-positive-notes", test_strengths_empty);
  ADD ("/sections/worry", test_worry);
  ADD ("/sections/worry/long-timeline", test_worry_long_timeline);
  ADD ("/sections/conversation", test_conversation);
  ADD ("/sections/conversation/no-goals", test_conversation_no_goals);
#undef ADD

  return g_test_run ();
}
