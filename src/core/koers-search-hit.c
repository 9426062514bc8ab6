/* koers-search-hit.c: a timeline entry found by full-text search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-search-hit.h"

#include <string.h>

struct _KoersSearchHit
{
  GObject parent_instance;

  gint64 student_id;
  gint64 entry_id;
  KoersEntryKind kind;
  char *student_name;
  char *date;
  char *snippet;
};

G_DEFINE_FINAL_TYPE (KoersSearchHit, koers_search_hit, G_TYPE_OBJECT)

static void
koers_search_hit_finalize (GObject *object)
{
  KoersSearchHit *self = KOERS_SEARCH_HIT (object);

  g_free (self->student_name);
  g_free (self->date);
  g_free (self->snippet);

  G_OBJECT_CLASS (koers_search_hit_parent_class)->finalize (object);
}

static void
koers_search_hit_class_init (KoersSearchHitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_search_hit_finalize;
}

static void
koers_search_hit_init (KoersSearchHit *self)
{
}

KoersSearchHit *
koers_search_hit_new (gint64          student_id,
                      const char     *student_name,
                      gint64          entry_id,
                      const char     *date,
                      KoersEntryKind  kind,
                      const char     *snippet)
{
  KoersSearchHit *self = g_object_new (KOERS_TYPE_SEARCH_HIT, NULL);

  self->student_id = student_id;
  self->student_name = g_strdup (student_name);
  self->entry_id = entry_id;
  self->date = g_strdup (date);
  self->kind = kind;
  self->snippet = g_strdup (snippet);
  return self;
}

gint64
koers_search_hit_get_student_id (KoersSearchHit *self)
{
  g_return_val_if_fail (KOERS_IS_SEARCH_HIT (self), 0);
  return self->student_id;
}

const char *
koers_search_hit_get_student_name (KoersSearchHit *self)
{
  g_return_val_if_fail (KOERS_IS_SEARCH_HIT (self), NULL);
  return self->student_name;
}

gint64
koers_search_hit_get_entry_id (KoersSearchHit *self)
{
  g_return_val_if_fail (KOERS_IS_SEARCH_HIT (self), 0);
  return self->entry_id;
}

const char *
koers_search_hit_get_date (KoersSearchHit *self)
{
  g_return_val_if_fail (KOERS_IS_SEARCH_HIT (self), NULL);
  return self->date;
}

KoersEntryKind
koers_search_hit_get_kind (KoersSearchHit *self)
{
  g_return_val_if_fail (KOERS_IS_SEARCH_HIT (self), KOERS_ENTRY_OBSERVATION);
  return self->kind;
}

const char *
koers_search_hit_get_snippet (KoersSearchHit *self)
{
  g_return_val_if_fail (KOERS_IS_SEARCH_HIT (self), NULL);
  return self->snippet;
}

/* Replaces the match markers; @escape_markup escapes the text between them. */
static char *
rewrite_snippet (const char *snippet,
                 const char *start,
                 const char *end,
                 gboolean    escape_markup)
{
  GString *out = g_string_new (NULL);
  const char *p = snippet ? snippet : "";

  while (*p != '\0')
    {
      gsize run = strcspn (p, KOERS_SEARCH_MATCH_START KOERS_SEARCH_MATCH_END);

      if (run > 0)
        {
          if (escape_markup)
            {
              g_autofree char *escaped = g_markup_escape_text (p, (gssize) run);
              g_string_append (out, escaped);
            }
          else
            {
              g_string_append_len (out, p, (gssize) run);
            }
          p += run;
          continue;
        }

      g_string_append (out, *p == KOERS_SEARCH_MATCH_START[0] ? start : end);
      p++;
    }

  return g_string_free (out, FALSE);
}

char *
koers_search_hit_dup_snippet_marked (KoersSearchHit *self,
                                     const char     *start,
                                     const char     *end)
{
  g_return_val_if_fail (KOERS_IS_SEARCH_HIT (self), NULL);
  return rewrite_snippet (self->snippet, start, end, FALSE);
}

char *
koers_search_hit_dup_snippet_markup (KoersSearchHit *self)
{
  g_return_val_if_fail (KOERS_IS_SEARCH_HIT (self), NULL);
  return rewrite_snippet (self->snippet, "<b>", "</b>", TRUE);
}
