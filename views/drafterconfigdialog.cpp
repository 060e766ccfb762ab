#include "drafterconfigdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

namespace {

QString kindText(Models::ReleaseDrafterNotice::Kind kind)
{
    using Kind = Models::ReleaseDrafterNotice::Kind;
    switch (kind) {
    case Kind::Used:
        return DrafterConfigDialog::tr("Used");
    case Kind::Ignored:
        return DrafterConfigDialog::tr("Ignored");
    case Kind::Unsupported:
        return DrafterConfigDialog::tr("Not supported");
    case Kind::Unknown:
        return DrafterConfigDialog::tr("Unknown, skipped");
    }
    return {};
}

} // namespace

DrafterConfigDialog::DrafterConfigDialog(
    const Models::NotesTemplate &notesTemplate, Preview preview, QWidget *parent)
    : QDialog(parent)
    , m_template(notesTemplate)
    , m_preview(std::move(preview))
    , m_options(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_yaml(new QPlainTextEdit(this))
{
    setWindowTitle(tr("release-drafter configuration: %1").arg(notesTemplate.name));
    m_options->setColumnCount(4);
    m_options->setHeaderLabels({tr("Option"), tr("Line"), tr("Status"), tr("Why")});
    m_options->setRootIsDecorated(false);
    m_options->setWordWrap(true); // the reasons are sentences
    m_options->setAccessibleName(tr("Options of the file"));
    m_options->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setAccessibleName(tr("release-drafter.yml"));
    m_yaml->setPlainText(QString::fromUtf8(m_template.drafter.toYaml()));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_options);
    splitter->addWidget(m_yaml);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *apply = buttons->addButton(tr("Apply Edits"), QDialogButtonBox::ApplyRole);
    apply->setToolTip(tr("Read the edited file again and show what it does"));
    auto *exportButton = buttons->addButton(tr("Export release-drafter.yml…"), QDialogButtonBox::ActionRole);
    connect(apply, &QPushButton::clicked, this, &DrafterConfigDialog::applyEdits);
    connect(exportButton, &QPushButton::clicked, this, &DrafterConfigDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (applyEdits())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 640);
    showOptions();
    showSummary();
}

QString DrafterConfigDialog::summaryText() const
{
    return m_summary->text();
}

bool DrafterConfigDialog::applyEdits()
{
    QString error;
    auto config = Models::ReleaseDrafterConfig::fromYaml(m_yaml->toPlainText().toUtf8(), &error);
    if (!config) {
        m_error->setText(tr("Not applied: %1").arg(error));
        m_error->show();
        return false;
    }
    m_error->hide();
    m_template.drafter = *config;
    showOptions();
    showSummary();
    return true;
}

bool DrafterConfigDialog::exportTo(const QString &path, QString *error) const
{
    const auto bytes = m_template.drafter.toYaml();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DrafterConfigDialog::showOptions()
{
    m_options->clear();
    const auto &notices = m_template.drafter.notices;
    if (notices.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_options);
        item->setText(0, tr("(edited in the app: every option is used)"));
        return;
    }
    for (const auto &notice : notices) {
        auto *item = new QTreeWidgetItem(m_options);
        item->setText(0, notice.key);
        item->setText(1, QString::number(notice.line));
        item->setText(2, kindText(notice.kind));
        item->setText(3, notice.message);
        item->setToolTip(3, notice.message);
    }
    for (const int column : {0, 1, 2})
        m_options->resizeColumnToContents(column);
}

void DrafterConfigDialog::showSummary()
{
    const auto result = m_preview(m_template);
    const auto previous = result.lastRelease
        ? tr("compared with the previous release %1").arg(result.lastRelease->tagName)
        : tr("no previous release found");
    const auto quoted = [](const QString &text, const QString &whenEmpty) -> QString {
        return text.isEmpty() ? whenEmpty : QString(QLatin1Char('"') + text + QLatin1Char('"'));
    };
    m_summary->setText(
        tr("The release would be named %1 with the tag %2 (version %3%4), %5.")
            .arg(quoted(result.name, tr("(none: name-template is empty)")),
                quoted(result.tag, tr("(none: tag-template is empty)")), result.resolvedVersion,
                result.prerelease ? tr(", a prerelease") : QString(), previous));
}

void DrafterConfigDialog::exportWithDialog()
{
    if (!applyEdits())
        return;
    const auto path = QFileDialog::getSaveFileName(this, tr("Export release-drafter.yml"),
        QStringLiteral("release-drafter.yml"), tr("release-drafter configuration (*.yml *.yaml)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        m_error->setText(error);
        m_error->show();
    }
}

} // namespace ReleaseDesk::Views
