/* koers-i18n.c: gettext set-up shared by koers and koers-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-i18n.h"

#include <locale.h>

gboolean
koers_running_from_build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  return exe != NULL && g_str_has_prefix (exe, KOERS_BUILD_ROOT "/");
}

void
koers_i18n_init (void)
{
  const char *localedir = KOERS_LOCALEDIR;
  const char *checklists_localedir = KOERS_LOCALEDIR;

  const char *locale = setlocale (LC_ALL, "");

  /* gettext ignores LANGUAGE under the plain C locale, which is what a bare
   * machine or a test runner has; C.UTF-8 honours it and keeps text UTF-8. */
  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");

  if (koers_running_from_build_tree ())
    {
      localedir = KOERS_BUILD_LOCALEDIR;
      checklists_localedir = KOERS_BUILD_CHECKLISTS_LOCALEDIR;
    }

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The checklist templates' texts (koers-checklist-template.h). */
  bindtextdomain ("koers-checklists", checklists_localedir);
  bind_textdomain_codeset ("koers-checklists", "UTF-8");
}
