#pragma once

class QDateEdit;

namespace omnidesk::ui {

// The from/to date pair the supervisors' views filter by: calendar popups,
// the locale's short date format, and the last `days` days up to today.
void setUpPeriodEdits(QDateEdit *from, QDateEdit *to, int days);

} // namespace omnidesk::ui
