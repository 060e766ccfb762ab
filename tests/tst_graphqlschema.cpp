#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

/// Every query the client sends is valid against GitHub's published schema, checked by graphql-js
/// (tests/tools/validate-graphql.mjs): a query GitHub would reject fails here.
class GraphQLSchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentsValidateAgainstGitHubsSchema()
    {
        QStringList documents;
        for (const auto &document : QStringLiteral(RELEASEDESK_GRAPHQL_DOCUMENTS).split(QLatin1Char(',')))
            documents.append(QStringLiteral(RELEASEDESK_API_DIR "/") + document);
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
