/* koers-checklist-template.h: a signal checklist as a template (signalenkaart)
 *
 * A template is groups of items (signals) plus the card's tips. The shipped ones
 * come from data/checklists/ and are stored in the notebook at first use; the user
 * may rename, move and add items and make new templates. A checklist that is filled
 * in keeps its own copy of the groups and items (see koers-checklist.h), so editing
 * a template never changes what was filled in before.
 *
 * Every text of a shipped template has two halves: @builtin, the English source
 * text, shown through gettext (text domain "koers-checklists", whose Dutch is the
 * wording on the card), and @custom, what the user typed instead. Use
 * koers_checklist_text() to show one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KOERS_CHECKLISTS_DOMAIN "koers-checklists"

/* @custom when set, else @builtin translated, else "". */
const char *koers_checklist_text (const char *builtin,
                                  const char *custom);

typedef struct
{
  char     *key;       /* stable across renames and copies: "contact-zoeken", a UUID */
  char     *builtin;
  char     *custom;
  /* Quiet, internalising signals (DOMAIN.md): the easily missed ones. Summaries show
   * them as prominently as the loud ones; the flag lets a view say so. */
  gboolean  quiet;
} KoersChecklistGroup;

typedef struct
{
  char  *key;          /* stable across renames, moves and copies: how two checklists compare */
  char  *builtin;
  char  *custom;
  guint  group;        /* index in the template's (or checklist's) groups */
} KoersChecklistItem;

KoersChecklistGroup *koers_checklist_group_new  (const char *key,
                                                 const char *builtin,
                                                 const char *custom,
                                                 gboolean    quiet);
KoersChecklistGroup *koers_checklist_group_copy (const KoersChecklistGroup *group);
void                 koers_checklist_group_free (KoersChecklistGroup *group);
const char          *koers_checklist_group_get_name (const KoersChecklistGroup *group);

KoersChecklistItem  *koers_checklist_item_new   (const char *key,
                                                 const char *builtin,
                                                 const char *custom,
                                                 guint       group);
KoersChecklistItem  *koers_checklist_item_copy  (const KoersChecklistItem *item);
void                 koers_checklist_item_free  (KoersChecklistItem *item);
const char          *koers_checklist_item_get_label (const KoersChecklistItem *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersChecklistGroup, koers_checklist_group_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersChecklistItem, koers_checklist_item_free)

#define KOERS_TYPE_CHECKLIST_TEMPLATE (koers_checklist_template_get_type ())
G_DECLARE_FINAL_TYPE (KoersChecklistTemplate, koers_checklist_template, KOERS, CHECKLIST_TEMPLATE, GObject)

/* An empty template of the user's own. */
KoersChecklistTemplate *koers_checklist_template_new  (void);
KoersChecklistTemplate *koers_checklist_template_copy (KoersChecklistTemplate *self);
/* A new template (id 0, new UUID and keys kept) with the same groups, items and
 * tips, named "Copy of …": how a user starts from a shipped card. */
KoersChecklistTemplate *koers_checklist_template_duplicate (KoersChecklistTemplate *self);

gint64      koers_checklist_template_get_id          (KoersChecklistTemplate *self);
void        koers_checklist_template_set_id          (KoersChecklistTemplate *self,
                                                      gint64                  id);
const char *koers_checklist_template_get_uuid        (KoersChecklistTemplate *self);
void        koers_checklist_template_set_uuid        (KoersChecklistTemplate *self,
                                                      const char             *uuid);
/* The data file's id ("signalenkaart-jong-doet-mee") for a shipped template, NULL for
 * the user's own. */
const char *koers_checklist_template_get_key         (KoersChecklistTemplate *self);
void        koers_checklist_template_set_key         (KoersChecklistTemplate *self,
                                                      const char             *key);
/* The name shown: the custom one, else the shipped one translated. */
const char *koers_checklist_template_get_name        (KoersChecklistTemplate *self);
const char *koers_checklist_template_get_builtin_name (KoersChecklistTemplate *self);
void        koers_checklist_template_set_builtin_name (KoersChecklistTemplate *self,
                                                      const char             *name);
const char *koers_checklist_template_get_custom_name (KoersChecklistTemplate *self);
void        koers_checklist_template_set_custom_name (KoersChecklistTemplate *self,
                                                      const char             *name);
/* Where it comes from, shown: "JONG doet mee!" or "Koers". */
const char *koers_checklist_template_get_source      (KoersChecklistTemplate *self);
const char *koers_checklist_template_get_builtin_source (KoersChecklistTemplate *self);
void        koers_checklist_template_set_builtin_source (KoersChecklistTemplate *self,
                                                      const char             *source);
/* TRUE for the app's own items (written for Koers, not from a published card) and
 * for every template a user makes. */
gboolean    koers_checklist_template_get_own         (KoersChecklistTemplate *self);
void        koers_checklist_template_set_own         (KoersChecklistTemplate *self,
                                                      gboolean                own);
/* Sort order in lists; the shipped signalenkaart first. */
int         koers_checklist_template_get_position    (KoersChecklistTemplate *self);
void        koers_checklist_template_set_position    (KoersChecklistTemplate *self,
                                                      int                     position);

/* KoersChecklistGroup, KoersChecklistItem, and the tips (KoersChecklistGroup too,
 * reused for a text with a key: only key, builtin and custom are used). Owned by the
 * template; change them in place or with the helpers below. */
GPtrArray  *koers_checklist_template_get_groups      (KoersChecklistTemplate *self);
GPtrArray  *koers_checklist_template_get_items       (KoersChecklistTemplate *self);
GPtrArray  *koers_checklist_template_get_tips        (KoersChecklistTemplate *self);

/* Appends a group of the user's own; returns its index. */
guint       koers_checklist_template_add_group       (KoersChecklistTemplate *self,
                                                      const char             *name);
/* Appends an item of the user's own at the end of @group; returns its index. */
guint       koers_checklist_template_add_item        (KoersChecklistTemplate *self,
                                                      guint                   group,
                                                      const char             *label);
/* Renames: sets the custom text (NULL or "" goes back to the shipped text). */
void        koers_checklist_template_rename_item     (KoersChecklistTemplate *self,
                                                      guint                   index,
                                                      const char             *label);
void        koers_checklist_template_rename_group    (KoersChecklistTemplate *self,
                                                      guint                   group,
                                                      const char             *name);
/* Moves item @index to the end of @group (keeping its key). */
void        koers_checklist_template_move_item_to_group (KoersChecklistTemplate *self,
                                                      guint                   index,
                                                      guint                   group);
/* Moves item @index one place up (-1) or down (+1) within its group. */
void        koers_checklist_template_move_item       (KoersChecklistTemplate *self,
                                                      guint                   index,
                                                      int                     direction);
void        koers_checklist_template_remove_item     (KoersChecklistTemplate *self,
                                                      guint                   index);
/* Removes an empty group; FALSE when items are still in it. */
gboolean    koers_checklist_template_remove_group    (KoersChecklistTemplate *self,
                                                      guint                   group);
/* The indexes into the items of @group, in order. */
GArray     *koers_checklist_template_items_in_group  (KoersChecklistTemplate *self,
                                                      guint                   group);

const char *koers_checklist_template_get_modified    (KoersChecklistTemplate *self);
void        koers_checklist_template_set_modified    (KoersChecklistTemplate *self,
                                                      const char             *timestamp);

/* The shipped templates (data/checklists/, compiled into the program), in order.
 * Elements are KoersChecklistTemplate with id 0. */
GPtrArray  *koers_checklist_templates_load_shipped   (GError                **error);
/* Parses one template file (GKeyFile, see data/checklists/README.md). */
KoersChecklistTemplate *koers_checklist_template_parse (const char          *data,
                                                      gsize                   length,
                                                      GError                **error);

G_END_DECLS
