#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <QFile>

/// The zh_CN translation is complete, and no source string is missing from it.
class TranslationsTest : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QString translation;
        QString type;
    };

    static QList<Message> readTs(const QString &path)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1StringView("name"))
                context = xml.readElementText();
            else if (name == QLatin1StringView("message"))
                current = {context, {}, {}, {}};
            else if (name == QLatin1StringView("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1StringView("translation")) {
                current.type = xml.attributes().value(QLatin1StringView("type")).toString();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                messages.append(current);
            }
        }
        return messages;
    }

    const QString m_committed = QStringLiteral(RELEASEDESK_SOURCE_DIR "/translations/releasedesk_zh_CN.ts");

private Q_SLOTS:
    void everyMessageIsTranslated()
    {
        const auto messages = readTs(m_committed);
        QVERIFY(messages.size() > 20);
        QStringList problems;
        for (const auto &message : messages) {
            if (message.type == QLatin1StringView("vanished")
                || message.type == QLatin1StringView("obsolete"))
                problems.append(QStringLiteral("obsolete: ") + message.source);
            else if (!message.type.isEmpty() || message.translation.trimmed().isEmpty())
                problems.append(QStringLiteral("untranslated: ") + message.source);
            else if (message.source.count(QLatin1Char('%')) != message.translation.count(QLatin1Char('%')))
                problems.append(QStringLiteral("placeholders differ: ") + message.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void noSourceStringIsMissingFromTheTranslation()
    {
        QTemporaryDir dir;
        const auto fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(RELEASEDESK_SOURCE_DIR));
        lupdate.start(QStringLiteral(RELEASEDESK_LUPDATE),
            {QStringLiteral("-recursive"), QStringLiteral("app"), QStringLiteral("models"),
                QStringLiteral("views"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        const auto diagnostics = QString::fromUtf8(lupdate.readAllStandardError());
        QCOMPARE(lupdate.exitCode(), 0);
        // lupdate warns when tr() is called in a way it cannot extract (a string escaping tr()).
        QVERIFY2(!diagnostics.contains(QStringLiteral("Cannot invoke tr()"))
                && !diagnostics.contains(QStringLiteral("Qualifying with unknown namespace")),
            qPrintable(diagnostics));

        QSet<QString> committed;
        for (const auto &message : readTs(m_committed))
            committed.insert(message.context + QLatin1Char('\x1f') + message.source);
        QStringList missing;
        for (const auto &message : readTs(fresh)) {
            if (!committed.contains(message.context + QLatin1Char('\x1f') + message.source))
                missing.append(message.context + QStringLiteral(": ") + message.source);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("Run the update_translations target and translate:\n")
                + missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
