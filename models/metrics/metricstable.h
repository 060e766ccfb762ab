#pragma once

#include "metrics/releasemetrics.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace ReleaseDesk::Models {

/// One chart's numbers as a table: rows of days (or categories), a column per series. The same model
/// feeds the chart (through model mappers) and the "Numbers" table, so they cannot disagree.
struct MetricsTable
{
    enum class Kind {
        Daily, ///< column 0 is a date (msecs since the epoch, UTC midnight); a line per other column
        Categorical, ///< rowLabels name the rows; a bar set per column
    };
    QString id; ///< "burndown", ... (file names, the command line)
    QString title;
    Kind kind = Kind::Daily;
    /// Daily only: column 0 is a date (msecs); false: a plain number (days before release).
    bool xIsDate = true;
    QStringList columnIds; ///< for CSV/JSON
    QStringList columnTitles; ///< translated
    QStringList rowLabels; ///< Categorical only
    QList<QList<double>> rows; ///< Daily: [date msecs, values...]; Categorical: [values...]

    QByteArray toCsv() const;
};

/// The tables of every chart of the metrics view, in display order.
QList<MetricsTable> metricsTables(const ReleaseMetrics &metrics);

class MetricsTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< the number, for sorting and mappers
    };

    explicit MetricsTableModel(QObject *parent = nullptr);
    void setTable(const MetricsTable &table);
    const MetricsTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MetricsTable m_table;
};

} // namespace ReleaseDesk::Models
