#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace ReleaseDesk::Views {

/// The board's query bar: GitHub-like syntax with completion of qualifiers, labels, people and
/// repositories for the word being typed, and saved views (the Kubernetes code-freeze queries).
class QueryBar final : public QWidget
{
    Q_OBJECT

public:
    explicit QueryBar(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QComboBox *savedViews() const { return m_views; }
    QString query() const;
    void setQuery(const QString &query);
    /// Completion candidates, e.g. "label:kind/bug", "assignee:alice", "repo:console".
    void setCompletions(const QStringList &completions);
    void showError(const QString &error);

    /// The built-in views (Models::FreezeDesk::builtInViews), then the user's.
    static QList<QPair<QString, QString>> presetViews();
    /// How many cards a query selects: the built-in views show their counts ("Open blockers (3)").
    void setViewCounter(std::function<int(const QString &query)> counter);
    /// Shows the counts in the list of views (done whenever it opens) or, `withCounts` false, the
    /// plain names (when it closes: a count left on the closed box would go stale).
    void refreshViewCounts(bool withCounts = true);
    /// The user's own views (name, query), listed after the presets.
    void setUserViews(const QList<QPair<QString, QString>> &views);

Q_SIGNALS:
    void queryChanged(const QString &query);
    /// "Save view" was used: the caller keeps it and gives it back through setUserViews().
    void viewSaved(const QString &name, const QString &query);

private:
    void completeCurrentWord();
    void insertCompletion(const QString &completion);

    void rebuildViews();

    QLineEdit *m_field;
    QComboBox *m_views;
    QList<QPair<QString, QString>> m_userViews;
    QLabel *m_error;
    QStringListModel *m_completionModel;
    std::function<int(const QString &)> m_counter;
    QCompleter *m_completer;
};

} // namespace ReleaseDesk::Views
