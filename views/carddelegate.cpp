#include "carddelegate.h"

#include "boardmodel.h"
#include "icons.h"
#include "itemtablemodel.h"
#include "untrustedtext.h"

#include "api/cicontext.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace ReleaseDesk::Views {

using Models::BoardModel;
using Models::ItemTableModel;

namespace {
constexpr int margin = 6;
constexpr int padding = 8;

/// The state glyphs from resources/, drawn once per state.
const QIcon &ciGlyph(Icons::CiState state)
{
    static const QIcon glyphs[]
        = {Icons::ciState(Icons::CiState::Passed), Icons::ciState(Icons::CiState::Failed),
            Icons::ciState(Icons::CiState::Pending), Icons::ciState(Icons::CiState::Unknown)};
    return glyphs[int(state)];
}
} // namespace

QString CardDelegate::age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return QString();
    const auto minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%1m").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1h").arg(minutes / 60);
    return tr("%1d").arg(minutes / (24 * 60));
}

QColor CardDelegate::textColorOn(const QColor &background)
{
    // Relative luminance, as GitHub picks black or white label text.
    const auto luminance
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x1f, 0x23, 0x28) : QColor(Qt::white);
}

QStringList CardDelegate::titleLines(const QString &title, const QFont &font, int width)
{
    // Word-wrapped by Qt's own line breaking (CJK titles break between characters), at most two.
    QTextLayout layout(title, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    QStringList lines;
    while (lines.size() < 2) {
        auto textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(width);
        lines.append(title.mid(textLine.textStart(), textLine.textLength()).trimmed());
        if (lines.size() == 2 && textLine.textStart() + textLine.textLength() < title.size())
            lines.last()
                = QFontMetrics(font).elidedText(title.mid(textLine.textStart()), Qt::ElideRight, width);
    }
    layout.endLayout();
    return lines;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const auto line = option.fontMetrics.height();
    // Narrow on purpose: the list view stretches cards to its width.
    // Header, two lines of title, labels, people: the same for every card (uniform sizes keep a
    // 100,000-card column cheap to lay out). Compact: header, one title line, people.
    if (m_density == Density::Compact)
        return {150, 2 * margin + 2 * padding + 3 * line + 2 * 4 + 2};
    return {150, 2 * margin + 2 * padding + 5 * line + 3 * 4 + 4};
}

void CardDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    const QRectF card = QRectF(option.rect).adjusted(margin, margin / 2.0, -margin, -margin / 2.0);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path,
        selected ? palette.color(QPalette::Highlight)
                       .lighter(palette.color(QPalette::Base).lightness() > 128 ? 185 : 60)
                 : palette.color(QPalette::Base));
    painter->setPen(
        QPen(focused ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), focused ? 2 : 1));
    painter->drawPath(path);

    const auto fm = option.fontMetrics;
    const int line = fm.height();
    QRect content = card.toRect().adjusted(padding, padding, -padding, -padding);
    const auto textColor = palette.color(QPalette::Text);
    const auto dimColor = palette.color(QPalette::PlaceholderText);

    // Line 1: reference (bold) and CI on the right.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(textColor);
    const auto reference = index.data(ItemTableModel::ShortReferenceRole).toString();
    const auto isPr = index.data(ItemTableModel::IsPullRequestRole).toBool();
    // CI as glyphs with counts on the right, most urgent first; the reference gets the rest.
    const auto ci = index.data(ItemTableModel::CiSummaryRole).value<Api::CiSummary>();
    struct CiPart
    {
        Icons::CiState state;
        QString count;
    };
    QList<CiPart> ciParts;
    if (ci.failed)
        ciParts.append({Icons::CiState::Failed,
            ci.requiredFailed ? tr("%1 (%2 req)").arg(ci.failed).arg(ci.requiredFailed)
                              : QString::number(ci.failed)});
    if (ci.pending)
        ciParts.append({Icons::CiState::Pending, QString::number(ci.pending)});
    if (ci.passed)
        ciParts.append({Icons::CiState::Passed, QString::number(ci.passed)});
    // States GitHub reports that are neither (skipped, neutral, an unknown value): shown, not hidden.
    if (ci.unknown + ci.neutral > 0)
        ciParts.append({Icons::CiState::Unknown, QString::number(ci.unknown + ci.neutral)});
    const int glyph = std::max(8, line - 4);
    const auto partWidth
        = [&](const CiPart &part) { return glyph + 2 + fm.horizontalAdvance(part.count) + 6; };
    const auto ciWidthOf = [&] {
        int width = 0;
        for (const auto &part : std::as_const(ciParts))
            width += partWidth(part);
        return width;
    };
    const QFontMetrics boldFm(bold);
    QString header = (isPr ? tr("PR") : tr("Issue")) + QLatin1Char(' ') + reference;
    const auto fits = [&] { return boldFm.horizontalAdvance(header) + 6 + ciWidthOf() <= content.width(); };
    // The reference is never cut. With little room the least urgent glyphs give way (unknown, passed,
    // pending), then the "PR"/"Issue" word, then the failure's "required" count; a failure stays.
    while (ciParts.size() > 1 && !fits())
        ciParts.removeLast();
    if (!fits())
        header = reference;
    const bool failing = !ciParts.isEmpty() && ciParts.first().state == Icons::CiState::Failed;
    if (!fits() && failing)
        ciParts.first().count = QString::number(ci.failed);
    if (!fits() && !failing)
        ciParts.clear();
    const int ciWidth = ciWidthOf();
    painter->drawText(QRect(content.left(), content.top(), content.width() - ciWidth, line),
        Qt::AlignLeft | Qt::AlignVCenter, header);
    painter->setFont(option.font);
    int ciX = content.right() + 1 - ciWidth;
    for (const auto &part : std::as_const(ciParts)) {
        ciX += 6;
        const QRect glyphRect(ciX, content.top() + (line - glyph) / 2, glyph, glyph);
        ciGlyph(part.state).paint(painter, glyphRect);
        ciX += glyph + 2;
        painter->setPen(textColor);
        const auto countWidth = fm.horizontalAdvance(part.count);
        painter->drawText(
            QRect(ciX, content.top(), countWidth, line), Qt::AlignLeft | Qt::AlignVCenter, part.count);
        ciX += countWidth;
    }

    // Lines 2 and 3: the title, wrapped, the second line elided (the tooltip has all of it).
    int y = content.top() + line + 4;
    painter->setPen(textColor);
    const auto fullTitle = Models::displayText(index.data(ItemTableModel::TitleRole).toString());
    const bool compact = m_density == Density::Compact;
    const auto title = compact ? QStringList {fm.elidedText(fullTitle, Qt::ElideRight, content.width())}
                               : titleLines(fullTitle, option.font, content.width());
    for (const auto &text : title) {
        painter->drawText(
            QRect(content.left(), y, content.width(), line), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line;
    }

    // Line 4: label chips in their colours (not in the compact density).
    y = content.top() + 3 * line + 8;
    int x = content.left();
    if (compact)
        y = content.top() + line + 4; // no chips: the people line follows the one title line
    QFont small = option.font;
    small.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.85));
    painter->setFont(small);
    const QFontMetrics smallFm(small);
    const auto labels = compact ? QVariantList() : index.data(ItemTableModel::LabelsRole).toList();
    for (int i = 0; i < labels.size(); ++i) {
        const auto label = labels[i].toMap();
        const auto name = Models::displayText(label.value(QStringLiteral("name")).toString());
        QColor color(QLatin1Char('#') + label.value(QStringLiteral("color")).toString());
        if (!color.isValid())
            color = palette.color(QPalette::Button);
        const int width = smallFm.horizontalAdvance(name) + 10;
        if (x + width > content.right()) {
            const auto more = tr("+%1").arg(labels.size() - i);
            painter->setPen(dimColor);
            painter->drawText(QRect(x, y, content.right() - x, line), Qt::AlignLeft | Qt::AlignVCenter, more);
            break;
        }
        QPainterPath chip;
        chip.addRoundedRect(QRectF(x, y + 1, width, line - 2), (line - 2) / 2.0, (line - 2) / 2.0);
        painter->fillPath(chip, color);
        painter->setPen(textColorOn(color));
        painter->drawText(QRect(x, y, width, line), Qt::AlignCenter, name);
        x += width + 4;
    }
    painter->setFont(option.font);

    // Line 4: assignees, review, age, warnings.
    y += line + 4;
    QStringList parts;
    const auto assignees = index.data(ItemTableModel::AssigneesRole).toStringList();
    QStringList people;
    for (const auto &login : assignees)
        people.append(Models::displayText(login));
    parts.append(assignees.isEmpty() ? tr("unassigned") : people.join(QStringLiteral(", ")));
    const auto review = index.data(ItemTableModel::ReviewDecisionRole).toString();
    if (review == QLatin1StringView("APPROVED"))
        parts.append(tr("approved"));
    else if (review == QLatin1StringView("CHANGES_REQUESTED"))
        parts.append(tr("changes requested"));
    else if (review == QLatin1StringView("REVIEW_REQUIRED"))
        parts.append(tr("review required"));
    parts.append(
        age(index.data(ItemTableModel::CreatedAtRole).toDateTime(), QDateTime::currentDateTimeUtc()));
    if (index.data(BoardModel::IsBlockerRole).toBool())
        parts.prepend(tr("BLOCKER"));
    const auto warnings = Models::CardWarnings(index.data(BoardModel::WarningsRole).toInt());
    QString warningText;
    if (warnings.testFlag(Models::CardWarning::MergedAfterFreeze))
        warningText = tr("merged after freeze");
    else if (warnings.testFlag(Models::CardWarning::NoteButNoneLabel))
        warningText = tr("note vs release-note-none");
    else if (warnings.testFlag(Models::CardWarning::BlockerWithoutAssignee))
        warningText = tr("blocker without assignee");
    else if (warnings.testFlag(Models::CardWarning::UnansweredNote))
        warningText = tr("release note unanswered");
    if (!warningText.isEmpty())
        parts.append(QStringLiteral("\u26A0 ") + warningText);
    painter->setPen(warningText.isEmpty() ? dimColor : QColor(0xbf, 0x5a, 0x00));
    painter->drawText(QRect(content.left(), y, content.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(parts.join(QStringLiteral(" \u00B7 ")), Qt::ElideRight, content.width()));
    painter->restore();
}

} // namespace ReleaseDesk::Views
