#include "querybar.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

QList<QPair<QString, QString>> QueryBar::presetViews()
{
    // The release team's saved queries (Kubernetes code freeze), scoped to this release's milestones.
    return {
        {tr("All items"), QString()},
        {tr("Open blockers"), QStringLiteral("is:open is:blocker")},
        {tr("Unassigned blockers"), QStringLiteral("is:open is:blocker no:assignee")},
        {tr("Code freeze: ready to merge"),
            QStringLiteral("is:pr is:open label:approved label:lgtm -label:do-not-merge/hold")},
        {tr("Code freeze: on hold"),
            QStringLiteral("is:pr is:open label:approved label:lgtm label:do-not-merge/hold")},
        {tr("Code freeze: needs approval"), QStringLiteral("is:pr is:open -label:approved label:lgtm")},
        {tr("Code freeze: needs lgtm"), QStringLiteral("is:pr is:open label:approved -label:lgtm")},
        {tr("CI failing"), QStringLiteral("is:open ci:failing")},
        {tr("Awaiting cherry-pick"), QStringLiteral("cherry-pick:missing is:merged")},
    };
}

QueryBar::QueryBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_views(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_completionModel(new QStringListModel(this))
    , m_completer(new QCompleter(m_completionModel, this))
{
    m_field->setPlaceholderText(
        tr("Filter: is:pr is:open label:kind/bug -label:lgtm assignee:alice ci:failing, or words"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Board query"));
    m_views->setAccessibleName(tr("Saved views"));
    rebuildViews();
    auto *save = new QToolButton(this);
    save->setText(tr("Save View..."));
    save->setAccessibleName(tr("Save the query as a view"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #bf5a00;"));
    m_error->hide();
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(m_field);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 1);
    row->addWidget(m_views);
    row->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_field, &QLineEdit::textChanged, this, &QueryBar::queryChanged);
    connect(m_field, &QLineEdit::textEdited, this, &QueryBar::completeCurrentWord);
    connect(
        m_completer, qOverload<const QString &>(&QCompleter::activated), this, &QueryBar::insertCompletion);
    connect(m_views, &QComboBox::activated, this,
        [this](int index) { setQuery(m_views->itemData(index).toString()); });
    connect(save, &QToolButton::clicked, this, [this] {
        if (query().trimmed().isEmpty())
            return showError(tr("Type a query first, then save it as a view."));
        bool ok = false;
        const auto name = QInputDialog::getText(
            this, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal, QString(), &ok)
                              .trimmed();
        if (ok && !name.isEmpty())
            Q_EMIT viewSaved(name, query());
    });
}

void QueryBar::setUserViews(const QList<QPair<QString, QString>> &views)
{
    m_userViews = views;
    rebuildViews();
}

void QueryBar::rebuildViews()
{
    m_views->clear();
    for (const auto &[name, query] : presetViews())
        m_views->addItem(name, query);
    if (!m_userViews.isEmpty())
        m_views->insertSeparator(m_views->count());
    for (const auto &[name, query] : std::as_const(m_userViews))
        m_views->addItem(name, query);
}

QString QueryBar::query() const
{
    return m_field->text();
}

void QueryBar::setQuery(const QString &query)
{
    m_field->setText(query);
}

void QueryBar::setCompletions(const QStringList &completions)
{
    m_completionModel->setStringList(completions);
}

void QueryBar::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void QueryBar::completeCurrentWord()
{
    const auto text = m_field->text().left(m_field->cursorPosition());
    const auto start = text.lastIndexOf(QLatin1Char(' ')) + 1;
    auto word = text.mid(start);
    if (word.startsWith(QLatin1Char('-')))
        word.remove(0, 1);
    if (word.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void QueryBar::insertCompletion(const QString &completion)
{
    auto text = m_field->text();
    const auto cursor = m_field->cursorPosition();
    auto start = text.left(cursor).lastIndexOf(QLatin1Char(' ')) + 1;
    if (start < text.size() && text.at(start) == QLatin1Char('-'))
        ++start;
    text.replace(start, cursor - start, completion + QLatin1Char(' '));
    m_field->setText(text);
    m_field->setCursorPosition(int(start + completion.size() + 1));
}

} // namespace ReleaseDesk::Views
