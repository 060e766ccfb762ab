#include "notesreviewimportdialog.h"

#include "untrustedtext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

namespace {
constexpr int changeRole = Qt::UserRole + 1;
} // namespace

NotesReviewImportDialog::NotesReviewImportDialog(const Models::ReviewImport &review,
    const Models::NotesDocument &document, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_all(review.changes)
    , m_changes(new QTreeWidget(this))
{
    setWindowTitle(tr("Import Review"));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    summary->setText(review.changes.isEmpty()
            ? tr("%1 changes nothing in these notes.").arg(fileName)
            : tr("%1 makes %n change(s). Uncheck those you do not want, then apply.", nullptr,
                int(review.changes.size()))
                  .arg(fileName));
    layout->addWidget(summary);

    m_changes->setColumnCount(4);
    m_changes->setHeaderLabels({tr("Entry"), tr("Change"), tr("Before"), tr("After")});
    m_changes->setRootIsDecorated(false);
    m_changes->setWordWrap(true);
    m_changes->setAccessibleName(tr("Changes"));
    for (int i = 0; i < review.changes.size(); ++i) {
        const auto &change = review.changes[i];
        const int row = document.indexOf(change.entryId);
        QString entry = change.entryId;
        if (row >= 0 && !document.entries[row].sources.isEmpty())
            entry = document.entries[row].sources.first().shortReference();
        const auto shown = [&change](const QString &value) {
            if (change.kind == Models::ReviewChange::Kind::Included
                || change.kind == Models::ReviewChange::Kind::Reviewed)
                return value == u"yes" ? tr("yes") : tr("no");
            // What a reviewer typed is shown as text; direction controls become visible marks.
            return Models::withVisibleDirectionControls(value);
        };
        auto *item = new QTreeWidgetItem(m_changes,
            {entry, Models::reviewChangeKindName(change.kind), shown(change.before), shown(change.after)});
        item->setCheckState(0, Qt::Checked);
        item->setData(0, changeRole, i);
        // Rich text of escaped words: the whole note, wrapped, and never markup from the file.
        const auto tip = [](const QString &value) {
            return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(value.toHtmlEscaped());
        };
        item->setToolTip(2, tip(change.before));
        item->setToolTip(3, tip(change.after));
    }
    m_changes->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_changes->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_changes, 1);

    if (!review.problems.isEmpty()) {
        auto *problems = new QLabel(this);
        problems->setTextFormat(Qt::PlainText);
        problems->setWordWrap(true);
        problems->setText(tr("Not imported:") + QLatin1Char('\n') + review.problems.join(QLatin1Char('\n')));
        layout->addWidget(problems);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *apply = buttons->addButton(tr("Apply Checked Changes"), QDialogButtonBox::AcceptRole);
    apply->setEnabled(!review.changes.isEmpty());
    auto *none = buttons->addButton(tr("Uncheck All"), QDialogButtonBox::ActionRole);
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_changes->topLevelItemCount(); ++i)
            m_changes->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 520);
}

QList<Models::ReviewChange> NotesReviewImportDialog::acceptedChanges() const
{
    QList<Models::ReviewChange> accepted;
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i) {
        const auto *item = m_changes->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            accepted.append(m_all.value(item->data(0, changeRole).toInt()));
    }
    return accepted;
}

} // namespace ReleaseDesk::Views
