/* koers-student-row.c: one student in the sidebar list
 *
 * A row of a GtkListView, reused for whichever student scrolls into view: the
 * heading of a class is part of the row of its first student, because a list
 * view (GTK 4.8) has no headers of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-student-row.h"

struct _KoersStudentRow
{
  GtkWidget      parent_instance;

  GtkLabel      *group_label;
  GtkLabel      *name_label;
  GtkLabel      *archived_label;
  GtkLabel      *number_label;

  KoersStudent  *student;
};

G_DEFINE_FINAL_TYPE (KoersStudentRow, koers_student_row, GTK_TYPE_WIDGET)

static void
koers_student_row_dispose (GObject *object)
{
  KoersStudentRow *self = KOERS_STUDENT_ROW (object);

  g_clear_object (&self->student);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_STUDENT_ROW);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }

  G_OBJECT_CLASS (koers_student_row_parent_class)->dispose (object);
}

static void
koers_student_row_class_init (KoersStudentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_student_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/students/koers-student-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersStudentRow, group_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentRow, archived_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentRow, number_label);
}

static void
koers_student_row_init (KoersStudentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
koers_student_row_new (void)
{
  return g_object_new (KOERS_TYPE_STUDENT_ROW, NULL);
}

void
koers_student_row_set_student (KoersStudentRow *self,
                               KoersStudent    *student,
                               const char      *group_heading)
{
  const char *number;
  gboolean archived;

  g_return_if_fail (KOERS_IS_STUDENT_ROW (self));
  g_return_if_fail (student == NULL || KOERS_IS_STUDENT (student));

  g_set_object (&self->student, student);
  gtk_label_set_text (self->group_label, group_heading != NULL ? group_heading : "");
  gtk_widget_set_visible (GTK_WIDGET (self->group_label), group_heading != NULL);

  number = student != NULL ? koers_student_get_student_number (student) : NULL;
  archived = student != NULL && koers_student_get_archived (student);

  gtk_label_set_text (self->name_label, student != NULL ? koers_student_get_display_name (student) : "");
  gtk_label_set_text (self->number_label, number != NULL ? number : "");
  gtk_widget_set_visible (GTK_WIDGET (self->number_label), number != NULL && *number != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->archived_label), archived);
  if (archived)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_label), "dim-label");
}

KoersStudent *
koers_student_row_get_student (KoersStudentRow *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_ROW (self), NULL);

  return self->student;
}
