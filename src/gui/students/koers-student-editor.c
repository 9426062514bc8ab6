/* koers-student-editor.c: adding or editing a student
 *
 * The editor works on a copy; only a successful save changes anything. When
 * the store refuses (a student number that is taken, say), the message shows
 * in the window and everything typed stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-student-editor.h"
#include "koers-unsaved.h"

struct _KoersStudentEditor
{
  AdwWindow     parent_instance;

  GtkWidget    *save_button;
  GtkLabel     *error_label;
  GtkEditable  *first_name_row;
  GtkEditable  *tussenvoegsel_row;
  GtkEditable  *last_name_row;
  GtkEditable  *number_row;
  GtkEditable  *group_row;
  GtkEditable  *birth_row;
  GtkEditable  *email_row;
  GtkEditable  *mentor_row;
  GtkWidget    *date_hint_label;
  GtkTextView  *notes_view;

  KoersStore   *store;
  KoersStudent *student;
};

G_DEFINE_FINAL_TYPE (KoersStudentEditor, koers_student_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/* The entry's text without surrounding spaces, NULL when nothing is left. */
static char *
dup_field (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
set_field (GtkEditable *editable,
           const char  *value)
{
  gtk_editable_set_text (editable, value != NULL ? value : "");
}

/* Empty is fine (unknown); anything else must be a real date. */
static gboolean
birth_date_valid (KoersStudentEditor *self)
{
  g_autofree char *text = dup_field (self->birth_row);
  g_autofree char *iso = NULL;

  if (text == NULL)
    return TRUE;

  iso = koers_date_parse_to_iso (text);
  return iso != NULL;
}

static void
update_state (KoersStudentEditor *self)
{
  g_autofree char *first_name = dup_field (self->first_name_row);
  g_autofree char *last_name = dup_field (self->last_name_row);
  gboolean date_ok = birth_date_valid (self);

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->birth_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->birth_row), "error");
  gtk_widget_set_visible (self->date_hint_label, !date_ok);

  gtk_widget_set_sensitive (self->save_button,
                            first_name != NULL && last_name != NULL && date_ok);
}

static void
show_error (KoersStudentEditor *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
save (KoersStudentEditor *self)
{
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *birth_text = NULL;
  g_autofree char *birth_iso = NULL;
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  /* Reached from the "Save changes?" question too, where the button is out of sight. */
  if (!gtk_widget_get_sensitive (self->save_button))
    {
      show_error (self, _("Not saved yet: fill in what is missing and correct the fields marked in red."));
      return;
    }

  /* Work on a copy again: a failed save must not leave half of it behind. */
  student = self->student != NULL ? koers_student_copy (self->student) : koers_student_new ();

  birth_text = dup_field (self->birth_row);
  if (birth_text != NULL)
    birth_iso = koers_date_parse_to_iso (birth_text);

  buffer = gtk_text_view_get_buffer (self->notes_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  {
    g_autofree char *first_name = dup_field (self->first_name_row);
    g_autofree char *tussenvoegsel = dup_field (self->tussenvoegsel_row);
    g_autofree char *last_name = dup_field (self->last_name_row);
    g_autofree char *number = dup_field (self->number_row);
    g_autofree char *group = dup_field (self->group_row);
    g_autofree char *email = dup_field (self->email_row);
    g_autofree char *mentor = dup_field (self->mentor_row);

    koers_student_set_first_name (student, first_name);
    koers_student_set_tussenvoegsel (student, tussenvoegsel);
    koers_student_set_last_name (student, last_name);
    koers_student_set_student_number (student, number);
    koers_student_set_group (student, group);
    koers_student_set_birth_date (student, birth_iso);
    koers_student_set_email (student, email);
    koers_student_set_mentor (student, mentor);
    koers_student_set_notes (student, *notes != '\0' ? notes : NULL);
  }

  if (!koers_store_save_student (self->store, student, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, student);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_from_question (GtkWindow *window)
{
  save (KOERS_STUDENT_EDITOR (window));
}

/* Callbacks */

static void
entry_changed_cb (KoersStudentEditor *self)
{
  /* The store's complaint was about what stood there before. */
  show_error (self, NULL);
  update_state (self);
}

static void
save_button_clicked_cb (KoersStudentEditor *self)
{
  save (self);
}

/* GObject */

static void
koers_student_editor_dispose (GObject *object)
{
  KoersStudentEditor *self = KOERS_STUDENT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->student);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_STUDENT_EDITOR);

  G_OBJECT_CLASS (koers_student_editor_parent_class)->dispose (object);
}

static void
koers_student_editor_class_init (KoersStudentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_student_editor_dispose;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KOERS_TYPE_STUDENT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/students/koers-student-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, tussenvoegsel_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, group_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, birth_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, mentor_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, date_hint_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
koers_student_editor_init (KoersStudentEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

KoersStudentEditor *
koers_student_editor_new (GtkWindow    *parent,
                          KoersStore   *store,
                          KoersStudent *student)
{
  KoersStudentEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (student == NULL || KOERS_IS_STUDENT (student), NULL);

  self = g_object_new (KOERS_TYPE_STUDENT_EDITOR,
                       "transient-for", parent,
                       "title", student != NULL ? _("Edit Student") : _("New Student"),
                       NULL);
  self->store = g_object_ref (store);

  if (student != NULL)
    {
      const char *birth_iso = koers_student_get_birth_date (student);

      self->student = koers_student_copy (student);

      set_field (self->first_name_row, koers_student_get_first_name (student));
      set_field (self->tussenvoegsel_row, koers_student_get_tussenvoegsel (student));
      set_field (self->last_name_row, koers_student_get_last_name (student));
      set_field (self->number_row, koers_student_get_student_number (student));
      set_field (self->group_row, koers_student_get_group (student));
      set_field (self->email_row, koers_student_get_email (student));
      set_field (self->mentor_row, koers_student_get_mentor (student));
      if (birth_iso != NULL && *birth_iso != '\0')
        {
          g_autofree char *birth = koers_date_format_dutch (birth_iso);

          set_field (self->birth_row, birth);
        }
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                                koers_student_get_notes (student) != NULL
                                ? koers_student_get_notes (student) : "", -1);
    }

  update_state (self);
  koers_unsaved_guard_window (GTK_WINDOW (self), _("Save the Student?"),
                              _("The changes to this student are not saved yet."),
                              save_from_question);
  gtk_widget_grab_focus (GTK_WIDGET (self->first_name_row));

  return self;
}
