#pragma once

#include <QFrame>

namespace ReleaseDesk::Views {

/// The strip that says, on every screen, that the data is generated sample data.
class DemoBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget *parent = nullptr);
};

} // namespace ReleaseDesk::Views
