#include "releasesignalpanel.h"

#include "itemdetailspanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

ReleaseSignalPanel::ReleaseSignalPanel(QWidget *parent)
    : QWidget(parent)
    , m_report(new SafeTextBrowser(this))
    , m_untracked(new QListWidget(this))
    , m_fileIssue(new QPushButton(tr("&File Issue..."), this))
{
    setAccessibleName(tr("Release signal"));
    m_report->setAccessibleName(tr("CI-signal report"));
    m_untracked->setAccessibleName(tr("Failures and flakes without a tracking issue"));
    m_fileIssue->setEnabled(false);
    auto *label = new QLabel(tr("&Untracked failures and flakes:"), this);
    label->setBuddy(m_untracked);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_report, 3);
    layout->addWidget(label);
    layout->addWidget(m_untracked, 1);
    layout->addWidget(m_fileIssue, 0, Qt::AlignRight);
    connect(m_untracked, &QListWidget::currentRowChanged, this,
        [this](int row) { m_fileIssue->setEnabled(row >= 0 && row < m_entries.size()); });
    connect(m_fileIssue, &QPushButton::clicked, this, [this] {
        const auto row = m_untracked->currentRow();
        if (row >= 0 && row < m_entries.size())
            Q_EMIT fileIssueRequested(m_entries.at(row));
    });
}

void ReleaseSignalPanel::showReport(const Models::SignalReport &report)
{
    m_markdown = report.toMarkdown();
    // GitHub-flavoured Markdown without raw HTML: context names come from GitHub.
    m_report->document()->setMarkdown(m_markdown,
        QTextDocument::MarkdownFeatures(
            QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    m_entries.clear();
    m_untracked->clear();
    for (const auto &entry : report.ledger) {
        if (entry.isTracked())
            continue;
        m_entries.append(entry);
        m_untracked->addItem(tr("%1: %2 on %3 (%4)")
                                 .arg(entry.repository.fullName(), entry.health.context, entry.branch,
                                     entry.health.statusText()));
    }
    m_fileIssue->setEnabled(false);
}

} // namespace ReleaseDesk::Views
