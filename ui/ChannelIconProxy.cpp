#include "ChannelIconProxy.h"

#include "Icons.h"
#include "TimelineModel.h"

namespace omnidesk::ui {

QVariant ChannelIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == TimelineModel::ChannelColumn)
        return Icons::channel(QIdentityProxyModel::data(index, TimelineModel::ChannelRole).toString());
    return QIdentityProxyModel::data(index, role);
}

} // namespace omnidesk::ui
