#include "boardcolumnsstate.h"

#include <QDataStream>
#include <QIODevice>

namespace ReleaseDesk::Views {

namespace {
constexpr quint32 columnsMagic = 0x52444331; // "RDC1"

/// A list of names in QDataStream's QStringList layout, refusing a length the remaining bytes
/// cannot hold: QDataStream itself reserves what a damaged length asks for (gigabytes) before it
/// notices the data is short.
bool readNames(QDataStream &in, QStringList &names)
{
    quint32 count = 0;
    in >> count;
    constexpr qint64 smallestString = sizeof(quint32); // a string's length, then its characters
    if (in.status() != QDataStream::Ok || count > in.device()->bytesAvailable() / smallestString)
        return false;
    for (quint32 index = 0; index < count; ++index) {
        QString name;
        in >> name;
        names.append(name);
    }
    return in.status() == QDataStream::Ok;
}
} // namespace

QByteArray BoardColumnsState::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << columnsMagic << collapsed << hidden << compact;
    return bytes;
}

std::optional<BoardColumnsState> BoardColumnsState::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    quint32 magic = 0;
    in >> magic;
    if (magic != columnsMagic || in.status() != QDataStream::Ok)
        return std::nullopt;
    BoardColumnsState state;
    if (!readNames(in, state.collapsed) || !readNames(in, state.hidden))
        return std::nullopt;
    in >> state.compact;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return state;
}

} // namespace ReleaseDesk::Views
