/* koers-passphrase.c: judging and forgetting passphrases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-passphrase.h"

#include <string.h>

#include "koers-i18n.h"

#define KOERS_PASSPHRASE_MIN_CHARS 10

KoersPassphraseStrength
koers_passphrase_check (const char  *passphrase,
                        const char **reason)
{
  gboolean has_lower = FALSE, has_upper = FALSE, has_digit = FALSE, has_other = FALSE;
  glong n_chars;
  guint n_kinds;
  g_autoptr(GHashTable) distinct = NULL;

  if (reason != NULL)
    *reason = NULL;

  if (passphrase == NULL || *passphrase == '\0')
    return KOERS_PASSPHRASE_EMPTY;

  distinct = g_hash_table_new (NULL, NULL);
  for (const char *p = passphrase; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_hash_table_add (distinct, GUINT_TO_POINTER (c));
      if (g_unichar_islower (c))
        has_lower = TRUE;
      else if (g_unichar_isupper (c))
        has_upper = TRUE;
      else if (g_unichar_isdigit (c))
        has_digit = TRUE;
      else
        has_other = TRUE;
    }

  n_chars = g_utf8_strlen (passphrase, -1);
  n_kinds = has_lower + has_upper + has_digit + has_other;

  /* Length matters most: a sentence of ordinary words is both strong and memorable. */
  if (n_chars < KOERS_PASSPHRASE_MIN_CHARS)
    {
      if (reason != NULL)
        *reason = _("Shorter than 10 characters. A short sentence is easier to remember and much harder to guess.");
      return KOERS_PASSPHRASE_WEAK;
    }

  if (g_hash_table_size (distinct) < 5)
    {
      if (reason != NULL)
        *reason = _("Repeats the same few characters. Use a short sentence instead.");
      return KOERS_PASSPHRASE_WEAK;
    }

  if (n_chars < 16 && n_kinds < 2)
    {
      if (reason != NULL)
        *reason = _("Only one kind of character. Make it longer, or mix in digits or punctuation.");
      return KOERS_PASSPHRASE_WEAK;
    }

  return KOERS_PASSPHRASE_GOOD;
}

void
koers_passphrase_wipe (char *passphrase)
{
  if (passphrase != NULL)
    explicit_bzero (passphrase, strlen (passphrase));
}

void
koers_passphrase_free (char *passphrase)
{
  koers_passphrase_wipe (passphrase);
  g_free (passphrase);
}
