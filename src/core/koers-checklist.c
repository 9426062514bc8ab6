/* koers-checklist.c: a signal checklist filled in for one student
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-checklist.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

typedef struct
{
  const char *id;
  const char *dutch;
  const char *label;
} Name;

/* In the context "signal": a goal step's "Seen" is another word in Dutch. */
static const Name answer_names[KOERS_N_SIGNAL_ANSWERS] = {
  [KOERS_SIGNAL_NOT_SEEN] = { "not-seen", "niet", NC_("signal", "Not seen") },
  [KOERS_SIGNAL_SEEN] = { "seen", "gezien", NC_("signal", "Seen") },
  [KOERS_SIGNAL_SEEN_OFTEN] = { "often", "vaak", NC_("signal", "Seen often") },
};

static const Name status_names[KOERS_N_CHECKLIST_STATUSES] = {
  [KOERS_CHECKLIST_DRAFT] = { "draft", "concept", N_("Draft") },
  [KOERS_CHECKLIST_FINAL] = { "final", "definitief", N_("Final") },
};

static gboolean
name_from_string (const Name *names,
                  guint       n_names,
                  const char *context,
                  const char *text,
                  guint      *out)
{
  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    if (g_ascii_strcasecmp (text, names[i].id) == 0 ||
        g_ascii_strcasecmp (text, names[i].dutch) == 0 ||
        g_utf8_collate (text, context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, context, names[i].label)
                                              : _(names[i].label)) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
koers_signal_answer_to_id (KoersSignalAnswer answer)
{
  g_return_val_if_fail (answer < KOERS_N_SIGNAL_ANSWERS, NULL);
  return answer_names[answer].id;
}

gboolean
koers_signal_answer_from_string (const char        *text,
                                 KoersSignalAnswer *out)
{
  guint value;

  /* The keys a mentor presses while filling in: 0, 1, 2. */
  if (text != NULL && text[0] >= '0' && text[0] <= '2' && text[1] == '\0')
    {
      *out = text[0] - '0';
      return TRUE;
    }
  if (!name_from_string (answer_names, KOERS_N_SIGNAL_ANSWERS, "signal", text, &value))
    return FALSE;
  *out = value;
  return TRUE;
}

const char *
koers_signal_answer_get_label (KoersSignalAnswer answer)
{
  g_return_val_if_fail (answer < KOERS_N_SIGNAL_ANSWERS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "signal", answer_names[answer].label);
}

const char *
koers_checklist_status_to_id (KoersChecklistStatus status)
{
  g_return_val_if_fail (status < KOERS_N_CHECKLIST_STATUSES, NULL);
  return status_names[status].id;
}

gboolean
koers_checklist_status_from_string (const char           *text,
                                    KoersChecklistStatus *out)
{
  guint value;

  if (!name_from_string (status_names, KOERS_N_CHECKLIST_STATUSES, NULL, text, &value))
    return FALSE;
  *out = value;
  return TRUE;
}

const char *
koers_checklist_status_get_label (KoersChecklistStatus status)
{
  g_return_val_if_fail (status < KOERS_N_CHECKLIST_STATUSES, NULL);
  return _(status_names[status].label);
}

KoersSignalAnswerRow *
koers_signal_answer_row_new (KoersChecklistItem *item)
{
  KoersSignalAnswerRow *row = g_new0 (KoersSignalAnswerRow, 1);

  row->item = item;
  row->entry_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return row;
}

KoersSignalAnswerRow *
koers_signal_answer_row_copy (const KoersSignalAnswerRow *row)
{
  KoersSignalAnswerRow *copy = koers_signal_answer_row_new (koers_checklist_item_copy (row->item));

  copy->answer = row->answer;
  copy->note = g_strdup (row->note);
  g_array_append_vals (copy->entry_ids, row->entry_ids->data, row->entry_ids->len);
  return copy;
}

void
koers_signal_answer_row_free (KoersSignalAnswerRow *row)
{
  if (row == NULL)
    return;
  koers_checklist_item_free (row->item);
  g_free (row->note);
  g_array_unref (row->entry_ids);
  g_free (row);
}

struct _KoersChecklist
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 student_id;
  gint64 template_id;
  char *template_uuid;
  char *builtin_template_name;
  char *custom_template_name;
  char *date;
  char *observer;
  KoersChecklistStatus status;
  GPtrArray *groups;  /* KoersChecklistGroup */
  GPtrArray *rows;    /* KoersSignalAnswerRow */
  char *discussable;
  char *trusted;
  char *helpers;
  char *next_step;
  char *next_step_owner;
  char *next_step_due;
  gint64 entry_id;
  char *created;
  char *modified;
};

G_DEFINE_FINAL_TYPE (KoersChecklist, koers_checklist, G_TYPE_OBJECT)

static void
koers_checklist_finalize (GObject *object)
{
  KoersChecklist *self = KOERS_CHECKLIST (object);

  g_free (self->uuid);
  g_free (self->template_uuid);
  g_free (self->builtin_template_name);
  g_free (self->custom_template_name);
  g_free (self->date);
  g_free (self->observer);
  g_ptr_array_unref (self->groups);
  g_ptr_array_unref (self->rows);
  g_free (self->discussable);
  g_free (self->trusted);
  g_free (self->helpers);
  g_free (self->next_step);
  g_free (self->next_step_owner);
  g_free (self->next_step_due);
  g_free (self->created);
  g_free (self->modified);

  G_OBJECT_CLASS (koers_checklist_parent_class)->finalize (object);
}

static void
koers_checklist_class_init (KoersChecklistClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_checklist_finalize;
}

static void
koers_checklist_init (KoersChecklist *self)
{
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_checklist_group_free);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_signal_answer_row_free);
}

KoersChecklist *
koers_checklist_new (void)
{
  return g_object_new (KOERS_TYPE_CHECKLIST, NULL);
}

KoersChecklist *
koers_checklist_new_from_template (KoersChecklistTemplate *template)
{
  KoersChecklist *self;
  GPtrArray *groups, *items;

  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (template), NULL);

  self = g_object_new (KOERS_TYPE_CHECKLIST, NULL);
  self->template_id = koers_checklist_template_get_id (template);
  self->template_uuid = g_strdup (koers_checklist_template_get_uuid (template));
  self->builtin_template_name = g_strdup (koers_checklist_template_get_builtin_name (template));
  self->custom_template_name = g_strdup (koers_checklist_template_get_custom_name (template));
  self->date = koers_date_iso_days_ago (0);

  groups = koers_checklist_template_get_groups (template);
  for (guint i = 0; i < groups->len; i++)
    g_ptr_array_add (self->groups, koers_checklist_group_copy (g_ptr_array_index (groups, i)));
  items = koers_checklist_template_get_items (template);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (self->rows, koers_signal_answer_row_new (koers_checklist_item_copy (g_ptr_array_index (items, i))));

  return self;
}

KoersChecklist *
koers_checklist_copy (KoersChecklist *self)
{
  KoersChecklist *copy;

  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), NULL);

  copy = g_object_new (KOERS_TYPE_CHECKLIST, NULL);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->student_id = self->student_id;
  copy->template_id = self->template_id;
  copy->template_uuid = g_strdup (self->template_uuid);
  copy->builtin_template_name = g_strdup (self->builtin_template_name);
  copy->custom_template_name = g_strdup (self->custom_template_name);
  copy->date = g_strdup (self->date);
  copy->observer = g_strdup (self->observer);
  copy->status = self->status;
  for (guint i = 0; i < self->groups->len; i++)
    g_ptr_array_add (copy->groups, koers_checklist_group_copy (g_ptr_array_index (self->groups, i)));
  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (copy->rows, koers_signal_answer_row_copy (g_ptr_array_index (self->rows, i)));
  copy->discussable = g_strdup (self->discussable);
  copy->trusted = g_strdup (self->trusted);
  copy->helpers = g_strdup (self->helpers);
  copy->next_step = g_strdup (self->next_step);
  copy->next_step_owner = g_strdup (self->next_step_owner);
  copy->next_step_due = g_strdup (self->next_step_due);
  copy->entry_id = self->entry_id;
  copy->created = g_strdup (self->created);
  copy->modified = g_strdup (self->modified);
  return copy;
}

#define INT_ACCESSORS(field, type)                                          \
  type                                                                      \
  koers_checklist_get_##field (KoersChecklist *self)                        \
  {                                                                         \
    g_return_val_if_fail (KOERS_IS_CHECKLIST (self), 0);                    \
    return self->field;                                                     \
  }                                                                         \
  void                                                                      \
  koers_checklist_set_##field (KoersChecklist *self,                        \
                               type            value)                       \
  {                                                                         \
    g_return_if_fail (KOERS_IS_CHECKLIST (self));                           \
    self->field = value;                                                    \
  }

#define STRING_ACCESSORS(field)                                             \
  const char *                                                              \
  koers_checklist_get_##field (KoersChecklist *self)                        \
  {                                                                         \
    g_return_val_if_fail (KOERS_IS_CHECKLIST (self), NULL);                 \
    return self->field;                                                     \
  }                                                                         \
  void                                                                      \
  koers_checklist_set_##field (KoersChecklist *self,                        \
                               const char     *value)                       \
  {                                                                         \
    g_return_if_fail (KOERS_IS_CHECKLIST (self));                           \
    koers_str_replace (&self->field, value);                                \
  }

/* The many plain fields of a checklist differ only in name. */
INT_ACCESSORS (id, gint64)
INT_ACCESSORS (student_id, gint64)
INT_ACCESSORS (template_id, gint64)
INT_ACCESSORS (entry_id, gint64)
INT_ACCESSORS (status, KoersChecklistStatus)
STRING_ACCESSORS (uuid)
STRING_ACCESSORS (template_uuid)
STRING_ACCESSORS (date)
STRING_ACCESSORS (observer)
STRING_ACCESSORS (discussable)
STRING_ACCESSORS (trusted)
STRING_ACCESSORS (helpers)
STRING_ACCESSORS (next_step)
STRING_ACCESSORS (next_step_owner)
STRING_ACCESSORS (next_step_due)
STRING_ACCESSORS (created)
STRING_ACCESSORS (modified)

const char *
koers_checklist_get_template_name (KoersChecklist *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), NULL);
  return koers_checklist_text (self->builtin_template_name, self->custom_template_name);
}

const char *
koers_checklist_get_builtin_template_name (KoersChecklist *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), NULL);
  return self->builtin_template_name;
}

const char *
koers_checklist_get_custom_template_name (KoersChecklist *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), NULL);
  return self->custom_template_name;
}

void
koers_checklist_set_template_name (KoersChecklist *self,
                                   const char     *builtin,
                                   const char     *custom)
{
  g_return_if_fail (KOERS_IS_CHECKLIST (self));
  koers_str_replace (&self->builtin_template_name, builtin);
  koers_str_replace (&self->custom_template_name, custom);
}

GPtrArray *
koers_checklist_get_groups (KoersChecklist *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), NULL);
  return self->groups;
}

GPtrArray *
koers_checklist_get_rows (KoersChecklist *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), NULL);
  return self->rows;
}

KoersSignalAnswerRow *
koers_checklist_find_row (KoersChecklist *self,
                          const char     *key)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      KoersSignalAnswerRow *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (row->item->key, key) == 0)
        return row;
    }
  return NULL;
}

void
koers_checklist_set_answer (KoersChecklist   *self,
                            guint             row,
                            KoersSignalAnswer answer)
{
  g_return_if_fail (KOERS_IS_CHECKLIST (self));
  g_return_if_fail (row < self->rows->len);
  g_return_if_fail (answer < KOERS_N_SIGNAL_ANSWERS);

  ((KoersSignalAnswerRow *) g_ptr_array_index (self->rows, row))->answer = answer;
}

void
koers_checklist_set_note (KoersChecklist *self,
                          guint           row,
                          const char     *note)
{
  g_return_if_fail (KOERS_IS_CHECKLIST (self));
  g_return_if_fail (row < self->rows->len);

  koers_str_replace (&((KoersSignalAnswerRow *) g_ptr_array_index (self->rows, row))->note, note);
}

void
koers_checklist_link_entry (KoersChecklist *self,
                            guint           row,
                            gint64          entry_id)
{
  GArray *ids;

  g_return_if_fail (KOERS_IS_CHECKLIST (self));
  g_return_if_fail (row < self->rows->len);

  ids = ((KoersSignalAnswerRow *) g_ptr_array_index (self->rows, row))->entry_ids;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == entry_id)
      return;
  g_array_append_val (ids, entry_id);
}

void
koers_checklist_unlink_entry (KoersChecklist *self,
                              guint           row,
                              gint64          entry_id)
{
  GArray *ids;

  g_return_if_fail (KOERS_IS_CHECKLIST (self));
  g_return_if_fail (row < self->rows->len);

  ids = ((KoersSignalAnswerRow *) g_ptr_array_index (self->rows, row))->entry_ids;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == entry_id)
      {
        g_array_remove_index (ids, i);
        return;
      }
}

gboolean
koers_checklist_has_signals (KoersChecklist *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    if (((KoersSignalAnswerRow *) g_ptr_array_index (self->rows, i))->answer != KOERS_SIGNAL_NOT_SEEN)
      return TRUE;
  return FALSE;
}

gboolean
koers_checklist_has_next_step (KoersChecklist *self)
{
  GDate due;

  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), FALSE);

  return koers_str_is_set (self->next_step) &&
         koers_str_is_set (self->next_step_owner) &&
         koers_date_from_iso (self->next_step_due, &due);
}

/* Comparing and summarising */

KoersSignalChange
koers_checklist_compare_row (KoersChecklist *self,
                             KoersChecklist *previous,
                             guint           row)
{
  KoersSignalAnswerRow *now;
  KoersSignalAnswer before = KOERS_SIGNAL_NOT_SEEN;

  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), KOERS_SIGNAL_CHANGE_NONE);
  g_return_val_if_fail (row < self->rows->len, KOERS_SIGNAL_CHANGE_NONE);

  now = g_ptr_array_index (self->rows, row);
  if (previous != NULL)
    {
      KoersSignalAnswerRow *then = koers_checklist_find_row (previous, now->item->key);

      if (then != NULL)
        before = then->answer;
    }

  if (now->answer == before)
    return now->answer == KOERS_SIGNAL_NOT_SEEN ? KOERS_SIGNAL_CHANGE_NONE : KOERS_SIGNAL_CHANGE_SAME;
  if (before == KOERS_SIGNAL_NOT_SEEN)
    return KOERS_SIGNAL_CHANGE_NEW;
  if (now->answer == KOERS_SIGNAL_NOT_SEEN)
    return KOERS_SIGNAL_CHANGE_GONE;
  return now->answer > before ? KOERS_SIGNAL_CHANGE_STRONGER : KOERS_SIGNAL_CHANGE_WEAKER;
}

/* A group's name as a summary heading: quiet groups say they are quiet, so a
 * reader does not pass over them for the louder lines. */
static char *
dup_group_heading (const KoersChecklistGroup *group)
{
  if (group->quiet)
    /* Translators: a group of signals in a summary; quiet signals are easily missed */
    return g_strdup_printf (_("%s (quiet signals)"), koers_checklist_group_get_name (group));
  return g_strdup (koers_checklist_group_get_name (group));
}

/* Appends "Label: a, b, c." for @kind's rows in @group. */
static void
append_line (GString        *out,
             KoersChecklist *self,
             KoersChecklist *previous,
             guint           group,
             KoersSignalChange change,
             const char     *label)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      KoersSignalAnswerRow *row = g_ptr_array_index (self->rows, i);

      if (row->item->group != group || koers_checklist_compare_row (self, previous, i) != change)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, koers_checklist_item_get_label (row->item));
    }

  if (names->len == 0)
    return;
  g_string_append_printf (out, "  %s: %s.\n", label, names->str);
}

char *
koers_checklist_dup_change_summary (KoersChecklist *self,
                                    KoersChecklist *previous)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), NULL);

  for (guint g = 0; g < self->groups->len; g++)
    {
      g_autofree char *heading = dup_group_heading (g_ptr_array_index (self->groups, g));
      gsize start = out->len;

      g_string_append_printf (out, "%s\n", heading);
      if (previous == NULL)
        {
          append_line (out, self, NULL, g, KOERS_SIGNAL_CHANGE_NEW, C_("signal", "Seen"));
        }
      else
        {
          append_line (out, self, previous, g, KOERS_SIGNAL_CHANGE_NEW, C_("signal", "New"));
          append_line (out, self, previous, g, KOERS_SIGNAL_CHANGE_STRONGER, _("Seen more often"));
          append_line (out, self, previous, g, KOERS_SIGNAL_CHANGE_SAME, _("Still seen"));
          append_line (out, self, previous, g, KOERS_SIGNAL_CHANGE_WEAKER, _("Seen less often"));
          /* Gone signals are listed by their label in this checklist; one that
           * was dropped from the template since is not "gone", it was not asked. */
          append_line (out, self, previous, g, KOERS_SIGNAL_CHANGE_GONE, _("No longer seen"));
        }
      if (out->len == start + strlen (heading) + 1)
        g_string_truncate (out, start);
    }

  if (out->len == 0)
    g_string_append (out, previous == NULL
                          ? _("No signals seen.")
                          : _("No signals seen, this time or the time before."));
  else if (out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

char *
koers_checklist_dup_seen_summary (KoersChecklist *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KOERS_IS_CHECKLIST (self), NULL);

  for (guint g = 0; g < self->groups->len; g++)
    {
      g_autofree char *heading = dup_group_heading (g_ptr_array_index (self->groups, g));
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < self->rows->len; i++)
        {
          KoersSignalAnswerRow *row = g_ptr_array_index (self->rows, i);

          if (row->item->group != g || row->answer == KOERS_SIGNAL_NOT_SEEN)
            continue;
          if (names->len > 0)
            g_string_append (names, ", ");
          if (row->answer == KOERS_SIGNAL_SEEN_OFTEN)
            /* Translators: a signal that was seen often, in a list of signals */
            g_string_append_printf (names, _("%s (often)"), koers_checklist_item_get_label (row->item));
          else
            g_string_append (names, koers_checklist_item_get_label (row->item));
        }

      if (names->len > 0)
        g_string_append_printf (out, "%s%s: %s.", out->len > 0 ? "\n" : "", heading, names->str);
    }

  if (out->len == 0)
    g_string_append (out, _("No signals seen."));

  return g_string_free (out, FALSE);
}
