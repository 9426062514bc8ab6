/* koers-attendance-group.h: a student's attendance over a chosen period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ATTENDANCE_GROUP (koers_attendance_group_get_type ())
G_DECLARE_FINAL_TYPE (KoersAttendanceGroup, koers_attendance_group, KOERS, ATTENDANCE_GROUP, AdwPreferencesGroup)

/* Shows @student's attendance (NULL: shows nothing and forgets the store). */
void koers_attendance_group_set_student (KoersAttendanceGroup *self,
                                         KoersStore           *store,
                                         KoersStudent         *student);
/* Reads the absence entries again, e.g. after the timeline changed. */
void koers_attendance_group_refresh     (KoersAttendanceGroup *self);

G_END_DECLS
