/* koers-settings.c: the user's preferences (GSettings) and the notebook
 *
 * GSettings is not encrypted, so it holds nothing about a student: the user's
 * own name, the school, how Koers behaves. A few of those are copied into the
 * open notebook, because what is written and printed from it (also by
 * koers-cli, which has no settings of its own) is signed or counted with them.
 * A demo notebook (KOERS_META_DEMO) keeps its invented mentor and school: the
 * user's name is neither taken from it nor written into it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-settings.h"

#include "koers-demo.h"
#include "koers-i18n.h"

/* The notebook's own key for the minutes, before they became a setting. */
#define LEGACY_META_AUTO_LOCK_MINUTES "auto-lock-minutes"

typedef struct
{
  const char *key;        /* in the schema */
  const char *meta_key;   /* in the notebook */
  gboolean    kept;       /* written into the notebook; else only read from old ones */
  gboolean    identity;   /* who the user is: a demo's own stays */
} Mirror;

static const Mirror mirrors[] = {
  { "user-name", KOERS_META_USER_NAME, TRUE, TRUE },
  { "school-name", KOERS_META_SCHOOL_NAME, TRUE, TRUE },
  { "search-sensitive", KOERS_META_SEARCH_SENSITIVE, TRUE, FALSE },
  { "hours-per-week", KOERS_META_HOURS_PER_WEEK, TRUE, FALSE },
  { "goal-evaluation-weeks", KOERS_META_GOAL_WEEKS, TRUE, FALSE },
  { "auto-lock-minutes", LEGACY_META_AUTO_LOCK_MINUTES, FALSE, FALSE },
};

gboolean
koers_settings_store_is_demo (KoersStore *store)
{
  g_autofree char *demo = NULL;
  g_autofree char *demo_path = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);

  demo = koers_store_dup_meta (store, KOERS_META_DEMO, NULL);
  demo_path = koers_demo_default_path ();
  return g_strcmp0 (demo, "true") == 0 || g_strcmp0 (koers_store_get_path (store), demo_path) == 0;
}

static const Mirror *
find_mirror (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (mirrors); i++)
    if (g_str_equal (mirrors[i].key, key))
      return &mirrors[i];
  return NULL;
}

/* The notebook keeps text: "true", "26", "26.5", a name; NULL for no name, which
 * the notebook must not mistake for an author called "". */
static char *
dup_value_text (GSettings  *settings,
                const char *key)
{
  g_autoptr(GVariant) value = g_settings_get_value (settings, key);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* A name as it is signed, without the space typed after it. */
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      g_autofree char *text = g_strstrip (g_variant_dup_string (value, NULL));

      return *text != '\0' ? g_steal_pointer (&text) : NULL;
    }
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    return g_strdup (g_variant_get_boolean (value) ? "true" : "false");
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    return g_strdup_printf ("%u", g_variant_get_uint32 (value));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, g_variant_get_double (value)));
  g_return_val_if_reached (NULL);
}

/* A notebook value the schema accepts, or NULL: old notebooks hold what they hold. */
static GVariant *
parse_meta (GSettings  *settings,
            const char *key,
            const char *text)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) value = NULL;
  const GVariantType *type;
  guint64 number;
  char *end = NULL;
  double real;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  type = g_settings_schema_key_get_value_type (schema_key);

  if (g_variant_type_equal (type, G_VARIANT_TYPE_STRING))
    value = g_variant_new_string (text);
  else if (g_variant_type_equal (type, G_VARIANT_TYPE_BOOLEAN))
    value = g_variant_new_boolean (g_str_equal (text, "true"));
  else if (g_variant_type_equal (type, G_VARIANT_TYPE_UINT32) &&
           g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &number, NULL))
    value = g_variant_new_uint32 ((guint32) number);
  else if (g_variant_type_equal (type, G_VARIANT_TYPE_DOUBLE) &&
           (real = g_ascii_strtod (text, &end), end != text && *end == '\0'))
    value = g_variant_new_double (real);

  if (value == NULL)
    return NULL;
  g_variant_ref_sink (value);
  if (!g_settings_schema_key_range_check (schema_key, value))
    return NULL;
  return g_steal_pointer (&value);
}

GSettings *
koers_settings_new (GError **error)
{
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();

  if (koers_running_from_build_tree () && g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    source = g_settings_schema_source_new_from_directory (KOERS_BUILD_ROOT "/data", installed, FALSE, NULL);
  if (source == NULL && installed != NULL)
    source = g_settings_schema_source_ref (installed);
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, KOERS_APP_ID, TRUE);
  /* An installation without its schema is broken; say which file is missing. */
  if (schema == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Koers is not installed completely: its settings schema %s.gschema.xml is "
                     "missing from share/glib-2.0/schemas. Install Koers again."), KOERS_APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
write_mirror (GSettings     *settings,
              const Mirror  *mirror,
              KoersStore    *store,
              gboolean       demo,
              GError       **error)
{
  g_autofree char *text = NULL;

  if (!mirror->kept || (mirror->identity && demo))
    return TRUE;
  text = dup_value_text (settings, mirror->key);
  return koers_store_set_meta (store, mirror->meta_key, text, error);
}

gboolean
koers_settings_write_to_store (GSettings   *settings,
                               const char  *key,
                               KoersStore  *store,
                               GError     **error)
{
  const Mirror *mirror = find_mirror (key);

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);

  if (mirror == NULL)
    return TRUE;
  return write_mirror (settings, mirror, store, mirror->identity && koers_settings_store_is_demo (store), error);
}

gboolean
koers_settings_sync_with_store (GSettings   *settings,
                                KoersStore  *store,
                                GError     **error)
{
  gboolean demo;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);

  demo = koers_settings_store_is_demo (store);
  for (guint i = 0; i < G_N_ELEMENTS (mirrors); i++)
    {
      g_autoptr(GVariant) chosen = g_settings_get_user_value (settings, mirrors[i].key);

      /* What a demo holds is invented: nothing is taken from it. */
      if (chosen == NULL && !demo)
        {
          g_autofree char *text = koers_store_dup_meta (store, mirrors[i].meta_key, NULL);
          g_autoptr(GVariant) value = text != NULL ? parse_meta (settings, mirrors[i].key, text) : NULL;

          if (value != NULL)
            {
              g_settings_set_value (settings, mirrors[i].key, value);
              continue;
            }
        }
      if (!write_mirror (settings, &mirrors[i], store, demo, error))
        return FALSE;
    }
  return TRUE;
}
