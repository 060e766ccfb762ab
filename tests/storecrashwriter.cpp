// Helper for tst_storecrash: writes transactions to a workspace forever, printing each committed
// generation, until the test kills it with SIGKILL.
#include "store.h"
#include "store/itemrepository.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace ReleaseDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: storecrashwriter WORKSPACE\n");
        return 2;
    }
    Models::Store store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError().message));
        return 1;
    }
    const Api::RepositoryRef repository {
        QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("kubesphere")};
    auto generation = store.meta(QStringLiteral("generation"), QStringLiteral("0")).toInt();
    QTextStream out(stdout);
    for (;;) {
        ++generation;
        QList<Api::Item> items;
        for (int number = 1; number <= 200; ++number) {
            Api::Item item;
            item.key = {repository, number};
            item.title = QStringLiteral("generation %1").arg(generation);
            item.body = QString(2000, QLatin1Char('x'));
            item.labels = {{QStringLiteral("gen/%1").arg(generation), QStringLiteral("ffffff"), QString()}};
            item.ciContexts = {{Api::CiContext::Source::CheckRun, QStringLiteral("build"),
                QStringLiteral("SUCCESS"), true, QUrl(), QDateTime()}};
            items.append(item);
        }
        const bool ok = store.transaction([&] {
            return Models::ItemRepository(store).upsertItems(items)
                && store.setMeta(QStringLiteral("generation"), QString::number(generation));
        });
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError().message));
            return 1;
        }
        out << "committed " << generation << Qt::endl;
    }
}
