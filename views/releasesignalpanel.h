#pragma once

#include "signal/signalreport.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace ReleaseDesk::Views {

class SafeTextBrowser;

/// The release signal: the CI-signal report as it would be pasted (verdict and reasons, contexts per
/// branch with streaks and sparklines, flakes with their issues, blockers by priority), and the
/// failures and flakes nobody tracks yet, each with "File Issue..." (a preview comes first). "Copy
/// Report" puts the Markdown on the clipboard and marks it as the last report sent, which the next
/// report compares with ("what changed since the last report").
class ReleaseSignalPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReleaseSignalPanel(QWidget *parent = nullptr);

    void showReport(const Models::SignalReport &report);
    QString reportMarkdown() const { return m_markdown; }
    QListWidget *untrackedList() const { return m_untracked; }
    QPushButton *fileIssueButton() const { return m_fileIssue; }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void fileIssueRequested(const ReleaseDesk::Models::LedgerEntry &entry);
    /// The report was copied to the clipboard to be sent: the next one says what changed since.
    void reportCopied(const ReleaseDesk::Models::SignalRecord &record);

private:
    SafeTextBrowser *m_report;
    QListWidget *m_untracked;
    QPushButton *m_fileIssue;
    QPushButton *m_copy;
    QList<Models::LedgerEntry> m_entries;
    QString m_markdown;
    Models::SignalRecord m_record;
};

} // namespace ReleaseDesk::Views
