#include "querybar.h"

#include "freezedesk.h"

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

namespace {
/// Counts the views just before its list opens.
class ViewsComboBox final : public QComboBox
{
public:
    using QComboBox::QComboBox;
    std::function<void()> beforePopup;

    void showPopup() override
    {
        if (beforePopup)
            beforePopup();
        QComboBox::showPopup();
    }
    void hidePopup() override
    {
        QComboBox::hidePopup();
        if (afterPopup)
            afterPopup();
    }
    std::function<void()> afterPopup;
};
} // namespace

QList<QPair<QString, QString>> QueryBar::presetViews()
{
    QList<QPair<QString, QString>> views;
    for (const auto &view : Models::FreezeDesk::builtInViews())
        views.append({view.name, view.query});
    return views;
}

void QueryBar::setViewCounter(std::function<int(const QString &)> counter)
{
    m_counter = std::move(counter);
}

void QueryBar::refreshViewCounts(bool withCounts)
{
    // Counted when asked (the list is opened, the board changed while it shows): at 100,000 items
    // eleven queries cost more than a board recompute should.
    const auto presets = presetViews();
    for (int index = 0; index < presets.size() && index < m_views->count(); ++index) {
        const auto &[name, query] = presets.at(index);
        m_views->setItemText(index,
            withCounts && m_counter && !query.isEmpty() ? tr("%1 (%2)").arg(name).arg(m_counter(query))
                                                        : name);
    }
}

QueryBar::QueryBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_views(new ViewsComboBox(this))
    , m_error(new QLabel(this))
    , m_completionModel(new QStringListModel(this))
    , m_completer(new QCompleter(m_completionModel, this))
{
    m_field->setPlaceholderText(
        tr("Filter: is:pr is:open label:kind/bug -label:lgtm assignee:alice ci:failing, or words"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Board query"));
    m_views->setAccessibleName(tr("Saved views"));
    // Counts only while the list is open: a count left on the closed box would go stale.
    static_cast<ViewsComboBox *>(m_views)->beforePopup = [this] { refreshViewCounts(); };
    static_cast<ViewsComboBox *>(m_views)->afterPopup = [this] { refreshViewCounts(false); };
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
