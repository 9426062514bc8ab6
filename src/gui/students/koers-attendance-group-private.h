/* koers-attendance-group-private.h: what the tests may see of the attendance group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-attendance-group.h"

G_BEGIN_DECLS

typedef enum
{
  KOERS_ATTENDANCE_PERIOD_SCHOOL_YEAR,
  KOERS_ATTENDANCE_PERIOD_LAST_4_WEEKS,
  KOERS_ATTENDANCE_PERIOD_LAST_12_WEEKS,
} KoersAttendancePeriod;

void        koers_attendance_group_set_period      (KoersAttendanceGroup  *self,
                                                    KoersAttendancePeriod  period);
const char *koers_attendance_group_get_present_text (KoersAttendanceGroup *self);
void        koers_attendance_group_set_hours       (KoersAttendanceGroup  *self,
                                                    double                 hours_per_week);

G_END_DECLS
