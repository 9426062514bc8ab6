/* koers-gui-test-util.h: finding widgets in the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*KoersTestWidgetMatch) (GtkWidget     *widget,
                                          gconstpointer  data);

/* The first widget below @root, @root included, in tree order, that @match
 * accepts; NULL when none does. */
GtkWidget *koers_test_find_widget  (GtkWidget            *root,
                                    KoersTestWidgetMatch  match,
                                    gconstpointer         data);
/* The widget that a template below @root names @id. */
GtkWidget *koers_test_find_named   (GtkWidget            *root,
                                    const char           *id);
/* The first widget of @type below @root. */
GtkWidget *koers_test_find_of_type (GtkWidget            *root,
                                    GType                 type);

G_END_DECLS
