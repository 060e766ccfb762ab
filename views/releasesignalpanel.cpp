#include "releasesignalpanel.h"

#include "itemdetailspanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

ReleaseSignalPanel::ReleaseSignalPanel(QWidget *parent)
    : QWidget(parent)
    , m_report(new SafeTextBrowser(this))
    , m_untracked(new QListWidget(this))
    , m_fileIssue(new QPushButton(tr("&File Issue..."), this))
    , m_copy(new QPushButton(tr("&Copy Report"), this))
{
    setAccessibleName(tr("Release signal"));
    m_report->setAccessibleName(tr("CI-signal report"));
    m_untracked->setAccessibleName(tr("Failures and flakes without a tracking issue"));
    m_fileIssue->setEnabled(false);
    auto *label = new QLabel(tr("&Untracked failures and flakes:"), this);
    label->setBuddy(m_untracked);
    m_copy->setToolTip(tr("Copy the report as Markdown, ready to paste into a channel or an issue; the "
                          "next report says what changed since this one."));
    m_copy->setEnabled(false);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("The CI-signal report, as it will be pasted:"), this);
    title->setBuddy(m_report);
    top->addWidget(title, 1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_report, 6);
    layout->addWidget(label);
    layout->addWidget(m_untracked, 1);
    layout->addWidget(m_fileIssue, 0, Qt::AlignRight);
    connect(m_untracked, &QListWidget::currentRowChanged, this,
        [this](int row) { m_fileIssue->setEnabled(row >= 0 && row < m_entries.size()); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_markdown);
        Q_EMIT reportCopied(m_record);
    });
    connect(m_fileIssue, &QPushButton::clicked, this, [this] {
        const auto row = m_untracked->currentRow();
        if (row >= 0 && row < m_entries.size())
            Q_EMIT fileIssueRequested(m_entries.at(row));
    });
}

void ReleaseSignalPanel::showReport(const Models::SignalReport &report)
{
    // A refresh keeps the reader where they were; a first report opens at its top (the verdict).
    const auto scrolled = m_markdown.isEmpty() ? 0 : m_report->verticalScrollBar()->value();
    m_markdown = report.toMarkdown();
    m_record = Models::SignalRecord::of(report);
    m_copy->setEnabled(true);
    // GitHub-flavoured Markdown without raw HTML: context names come from GitHub.
    m_report->document()->setMarkdown(m_markdown,
        QTextDocument::MarkdownFeatures(
            QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    m_report->moveCursor(QTextCursor::Start);
    m_report->verticalScrollBar()->setValue(scrolled);
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
