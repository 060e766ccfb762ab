#include "demobanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ReleaseDesk::Views {

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto palette = this->palette();
    // Amber in both palettes: readable on light and dark themes alike.
    palette.setColor(QPalette::Window, QColor(0xfd, 0xe6, 0x8a));
    palette.setColor(QPalette::WindowText, QColor(0x3d, 0x2c, 0x00));
    setPalette(palette);

    auto *label = new QLabel(tr("Demo workspace: generated sample data shaped like a KubeSphere release. "
                                "Nothing here comes from GitHub or changes it."),
        this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    setAccessibleName(tr("Demo data notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(label, 1);
}

} // namespace ReleaseDesk::Views
