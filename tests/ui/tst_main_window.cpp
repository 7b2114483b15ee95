// The review desk's main window, offscreen, against the in-process emulator: connect through a
// session profile, streams listed, a stream chosen, fragments arriving in the table; the table
// selection and ReviewState's selection following each other; the layout persisting across
// windows; errors (unknown stream, bad credentials) in the status bar and the log with their
// AWS error type and request id; the profile dialog with a keychain that works and one that
// does not.
#include "core/aws/memory_secret_store.h"
#include "core/jobs/job_registry.h"
#include "core/models/log_model.h"
#include "core/models/review_fragment_model.h"
#include "core/models/stream_list_model.h"
#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "tests/support/emulator_fixture.h"
#include "ui/desk/connection_panel.h"
#include "ui/desk/desk_status_bar.h"
#include "ui/desk/fragment_table_view.h"
#include "ui/desk/log_panel.h"
#include "ui/desk/main_window.h"
#include "ui/desk/profile_dialog.h"
#include "ui/desk/review_loader.h"
#include "ui/desk/stream_browser.h"
#include "ui/timeline/timeline_panel.h"
#include "ui/timeline/timeline_widget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kinescope;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::EmulatorFixture> m_emu;

    AppProfile emulatorProfile(const QString& name) const {
        AppProfile p;
        p.name = name;
        p.accessKeyId = m_emu->credentials().accessKeyId;
        p.region = m_emu->region();
        p.endpointUrl = m_emu->url().toString();
        return p;
    }

    // Connects the window through a session profile whose secret is in a MemorySecretStore.
    void connectWindow(MainWindow& window, const QString& secret) {
        auto store = std::make_shared<MemorySecretStore>();
        const AppProfile profile = emulatorProfile(QStringLiteral("emulator"));
        bool written = false;
        store->write(profile.secretKeyName(), secret, [&](const Status& s) { written = bool(s); });
        QTRY_VERIFY(written);
        window.connectionPanel()->addSessionProfile(profile, store);
        const Status status = window.connectionPanel()->connectWith(profile.name, m_emu->region(),
                                                                    m_emu->url().toString());
        QVERIFY2(status, qPrintable(status ? QString() : status.error().toString()));
        QVERIFY(window.workspace()->isConnected());
    }

    // Numbers of the fragments whose [start, end) overlaps the range (brute force over the
    // index), sorted: what a range selects in the table.
    static QStringList overlapping(const FragmentIndex& index, TimeInterval range) {
        QStringList numbers;
        for (qsizetype i = 0; i < index.size(); ++i) {
            if (index.startMs(i) < range.endMs && index.endMs(i) > range.startMs)
                numbers << index.fragmentNumber(i);
        }
        numbers.sort();
        return numbers;
    }

    static QStringList selectedNumbers(QTableView* view) {
        QStringList numbers;
        for (const QModelIndex& row : view->selectionModel()->selectedRows())
            numbers << row.siblingAtColumn(ReviewFragmentModel::NumberColumn).data().toString();
        numbers.sort();
        return numbers;
    }

    void openFrontDoor(MainWindow& window) {
        StreamBrowser* browser = window.streamBrowser();
        QTRY_COMPARE_WITH_TIMEOUT(browser->model()->rowCount(),
                                  int(m_emu->emulator().scenario().streams.size()), 20000);
        QSignalSpy finished(window.loader(), &ReviewLoader::loadFinished);
        const int row = browser->model()->rowOfName(QStringLiteral("front-door"));
        QVERIFY(row >= 0);
        browser->view()->setCurrentIndex(
            browser->proxy()->mapFromSource(browser->model()->index(row, 0)));
        QCOMPARE(window.workspace()->review()->stream().name, QStringLiteral("front-door"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("KinescopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    }

    void init() {
        QSettings().clear();
        m_emu = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_emu->ok(), qPrintable(m_emu->error()));
    }

    void cleanup() { m_emu.reset(); }

    void streamsFragmentsAndSelection() {
        Workspace workspace;
        workspace.setCacheDir(m_dir.filePath(QStringLiteral("cache")));
        MainWindow window(&workspace);
        window.show();
        connectWindow(window, m_emu->credentials().secretAccessKey);
        QVERIFY(window.deskStatusBar()->connectionText().contains(QLatin1String("emulator")));
        openFrontDoor(window);
        ReviewState* review = workspace.review();

        // Details from DescribeStream.
        QTRY_VERIFY(review->streamInfo().streamArn.contains(QLatin1String("front-door")));
        QVERIFY(window.streamBrowser()->detailsText().contains(review->streamInfo().streamArn));
        QVERIFY(window.streamBrowser()->detailsText().contains(QLatin1String("video/h264")));

        // Fragments in the table: all of the index, and the model passes the tester.
        FragmentTableView* table = window.fragmentTable();
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(table->model()->rowCount() > 100);
        QCOMPARE(table->model()->rowCount(), int(review->index().size()));
        QCOMPARE(table->proxy()->rowCount(), table->model()->rowCount());

        // Sorted by server time (the default): proxy rows 10..12 are index fragments 10..12.
        QTableView* view = table->view();
        view->sortByColumn(ReviewFragmentModel::ServerTimeColumn, Qt::AscendingOrder);
        const FragmentIndex& index = review->index();
        view->selectionModel()->select(
            QItemSelection(table->proxy()->index(10, 0), table->proxy()->index(12, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(review->selection().has_value());
        QCOMPARE(review->selection()->startMs, index.startMs(10));
        QCOMPARE(review->selection()->endMs, index.endMs(12));

        // Copy: a header line and the three rows as TSV.
        view->setFocus();
        table->copySelection();
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).contains(QLatin1String("Fragment number")));
        QCOMPARE(lines.at(1).split(QLatin1Char('\t')).first(), index.fragmentNumber(10));
        QCOMPARE(lines.at(1).split(QLatin1Char('\t')).size(), ReviewFragmentModel::ColumnCount);

        // Range → rows: a range over fragments 20..24 (from the middle of 20 to inside 24).
        const TimeInterval range{index.startMs(20) + 1, index.startMs(24) + 1};
        const QStringList expectedRows = overlapping(index, range);
        QVERIFY(expectedRows.size() >= 5 && expectedRows.size() <= 7);
        review->setSelection(range);
        QTRY_COMPARE(selectedNumbers(view), expectedRows);
        // The table did not rewrite the selection it followed.
        QCOMPARE(*review->selection(), range);

        // Sorted the other way round and filtered, the same range still selects the same rows.
        view->sortByColumn(ReviewFragmentModel::ServerTimeColumn, Qt::DescendingOrder);
        review->clearSelection();
        QTRY_COMPARE(view->selectionModel()->selectedRows().size(), 0);
        review->setSelection(range);
        QTRY_COMPARE(selectedNumbers(view), expectedRows);

        // A range dragged on the timeline selects the rows of the fragments it overlaps.
        TimelineWidget* timeline = window.timelinePanel()->timeline();
        QTRY_VERIFY(timeline->width() > 200);
        timeline->setView(double(index.startMs(40)), 20000.0);
        const int y = timeline->coverageRect().center().y();
        const int x0 = qRound(timeline->viewport().xForTime(double(index.startMs(42) + 300)));
        const int x1 = qRound(timeline->viewport().xForTime(double(index.startMs(44) + 300)));
        QVERIFY(x1 - x0 > 20);
        review->clearSelection();
        QTRY_COMPARE(view->selectionModel()->selectedRows().size(), 0);
        QTest::mousePress(timeline, Qt::LeftButton, {}, QPoint(x0, y));
        QTest::mouseMove(timeline, QPoint((x0 + x1) / 2, y));
        QTest::mouseMove(timeline, QPoint(x1, y));
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, QPoint(x1, y));
        QVERIFY(review->selection().has_value());
        QVERIFY(qAbs(review->selection()->startMs - (index.startMs(42) + 300)) <
                2 * timeline->viewport().msPerPixel() + 1);
        const QStringList dragged = overlapping(index, *review->selection());
        QVERIFY(dragged.contains(index.fragmentNumber(42)));
        QVERIFY(dragged.contains(index.fragmentNumber(44)));
        QVERIFY(!dragged.contains(index.fragmentNumber(46)));
        QTRY_COMPARE(selectedNumbers(view), dragged);

        // Double-click moves the playhead to the fragment's start.
        const QModelIndex target = table->proxy()->index(0, ReviewFragmentModel::ServerTimeColumn);
        view->scrollTo(target);
        const QRect rect = view->visualRect(target);
        QVERIFY(view->viewport()->rect().contains(rect.center()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(review->playheadMs(),
                     target.data(ReviewFragmentModel::StartMsRole).toLongLong());

        // Filter by fragment number.
        table->filterEdit()->setText(index.fragmentNumber(30));
        QCOMPARE(table->proxy()->rowCount(), 1);
        table->filterEdit()->clear();

        // The listing job is in the jobs panel's registry and finished.
        bool listed = false;
        for (Job* job : workspace.jobs()->jobs()) {
            if (job == window.loader()->currentJob())
                listed = job->state() == Job::State::Succeeded;
        }
        QVERIFY(listed);
    }

    void unknownStreamShowsInStatusBarAndLog() {
        Workspace workspace;
        workspace.setCacheDir(m_dir.filePath(QStringLiteral("cache")));
        MainWindow window(&workspace);
        window.show();
        connectWindow(window, m_emu->credentials().secretAccessKey);
        window.streamBrowser()->openStream(QStringLiteral("no-such-stream"));
        QTRY_VERIFY_WITH_TIMEOUT(window.deskStatusBar()->errorText().contains(
                                     QLatin1String("ResourceNotFoundException")),
                                 20000);
        const QString status = window.deskStatusBar()->errorText();
        QVERIFY2(status.contains(QLatin1String("request id ")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("Check the name")), qPrintable(status));
        LogModel* log = window.logPanel()->model();
        int row = -1;
        for (int i = 0; i < log->rowCount(); ++i) {
            if (log->entry(i).errorType == QLatin1String("ResourceNotFoundException"))
                row = i;
        }
        QVERIFY(row >= 0);
        QVERIFY(!log->entry(row).requestId.isEmpty());
        QVERIFY(status.contains(log->entry(row).requestId));
        QVERIFY(log->entry(row).httpStatus >= 400);
    }

    void badCredentialsShowInStatusBarAndLog() {
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        connectWindow(window, QStringLiteral("not-the-secret"));
        // Listing the streams fails with the service's signature error.
        QTRY_VERIFY_WITH_TIMEOUT(!window.deskStatusBar()->errorText().isEmpty(), 20000);
        const QString status = window.deskStatusBar()->errorText();
        LogModel* log = window.logPanel()->model();
        QTRY_VERIFY(log->rowCount() > 0);
        const LogModel::Entry& entry = log->entry(log->rowCount() - 1);
        QCOMPARE(entry.level, LogModel::Level::Error);
        QVERIFY2(!entry.errorType.isEmpty(), qPrintable(status));
        QVERIFY2(status.contains(entry.errorType), qPrintable(status));
        QVERIFY(!entry.requestId.isEmpty());
        QVERIFY(status.contains(entry.requestId));
        // Secrets never reach the log or the status bar.
        QVERIFY(!status.contains(QLatin1String("not-the-secret")));
        for (int i = 0; i < log->rowCount(); ++i)
            QVERIFY(!log->entry(i).message.contains(QLatin1String("not-the-secret")));
    }

    void layoutPersistsAcrossWindows() {
        QByteArray geometry;
        {
            Workspace workspace;
            MainWindow window(&workspace);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* log = window.findChild<QDockWidget*>(QStringLiteral("logDock"));
            auto* streams = window.findChild<QDockWidget*>(QStringLiteral("streamsDock"));
            QVERIFY(log && streams);
            log->hide();
            streams->setFloating(true);
            window.resize(1200, 700);
            window.close(); // saves
        }
        {
            Workspace workspace;
            MainWindow window(&workspace);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* log = window.findChild<QDockWidget*>(QStringLiteral("logDock"));
            auto* streams = window.findChild<QDockWidget*>(QStringLiteral("streamsDock"));
            QVERIFY(log->isHidden());
            QVERIFY(streams->isFloating());
            QCOMPARE(window.size(), QSize(1200, 700));
            // The View menu has every dock's toggle, and Reset layout brings them back.
            QCOMPARE(window.viewMenu()->actions().count(), window.docks().size() + 2);
            window.resetLayout();
            QVERIFY(!log->isHidden());
            QVERIFY(!streams->isFloating());
        }
    }

    void profileDialogKeepsSecretsInTheStore() {
        auto store = std::make_shared<MemorySecretStore>();
        const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        {
            ProfileDialog dialog(store);
            dialog.nameEdit()->setText(QStringLiteral("work"));
            dialog.keyIdEdit()->setText(QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
            dialog.secretEdit()->setText(secret);
            dialog.regionEdit()->setText(QStringLiteral("eu-west-1"));
            QSignalSpy finished(&dialog, &ProfileDialog::operationFinished);
            dialog.saveCurrent();
            QVERIFY(dialog.isBusy()); // asynchronous: the dialog waits without blocking
            QVERIFY(finished.wait());
            QCOMPARE(finished.first().first().toBool(), true);
            QCOMPARE(dialog.profiles().size(), 1);
        }
        QVERIFY(store->contains(AppProfile{QStringLiteral("work"), {}, {}, {}}.secretKeyName()));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("AKIAIOSFODNN7EXAMPLE"));
        QVERIFY(!text.contains(secret.toUtf8()));
        QCOMPARE(loadAppProfiles(settings).first().region, QStringLiteral("eu-west-1"));

        // The connection panel lists it.
        Workspace workspace;
        ConnectionPanel panel(&workspace);
        QVERIFY(panel.profileBox()->findData(QStringLiteral("work")) >= 0);

        // An unavailable keychain: a clear message, nothing saved, nothing frozen.
        store->setUnavailable(QStringLiteral("no keychain service is available"));
        ProfileDialog dialog(store);
        dialog.list()->setCurrentRow(-1);
        dialog.nameEdit()->setText(QStringLiteral("other"));
        dialog.keyIdEdit()->setText(QStringLiteral("AKIAOTHER"));
        dialog.secretEdit()->setText(QStringLiteral("other-secret"));
        QSignalSpy finished(&dialog, &ProfileDialog::operationFinished);
        dialog.saveCurrent();
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.messageText().contains(QLatin1String("not saved")),
                 qPrintable(dialog.messageText()));
        QVERIFY(dialog.messageText().contains(QLatin1String("no keychain service")));
        QCOMPARE(loadAppProfiles(settings).size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
