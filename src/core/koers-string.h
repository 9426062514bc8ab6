/* koers-string.h: the two string rules every record follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Empty and NULL mean the same for every text field: "not known". */
static inline gboolean
koers_str_is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Replaces *@field by a copy of @value ("" is stored as NULL).
 * Returns TRUE when the value changed, so callers know to notify. */
static inline gboolean
koers_str_replace (char       **field,
                   const char  *value)
{
  if (!koers_str_is_set (value))
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

G_END_DECLS
