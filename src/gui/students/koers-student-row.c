/* koers-student-row.c: one student in the sidebar list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-student-row.h"

struct _KoersStudentRow
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *name_label;
  GtkLabel      *archived_label;
  GtkLabel      *number_label;

  KoersStudent  *student;
};

G_DEFINE_FINAL_TYPE (KoersStudentRow, koers_student_row, GTK_TYPE_LIST_BOX_ROW)

static void
koers_student_row_dispose (GObject *object)
{
  KoersStudentRow *self = KOERS_STUDENT_ROW (object);

  g_clear_object (&self->student);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_STUDENT_ROW);

  G_OBJECT_CLASS (koers_student_row_parent_class)->dispose (object);
}

static void
koers_student_row_class_init (KoersStudentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_student_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/students/koers-student-row.ui");
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
koers_student_row_new (KoersStudent *student)
{
  KoersStudentRow *self;
  const char *number;
  gboolean archived;

  g_return_val_if_fail (KOERS_IS_STUDENT (student), NULL);

  self = g_object_new (KOERS_TYPE_STUDENT_ROW, NULL);
  self->student = g_object_ref (student);

  number = koers_student_get_student_number (student);
  archived = koers_student_get_archived (student);

  gtk_label_set_text (self->name_label, koers_student_get_display_name (student));
  gtk_label_set_text (self->number_label, number != NULL ? number : "");
  gtk_widget_set_visible (GTK_WIDGET (self->number_label), number != NULL && *number != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->archived_label), archived);
  if (archived)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "dim-label");

  return GTK_WIDGET (self);
}

KoersStudent *
koers_student_row_get_student (KoersStudentRow *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_ROW (self), NULL);

  return self->student;
}
