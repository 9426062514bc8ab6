/* koers-template-editor.h: the checklist templates, to rename, move and add signals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_TEMPLATE_EDITOR (koers_template_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoersTemplateEditor, koers_template_editor, KOERS, TEMPLATE_EDITOR, AdwWindow)

/* Signal: "changed" (): a template was saved, added or deleted; menus that list
 * the templates should reload. */

KoersTemplateEditor *koers_template_editor_new (GtkWindow  *parent,
                                                KoersStore *store);

/* For tests. The working copy of the selected template (NULL when none). */
KoersChecklistTemplate *koers_template_editor_get_template (KoersTemplateEditor *self);
/* Selects the template with @id (0: none); FALSE when it is not in the list. */
gboolean    koers_template_editor_select      (KoersTemplateEditor *self,
                                               gint64               id);
/* The entry row of item @index of the working copy. */
GtkEditable *koers_template_editor_get_item_row (KoersTemplateEditor *self,
                                                 guint                index);
gboolean    koers_template_editor_get_dirty   (KoersTemplateEditor *self);

G_END_DECLS
