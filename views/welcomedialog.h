#pragma once

#include <QDialog>

class QCheckBox;

namespace ReleaseDesk::Views {

/// The first-run page: explore the demo, or connect a GitHub host and define a release. Not modal,
/// dismissed with Escape or any choice; Help > Welcome brings it back.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    /// What the window behind the page holds decides what the page says about it.
    enum class Behind { Demo, EmptyWorkspace, Release };
    explicit WelcomeDialog(Behind behind = Behind::Demo, QWidget *parent = nullptr);

    QCheckBox *dontShowAgain() const { return m_dontShowAgain; }

Q_SIGNALS:
    void signInRequested();
    void newReleaseRequested();
    /// Closed; `forGood` when the user asked not to see it at start-up again.
    void dismissed(bool forGood);

protected:
    void done(int result) override;

private:
    QCheckBox *m_dontShowAgain;
};

} // namespace ReleaseDesk::Views
