#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <QFile>

/// The zh_CN translation is complete, no source string is missing from it, and every counted
/// string has its English singular and plural.
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
    QTemporaryDir m_scratch;

    /// What lupdate extracts from the sources now (once per run).
    QString freshTranslation()
    {
        const auto fresh = m_scratch.filePath(QStringLiteral("fresh_zh_CN.ts"));
        if (QFile::exists(fresh))
            return fresh;
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(RELEASEDESK_SOURCE_DIR));
        lupdate.start(QStringLiteral(RELEASEDESK_LUPDATE),
            {QStringLiteral("-recursive"), QStringLiteral("app"), QStringLiteral("models"),
                QStringLiteral("views"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-ts"), fresh});
        lupdate.waitForFinished(120000);
        m_lupdateDiagnostics = QString::fromUtf8(lupdate.readAllStandardError());
        m_lupdateExitCode = lupdate.exitCode();
        return fresh;
    }
    QString m_lupdateDiagnostics;
    int m_lupdateExitCode = -1;

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

    void everyCountedStringHasEnglishForms()
    {
        // "%n change(s)" reads "1 change" and "3 changes": the English plural file has both forms
        // of every counted string in the sources.
        QFile file(QStringLiteral(RELEASEDESK_SOURCE_DIR "/translations/releasedesk_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QSet<QString> complete;
        QString source;
        int forms = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1StringView("source"))
                source = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1StringView("translation"))
                forms = 0;
            else if (xml.isStartElement() && xml.name() == QLatin1StringView("numerusform")) {
                const auto text = xml.readElementText();
                if (!text.contains(QStringLiteral("(s)")) && text.contains(QStringLiteral("%n")))
                    ++forms;
            } else if (xml.isEndElement() && xml.name() == QLatin1StringView("translation") && forms == 2)
                complete.insert(source);
        }
        QStringList missing;
        const auto fresh = readTs(freshTranslation());
        for (const auto &message : fresh) {
            if (message.source.contains(QStringLiteral("%n")) && !complete.contains(message.source))
                missing.append(message.source);
        }
        QVERIFY(!fresh.isEmpty());
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("Run the update_translations target, then scripts/english-plurals "
                                      "translations/releasedesk_en.ts:\n")
                + missing.join(QLatin1Char('\n'))));
    }

    void noSourceStringIsMissingFromTheTranslation()
    {
        const auto fresh = freshTranslation();
        const auto diagnostics = m_lupdateDiagnostics;
        QCOMPARE(m_lupdateExitCode, 0);
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
