/* koers-gui-test-util.c: finding widgets in the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-gui-test-util.h"

GtkWidget *
koers_test_find_widget (GtkWidget            *root,
                        KoersTestWidgetMatch  match,
                        gconstpointer         data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = koers_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

GtkWidget *
koers_test_find_named (GtkWidget  *root,
                       const char *id)
{
  return koers_test_find_widget (root, is_named, id);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
koers_test_find_of_type (GtkWidget *root,
                         GType      type)
{
  return koers_test_find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}
