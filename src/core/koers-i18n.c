/* koers-i18n.c: gettext set-up shared by koers and koers-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-i18n.h"

#include <locale.h>

static gboolean
running_from_build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  return exe != NULL && g_str_has_prefix (exe, KOERS_BUILD_ROOT "/");
}

void
koers_i18n_init (void)
{
  const char *localedir = KOERS_LOCALEDIR;

  setlocale (LC_ALL, "");

  if (running_from_build_tree ())
    localedir = KOERS_BUILD_LOCALEDIR;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
