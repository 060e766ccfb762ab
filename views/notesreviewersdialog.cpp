#include "notesreviewersdialog.h"

#include "notes/notesreview.h"
#include "notes/notessession.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

namespace {
constexpr int sectionRole = Qt::UserRole + 1;
} // namespace

NotesReviewersDialog::NotesReviewersDialog(Models::NotesSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Reviewers"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Who reviews each section's notes. Export for review writes their files; their progress shows in "
           "the composer."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const auto &document = session->document();
    const auto &draft = session->draft();
    auto *completer = new QCompleter(Models::reviewCandidates(document, draft), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Section"), tr("Reviewer"), tr("Reviewed")});
    m_table->setRowCount(int(document.sections.size()));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int row = 0; row < document.sections.size(); ++row) {
        const auto &section = document.sections[row];
        auto *name = new QTableWidgetItem(section);
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(sectionRole, section);
        m_table->setItem(row, 0, name);
        auto *field = new QLineEdit(draft.sectionReviewers.value(section), m_table);
        field->setCompleter(completer);
        field->setPlaceholderText(tr("nobody yet"));
        field->setAccessibleName(tr("Reviewer of %1").arg(section));
        m_table->setCellWidget(row, 1, field);
        int reviewed = 0;
        int total = 0;
        for (const auto &entry : document.entries) {
            if (entry.section == section && entry.included) {
                ++total;
                reviewed += entry.reviewed ? 1 : 0;
            }
        }
        auto *progress = new QTableWidgetItem(tr("%1 of %n", nullptr, total).arg(reviewed));
        progress->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 2, progress);
    }
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 420);
}

QLineEdit *NotesReviewersDialog::reviewerField(const QString &section) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(sectionRole).toString() == section)
            return qobject_cast<QLineEdit *>(m_table->cellWidget(row, 1));
    }
    return nullptr;
}

void NotesReviewersDialog::apply()
{
    QList<std::pair<QString, QString>> changes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto section = m_table->item(row, 0)->data(sectionRole).toString();
        const auto login = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 1))->text().trimmed();
        if (m_session->draft().sectionReviewers.value(section) != login)
            changes.append({section, login});
    }
    if (changes.isEmpty())
        return;
    m_session->recordUndoStep(tr("reviewer assignment"));
    for (const auto &[section, login] : changes)
        m_session->setSectionReviewer(section, login);
}

} // namespace ReleaseDesk::Views
