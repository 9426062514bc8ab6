/* koers-list-box.c: what the app's boxed lists share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-list-box.h"

void
koers_list_box_remove_rows (GtkListBox *list)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL && GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (list, child);
}

void
koers_list_box_row_cheap_labels (GtkWidget *row)
{
  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_label_get_wrap (GTK_LABEL (child)))
        gtk_label_set_natural_wrap_mode (GTK_LABEL (child), GTK_NATURAL_WRAP_NONE);
      koers_list_box_row_cheap_labels (child);
    }
}
