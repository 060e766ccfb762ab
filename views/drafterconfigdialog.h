#pragma once

#include "notes/notestemplate.h"
#include "notes/releasedrafterrenderer.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace ReleaseDesk::Views {

/// A release-drafter template as release-drafter sees it: every key of its release-drafter.yml with
/// what the app did with it (used, ignored, not supported, unknown), the name, tag and version the
/// release would get, and the file itself, editable and exportable so the round trip ends in a file
/// release-drafter accepts.
class DrafterConfigDialog final : public QDialog
{
    Q_OBJECT

public:
    using Preview = std::function<Models::DrafterResult(const Models::NotesTemplate &)>;

    /// `preview` drafts the release with a template (the composer's current pull requests).
    DrafterConfigDialog(
        const Models::NotesTemplate &notesTemplate, Preview preview, QWidget *parent = nullptr);

    /// The template with the edits of the file applied (once the dialog is accepted).
    Models::NotesTemplate notesTemplate() const { return m_template; }

    QTreeWidget *optionList() const { return m_options; }
    QPlainTextEdit *yamlEditor() const { return m_yaml; }
    QString summaryText() const;

    /// Reads the edited file; false (and the reason shown) when release-drafter would refuse it.
    bool applyEdits();
    /// Writes the configuration as a release-drafter.yml.
    bool exportTo(const QString &path, QString *error) const;

private:
    void showOptions();
    void showSummary();
    void exportWithDialog();

    Models::NotesTemplate m_template;
    Preview m_preview;
    QTreeWidget *m_options;
    QLabel *m_summary;
    QLabel *m_error;
    QPlainTextEdit *m_yaml;
};

} // namespace ReleaseDesk::Views
