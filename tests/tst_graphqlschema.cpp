#include "api/graphqldocuments.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

/// Every query the client sends, as the client assembles it (the operation and the shared fragments it
/// uses), is valid against GitHub's published schema, checked by graphql-js
/// (tests/tools/validate-graphql.mjs; its rules include "no unused fragment" and "known fragment"): a
/// query GitHub would reject fails here.
class GraphQLSchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentsValidateAgainstGitHubsSchema()
    {
        QTemporaryDir assembled;
        QStringList documents;
        for (const auto &file : QStringLiteral(RELEASEDESK_GRAPHQL_DOCUMENTS).split(QLatin1Char(','))) {
            const auto operation = QFileInfo(file).completeBaseName();
            const auto text = ReleaseDesk::Api::GraphQLDocuments::assemble(operation);
            QVERIFY2(!text.isEmpty(), qPrintable(operation));
            QFile out(assembled.filePath(operation + QStringLiteral(".graphql")));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text.toUtf8());
            documents.append(out.fileName());
        }
        QVERIFY(documents.size() >= 4);
        QProcess node;
        auto environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(QStringLiteral("GRAPHQL_JS_DIR")))
            environment.insert(QStringLiteral("GRAPHQL_JS_DIR"), QStringLiteral("/usr/share/nodejs/graphql"));
        node.setProcessEnvironment(environment);
        node.start(QStringLiteral("node"),
            QStringList {QStringLiteral(RELEASEDESK_TEST_TOOLS "/validate-graphql.mjs"),
                QStringLiteral(RELEASEDESK_TEST_DATA "/github/schema.graphql.gz")}
                + documents);
        QVERIFY2(node.waitForStarted(), "node is missing: install nodejs and node-graphql");
        QVERIFY(node.waitForFinished(120000));
        const auto output = QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
        QVERIFY2(node.exitCode() == 0, qPrintable(output));
        for (const auto &document : documents)
            QVERIFY2(output.contains(QStringLiteral("OK ") + document), qPrintable(output));
    }

    /// A fragment is written once in the sources: the operations share graphql/fragments.graphql.
    void everyFragmentIsDefinedOnce()
    {
        static const QRegularExpression definition(
            QStringLiteral(R"(^fragment\s+(\w+))"), QRegularExpression::MultilineOption);
        QHash<QString, QString> definedIn;
        const QDir graphql(QStringLiteral(RELEASEDESK_API_DIR "/graphql"));
        for (const auto &name : graphql.entryList({QStringLiteral("*.graphql")})) {
            QFile file(graphql.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto text = QString::fromUtf8(file.readAll());
            for (auto it = definition.globalMatch(text); it.hasNext();) {
                const auto fragment = it.next().captured(1);
                QVERIFY2(!definedIn.contains(fragment),
                    qPrintable(
                        QStringLiteral("%1 in %2 and %3").arg(fragment, definedIn.value(fragment), name)));
                definedIn.insert(fragment, name);
            }
        }
        QVERIFY(definedIn.value(QStringLiteral("PullRequestFields")) == QStringLiteral("fragments.graphql"));
        // Assembled, an operation carries the fragments it needs through others too, each once.
        const auto compare = ReleaseDesk::Api::GraphQLDocuments::assemble(QStringLiteral("CompareRange"));
        QCOMPARE(compare.count(QStringLiteral("fragment PullRequestFields on")), 1);
        QCOMPARE(compare.count(QStringLiteral("fragment TimelineEventFields on")), 1); // through another
        QVERIFY(ReleaseDesk::Api::GraphQLDocuments::assemble(QStringLiteral("NoSuchOperation")).isEmpty());
        QCOMPARE(ReleaseDesk::Api::GraphQLDocuments::spreadFragments(
                     QStringLiteral("{ a { ...One ... on Issue { b } ...Two ...One } }")),
            (QStringList {QStringLiteral("One"), QStringLiteral("Two")}));
    }

    void anInvalidDocumentIsRejected()
    {
        // The check can fail: a misspelt field does.
        QTemporaryFile bad(QStringLiteral("XXXXXX.graphql"));
        QVERIFY(bad.open());
        bad.write("query Broken { viewer { loginn } }\n");
        bad.close();
        QProcess node;
        auto environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(QStringLiteral("GRAPHQL_JS_DIR")))
            environment.insert(QStringLiteral("GRAPHQL_JS_DIR"), QStringLiteral("/usr/share/nodejs/graphql"));
        node.setProcessEnvironment(environment);
        node.start(QStringLiteral("node"),
            {QStringLiteral(RELEASEDESK_TEST_TOOLS "/validate-graphql.mjs"),
                QStringLiteral(RELEASEDESK_TEST_DATA "/github/schema.graphql.gz"), bad.fileName()});
        QVERIFY(node.waitForFinished(120000));
        QVERIFY(node.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(GraphQLSchemaTest)
#include "tst_graphqlschema.moc"
