#include "PeriodEdits.h"

#include <QDate>
#include <QDateEdit>
#include <QLocale>

namespace omnidesk::ui {

void setUpPeriodEdits(QDateEdit *from, QDateEdit *to, int days)
{
    for (QDateEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    const QDate today = QDate::currentDate();
    from->setDate(today.addDays(-days));
    to->setDate(today);
}

} // namespace omnidesk::ui
