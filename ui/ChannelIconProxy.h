#pragma once

#include <QIdentityProxyModel>

namespace omnidesk::ui {

// Adds channel icons (a Gui concern) to the Qt Core TimelineModel.
class ChannelIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace omnidesk::ui
