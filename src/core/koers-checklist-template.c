/* koers-checklist-template.c: a signal checklist as a template (signalenkaart)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-checklist-template.h"

#include "koers-checklists-resources.h"
#include "koers-i18n.h"
#include "koers-string.h"

#define RESOURCE_DIR "/io/github/koers/Koers/checklists"

const char *
koers_checklist_text (const char *builtin,
                      const char *custom)
{
  if (koers_str_is_set (custom))
    return custom;
  if (koers_str_is_set (builtin))
    return g_dgettext (KOERS_CHECKLISTS_DOMAIN, builtin);
  return "";
}

KoersChecklistGroup *
koers_checklist_group_new (const char *key,
                           const char *builtin,
                           const char *custom,
                           gboolean    quiet)
{
  KoersChecklistGroup *group = g_new0 (KoersChecklistGroup, 1);

  group->key = g_strdup (key);
  group->builtin = g_strdup (builtin);
  group->custom = koers_str_is_set (custom) ? g_strdup (custom) : NULL;
  group->quiet = quiet;
  return group;
}

KoersChecklistGroup *
koers_checklist_group_copy (const KoersChecklistGroup *group)
{
  return koers_checklist_group_new (group->key, group->builtin, group->custom, group->quiet);
}

void
koers_checklist_group_free (KoersChecklistGroup *group)
{
  if (group == NULL)
    return;
  g_free (group->key);
  g_free (group->builtin);
  g_free (group->custom);
  g_free (group);
}

const char *
koers_checklist_group_get_name (const KoersChecklistGroup *group)
{
  return koers_checklist_text (group->builtin, group->custom);
}

KoersChecklistItem *
koers_checklist_item_new (const char *key,
                          const char *builtin,
                          const char *custom,
                          guint       group)
{
  KoersChecklistItem *item = g_new0 (KoersChecklistItem, 1);

  item->key = g_strdup (key);
  item->builtin = g_strdup (builtin);
  item->custom = koers_str_is_set (custom) ? g_strdup (custom) : NULL;
  item->group = group;
  return item;
}

KoersChecklistItem *
koers_checklist_item_copy (const KoersChecklistItem *item)
{
  return koers_checklist_item_new (item->key, item->builtin, item->custom, item->group);
}

void
koers_checklist_item_free (KoersChecklistItem *item)
{
  if (item == NULL)
    return;
  g_free (item->key);
  g_free (item->builtin);
  g_free (item->custom);
  g_free (item);
}

const char *
koers_checklist_item_get_label (const KoersChecklistItem *item)
{
  return koers_checklist_text (item->builtin, item->custom);
}

struct _KoersChecklistTemplate
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  char *key;
  char *builtin_name;
  char *custom_name;
  char *builtin_source;
  gboolean own;
  int position;
  GPtrArray *groups;  /* KoersChecklistGroup */
  GPtrArray *items;   /* KoersChecklistItem */
  GPtrArray *tips;    /* KoersChecklistGroup: key and texts only */
  char *modified;
};

G_DEFINE_FINAL_TYPE (KoersChecklistTemplate, koers_checklist_template, G_TYPE_OBJECT)

static void
koers_checklist_template_finalize (GObject *object)
{
  KoersChecklistTemplate *self = KOERS_CHECKLIST_TEMPLATE (object);

  g_free (self->uuid);
  g_free (self->key);
  g_free (self->builtin_name);
  g_free (self->custom_name);
  g_free (self->builtin_source);
  g_ptr_array_unref (self->groups);
  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->tips);
  g_free (self->modified);

  G_OBJECT_CLASS (koers_checklist_template_parent_class)->finalize (object);
}

static void
koers_checklist_template_class_init (KoersChecklistTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_checklist_template_finalize;
}

static void
koers_checklist_template_init (KoersChecklistTemplate *self)
{
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_checklist_group_free);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_checklist_item_free);
  self->tips = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_checklist_group_free);
  self->own = TRUE;
}

KoersChecklistTemplate *
koers_checklist_template_new (void)
{
  return g_object_new (KOERS_TYPE_CHECKLIST_TEMPLATE, NULL);
}

static void
copy_contents (KoersChecklistTemplate *to,
               KoersChecklistTemplate *from)
{
  for (guint i = 0; i < from->groups->len; i++)
    g_ptr_array_add (to->groups, koers_checklist_group_copy (g_ptr_array_index (from->groups, i)));
  for (guint i = 0; i < from->items->len; i++)
    g_ptr_array_add (to->items, koers_checklist_item_copy (g_ptr_array_index (from->items, i)));
  for (guint i = 0; i < from->tips->len; i++)
    g_ptr_array_add (to->tips, koers_checklist_group_copy (g_ptr_array_index (from->tips, i)));
}

KoersChecklistTemplate *
koers_checklist_template_copy (KoersChecklistTemplate *self)
{
  KoersChecklistTemplate *copy;

  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);

  copy = koers_checklist_template_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->key = g_strdup (self->key);
  copy->builtin_name = g_strdup (self->builtin_name);
  copy->custom_name = g_strdup (self->custom_name);
  copy->builtin_source = g_strdup (self->builtin_source);
  copy->own = self->own;
  copy->position = self->position;
  copy->modified = g_strdup (self->modified);
  copy_contents (copy, self);
  return copy;
}

KoersChecklistTemplate *
koers_checklist_template_duplicate (KoersChecklistTemplate *self)
{
  KoersChecklistTemplate *copy;

  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);

  copy = koers_checklist_template_new ();
  /* Translators: the name of a new template made from another one */
  copy->custom_name = g_strdup_printf (_("Copy of %s"), koers_checklist_template_get_name (self));
  copy->builtin_source = g_strdup (self->builtin_source);
  copy->own = self->own;
  copy->position = self->position + 100;
  /* The keys stay: a mentor who switches to an adapted card still sees what changed. */
  copy_contents (copy, self);
  return copy;
}

gint64
koers_checklist_template_get_id (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), 0);
  return self->id;
}

void
koers_checklist_template_set_id (KoersChecklistTemplate *self,
                                 gint64                  id)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  self->id = id;
}

const char *
koers_checklist_template_get_uuid (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->uuid;
}

void
koers_checklist_template_set_uuid (KoersChecklistTemplate *self,
                                   const char             *uuid)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  koers_str_replace (&self->uuid, uuid);
}

const char *
koers_checklist_template_get_key (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->key;
}

void
koers_checklist_template_set_key (KoersChecklistTemplate *self,
                                  const char             *key)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  koers_str_replace (&self->key, key);
}

const char *
koers_checklist_template_get_name (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return koers_checklist_text (self->builtin_name, self->custom_name);
}

const char *
koers_checklist_template_get_builtin_name (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->builtin_name;
}

void
koers_checklist_template_set_builtin_name (KoersChecklistTemplate *self,
                                           const char             *name)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  koers_str_replace (&self->builtin_name, name);
}

const char *
koers_checklist_template_get_custom_name (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->custom_name;
}

void
koers_checklist_template_set_custom_name (KoersChecklistTemplate *self,
                                          const char             *name)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  koers_str_replace (&self->custom_name, koers_str_is_set (name) ? name : NULL);
}

const char *
koers_checklist_template_get_source (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  if (koers_str_is_set (self->builtin_source))
    return self->builtin_source;
  /* Translators: where a checklist template comes from, when the user made it */
  return _("Own template");
}

const char *
koers_checklist_template_get_builtin_source (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->builtin_source;
}

void
koers_checklist_template_set_builtin_source (KoersChecklistTemplate *self,
                                             const char             *source)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  koers_str_replace (&self->builtin_source, source);
}

gboolean
koers_checklist_template_get_own (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), FALSE);
  return self->own;
}

void
koers_checklist_template_set_own (KoersChecklistTemplate *self,
                                  gboolean                own)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  self->own = !!own;
}

int
koers_checklist_template_get_position (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), 0);
  return self->position;
}

void
koers_checklist_template_set_position (KoersChecklistTemplate *self,
                                       int                     position)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  self->position = position;
}

GPtrArray *
koers_checklist_template_get_groups (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->groups;
}

GPtrArray *
koers_checklist_template_get_items (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->items;
}

GPtrArray *
koers_checklist_template_get_tips (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->tips;
}

guint
koers_checklist_template_add_group (KoersChecklistTemplate *self,
                                    const char             *name)
{
  g_autofree char *key = g_uuid_string_random ();

  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), 0);

  g_ptr_array_add (self->groups, koers_checklist_group_new (key, NULL, name, FALSE));
  return self->groups->len - 1;
}

/* Where a new item of @group goes: after the group's last item, so the items stay
 * in group order. */
static guint
end_of_group (KoersChecklistTemplate *self,
              guint                   group)
{
  guint at = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      KoersChecklistItem *item = g_ptr_array_index (self->items, i);

      if (item->group <= group)
        at = i + 1;
    }
  return at;
}

guint
koers_checklist_template_add_item (KoersChecklistTemplate *self,
                                   guint                   group,
                                   const char             *label)
{
  g_autofree char *key = g_uuid_string_random ();
  guint at;

  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), 0);
  g_return_val_if_fail (group < self->groups->len, 0);

  at = end_of_group (self, group);
  g_ptr_array_insert (self->items, at, koers_checklist_item_new (key, NULL, label, group));
  return at;
}

void
koers_checklist_template_rename_item (KoersChecklistTemplate *self,
                                      guint                   index,
                                      const char             *label)
{
  KoersChecklistItem *item;

  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  g_return_if_fail (index < self->items->len);

  item = g_ptr_array_index (self->items, index);
  /* Typing the shipped wording back is going back to it: it is translated again. */
  if (item->builtin != NULL && g_strcmp0 (label, koers_checklist_text (item->builtin, NULL)) == 0)
    label = NULL;
  koers_str_replace (&item->custom, koers_str_is_set (label) ? label : NULL);
}

void
koers_checklist_template_rename_group (KoersChecklistTemplate *self,
                                       guint                   group,
                                       const char             *name)
{
  KoersChecklistGroup *g;

  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  g_return_if_fail (group < self->groups->len);

  g = g_ptr_array_index (self->groups, group);
  if (g->builtin != NULL && g_strcmp0 (name, koers_checklist_text (g->builtin, NULL)) == 0)
    name = NULL;
  koers_str_replace (&g->custom, koers_str_is_set (name) ? name : NULL);
}

void
koers_checklist_template_move_item_to_group (KoersChecklistTemplate *self,
                                             guint                   index,
                                             guint                   group)
{
  KoersChecklistItem *item;
  guint at;

  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  g_return_if_fail (index < self->items->len);
  g_return_if_fail (group < self->groups->len);

  item = g_ptr_array_steal_index (self->items, index);
  item->group = group;
  at = end_of_group (self, group);
  g_ptr_array_insert (self->items, at, item);
}

void
koers_checklist_template_move_item (KoersChecklistTemplate *self,
                                    guint                   index,
                                    int                     direction)
{
  KoersChecklistItem *item, *other;
  guint to;

  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  g_return_if_fail (index < self->items->len);

  if ((direction < 0 && index == 0) || (direction > 0 && index + 1 >= self->items->len))
    return;

  to = direction < 0 ? index - 1 : index + 1;
  item = g_ptr_array_index (self->items, index);
  other = g_ptr_array_index (self->items, to);
  if (other->group != item->group)
    return;

  self->items->pdata[index] = other;
  self->items->pdata[to] = item;
}

void
koers_checklist_template_remove_item (KoersChecklistTemplate *self,
                                      guint                   index)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  g_return_if_fail (index < self->items->len);

  g_ptr_array_remove_index (self->items, index);
}

gboolean
koers_checklist_template_remove_group (KoersChecklistTemplate *self,
                                       guint                   group)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), FALSE);
  g_return_val_if_fail (group < self->groups->len, FALSE);

  for (guint i = 0; i < self->items->len; i++)
    if (((KoersChecklistItem *) g_ptr_array_index (self->items, i))->group == group)
      return FALSE;

  g_ptr_array_remove_index (self->groups, group);
  for (guint i = 0; i < self->items->len; i++)
    {
      KoersChecklistItem *item = g_ptr_array_index (self->items, i);

      if (item->group > group)
        item->group--;
    }
  return TRUE;
}

GArray *
koers_checklist_template_items_in_group (KoersChecklistTemplate *self,
                                         guint                   group)
{
  GArray *indexes = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), indexes);

  for (guint i = 0; i < self->items->len; i++)
    if (((KoersChecklistItem *) g_ptr_array_index (self->items, i))->group == group)
      g_array_append_val (indexes, i);
  return indexes;
}

const char *
koers_checklist_template_get_modified (KoersChecklistTemplate *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->modified;
}

void
koers_checklist_template_set_modified (KoersChecklistTemplate *self,
                                       const char             *timestamp)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (self));
  koers_str_replace (&self->modified, timestamp);
}

/* Parsing data/checklists/ */

static gboolean
parse_failed (GError     **error,
              const char  *what)
{
  g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
               "Checklist template: %s", what);
  return FALSE;
}

static gint
find_group_key (GPtrArray  *groups,
                const char *key)
{
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (((KoersChecklistGroup *) g_ptr_array_index (groups, i))->key, key) == 0)
      return (gint) i;
  return -1;
}

static gboolean
parse_section (KoersChecklistTemplate *self,
               GKeyFile               *file,
               const char             *section,
               GError                **error)
{
  g_autofree char *text = NULL;

  if (g_str_has_prefix (section, "Group "))
    {
      const char *key = section + strlen ("Group ");
      gboolean quiet = g_key_file_get_boolean (file, section, "Quiet", NULL);

      text = g_key_file_get_string (file, section, "Name", error);
      if (text == NULL)
        return FALSE;
      if (find_group_key (self->groups, key) >= 0)
        return parse_failed (error, "a group key is used twice");
      g_ptr_array_add (self->groups, koers_checklist_group_new (key, text, NULL, quiet));
    }
  else if (g_str_has_prefix (section, "Item "))
    {
      const char *key = section + strlen ("Item ");
      g_autofree char *group = g_key_file_get_string (file, section, "Group", error);
      gint index;

      if (group == NULL)
        return FALSE;
      index = find_group_key (self->groups, group);
      if (index < 0)
        return parse_failed (error, "an item names a group that is not defined before it");
      text = g_key_file_get_string (file, section, "Label", error);
      if (text == NULL)
        return FALSE;
      for (guint i = 0; i < self->items->len; i++)
        if (g_str_equal (((KoersChecklistItem *) g_ptr_array_index (self->items, i))->key, key))
          return parse_failed (error, "an item key is used twice");
      g_ptr_array_add (self->items, koers_checklist_item_new (key, text, NULL, index));
    }
  else if (g_str_has_prefix (section, "Tip "))
    {
      text = g_key_file_get_string (file, section, "Text", error);
      if (text == NULL)
        return FALSE;
      g_ptr_array_add (self->tips,
                       koers_checklist_group_new (section + strlen ("Tip "), text, NULL, FALSE));
    }
  else if (!g_str_equal (section, "Checklist"))
    return parse_failed (error, "unknown section");

  return TRUE;
}

static gint
compare_group (gconstpointer a,
               gconstpointer b)
{
  const KoersChecklistItem *ia = *(KoersChecklistItem **) a;
  const KoersChecklistItem *ib = *(KoersChecklistItem **) b;

  return (ia->group > ib->group) - (ia->group < ib->group);
}

KoersChecklistTemplate *
koers_checklist_template_parse (const char  *data,
                                gsize        length,
                                GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(KoersChecklistTemplate) self = koers_checklist_template_new ();
  g_auto(GStrv) sections = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!g_key_file_load_from_data (file, data, length, G_KEY_FILE_NONE, error))
    return NULL;

  self->key = g_key_file_get_string (file, "Checklist", "Id", error);
  if (self->key == NULL)
    return NULL;
  self->builtin_name = g_key_file_get_string (file, "Checklist", "Name", error);
  if (self->builtin_name == NULL)
    return NULL;
  self->builtin_source = g_key_file_get_string (file, "Checklist", "Source", NULL);
  self->own = g_key_file_get_boolean (file, "Checklist", "Own", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  self->position = g_key_file_get_integer (file, "Checklist", "Position", NULL);

  sections = g_key_file_get_groups (file, NULL);
  for (guint i = 0; sections[i] != NULL; i++)
    if (!parse_section (self, file, sections[i], error))
      return NULL;

  if (self->groups->len == 0 || self->items->len == 0)
    {
      parse_failed (error, "no groups or no items");
      return NULL;
    }
  /* Items are kept in group order (the editors rely on it); the sort is stable. */
  g_ptr_array_sort (self->items, compare_group);

  return g_steal_pointer (&self);
}

static gint
compare_position (gconstpointer a,
                  gconstpointer b)
{
  KoersChecklistTemplate *ta = *(KoersChecklistTemplate **) a;
  KoersChecklistTemplate *tb = *(KoersChecklistTemplate **) b;

  return ta->position - tb->position;
}

GPtrArray *
koers_checklist_templates_load_shipped (GError **error)
{
  GResource *resource = koers_checklists_get_resource ();
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) names = NULL;

  names = g_resource_enumerate_children (resource, RESOURCE_DIR, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", RESOURCE_DIR, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      KoersChecklistTemplate *template;
      gsize length;
      const char *data;

      if (!g_str_has_suffix (names[i], ".checklist"))
        continue;

      bytes = g_resource_lookup_data (resource, path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return NULL;
      data = g_bytes_get_data (bytes, &length);
      template = koers_checklist_template_parse (data, length, error);
      if (template == NULL)
        {
          g_prefix_error (error, "%s: ", names[i]);
          return NULL;
        }
      g_ptr_array_add (templates, template);
    }

  g_ptr_array_sort (templates, compare_position);
  return g_steal_pointer (&templates);
}
