#pragma once

#include "cherrypick/cherrypickmatrixmodel.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ReleaseDesk::Views {

/// One (fix, branch) cell the user acted on.
struct CherryPickCellRef
{
    Api::ItemKey fix;
    QString branch;
    Models::CherryPickCell cell;
};

/// The cherry-pick matrix: one row per fix merged on the main branch that needs back-porting, one
/// column per maintained branch, each cell in words with a glyph. Keyboard first: the arrows move
/// between cells, Shift with the arrows selects several, Return opens the cell's pull request.
/// "Request Cherry-Pick" asks for the selected cells that still need it (the owner previews and sends
/// the bot's command), "Open Pull Request" opens the current cell's pick.
class CherryPickPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CherryPickPanel(QWidget *parent = nullptr);

    /// A new matrix (same branches: the selection and the current cell stay where they were).
    void setMatrix(Models::CherryPickMatrix matrix);
    /// While a matrix is computed off the GUI thread.
    void setComputing(bool computing);
    bool isComputing() const { return m_computing; }

    Models::CherryPickMatrixModel *model() const { return m_model; }
    Models::CherryPickFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QAction *requestAction() const { return m_request; }
    QAction *openAction() const { return m_open; }
    QString summaryText() const;

    /// The selected branch cells, top to bottom and left to right.
    QList<CherryPickCellRef> selectedCells() const;

Q_SIGNALS:
    /// "Request Cherry-Pick" on a selection: the cells that need a request (the others are said in
    /// `skipped`, a count).
    void cherryPickRequested(const QList<ReleaseDesk::Views::CherryPickCellRef> &cells, int skipped);
    void message(const QString &text);

private:
    void requestSelected();
    void openCurrent();
    void open(const QModelIndex &index);
    void updateSummary();
    void updateActions();

    Models::CherryPickMatrixModel *m_model;
    Models::CherryPickFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QCheckBox *m_needsAction;
    QLabel *m_empty;
    QTableView *m_table;
    QAction *m_request;
    QAction *m_open;
    bool m_computing = false;
};

} // namespace ReleaseDesk::Views
