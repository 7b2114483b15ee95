#include "ui/desk/main_window.h"

#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "core/thumbnails/thumbnail_service.h"
#include "ui/desk/connection_panel.h"
#include "ui/desk/desk_status_bar.h"
#include "ui/desk/fragment_table_view.h"
#include "ui/desk/jobs_panel.h"
#include "ui/desk/log_panel.h"
#include "ui/desk/preferences_dialog.h"
#include "ui/desk/review_loader.h"
#include "ui/desk/stream_browser.h"
#include "ui/inspector/inspector_panel.h"
#include "ui/inspector/inspector_window.h"
#include "ui/player/player_panel.h"
#include "ui/thumbnails/thumbnail_strip.h"
#include "ui/timeline/timeline_panel.h"
#include "ui/timeline/timeline_widget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace kinescope {

namespace {
const QString kGeometryKey = QStringLiteral("desk/geometry");
const QString kStateKey = QStringLiteral("desk/windowState");
} // namespace

MainWindow::MainWindow(Workspace* workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_loader(new ReviewLoader(workspace, this))
    , m_thumbnails(new ThumbnailService(workspace, this)) {
    setObjectName(QStringLiteral("kinescopeMainWindow"));
    setDockNestingEnabled(true);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    m_statusBar = new DeskStatusBar(workspace, this);
    setStatusBar(m_statusBar);
    resize(1600, 1000);
    buildDocks();
    buildMenus();
    m_defaultState = saveState(kLayoutVersion);
    m_restored = restoreLayout();
    connect(workspace->review(), &ReviewState::streamChanged, this, &MainWindow::updateTitle);
    connect(workspace, &Workspace::connectionChanged, this, &MainWindow::updateTitle);
    updateTitle();
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addPanel(QWidget* panel, const QString& title, const QString& name,
                                  Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::buildDocks() {
    m_connection = new ConnectionPanel(m_workspace, this);
    m_streams = new StreamBrowser(m_workspace, m_loader, this);
    m_fragments = new FragmentTableView(m_workspace->review(), this);
    m_player = new PlayerPanel(m_workspace, this);
    m_timeline = new TimelinePanel(m_workspace->review(), this);
    ThumbnailService* thumbnails = m_thumbnails;
    m_timeline->timeline()->setThumbnailLookup(
        [thumbnails](qint64 ms) { return thumbnails->cached(ms); });
    m_strip = new ThumbnailStrip(m_workspace, m_thumbnails, this);
    m_jobs = new JobsPanel(m_workspace->jobs(), this);
    m_log = new LogPanel(m_workspace, this);

    // Left: where the footage comes from. Right: the fragment table. Bottom: the thumbnails
    // over the timeline, then the jobs and the log.
    QDockWidget* connection = addPanel(m_connection, tr("Connection"),
                                       QStringLiteral("connectionDock"), Qt::LeftDockWidgetArea);
    QDockWidget* streams =
        addPanel(m_streams, tr("Streams"), QStringLiteral("streamsDock"), Qt::LeftDockWidgetArea);
    splitDockWidget(connection, streams, Qt::Vertical);
    // The player is the centre: what the operator watches, and what takes the space left.
    setCentralWidget(m_player);
    addPanel(m_fragments, tr("Fragments"), QStringLiteral("fragmentsDock"),
             Qt::RightDockWidgetArea);
    QDockWidget* strip = addPanel(m_strip, tr("Thumbnails"), QStringLiteral("thumbnailsDock"),
                                  Qt::BottomDockWidgetArea);
    QDockWidget* timeline = addPanel(m_timeline, tr("Timeline"), QStringLiteral("timelineDock"),
                                     Qt::BottomDockWidgetArea);
    splitDockWidget(strip, timeline, Qt::Vertical);
    QDockWidget* jobs =
        addPanel(m_jobs, tr("Jobs"), QStringLiteral("jobsDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(timeline, jobs, Qt::Vertical);
    QDockWidget* log =
        addPanel(m_log, tr("Log"), QStringLiteral("logDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(jobs, log);
    log->raise();
}

void MainWindow::applyDefaultSizes() {
    auto dock = [this](const char* name) {
        return findChild<QDockWidget*>(QLatin1String(name), Qt::FindDirectChildrenOnly);
    };
    const int w = width();
    const int h = height();
    resizeDocks({dock("connectionDock")}, {w * 24 / 100}, Qt::Horizontal);
    resizeDocks({dock("fragmentsDock")}, {w * 34 / 100}, Qt::Horizontal);
    resizeDocks({dock("connectionDock"), dock("streamsDock")}, {h * 17 / 100, h * 83 / 100},
                Qt::Vertical);
    resizeDocks({dock("thumbnailsDock"), dock("timelineDock"), dock("jobsDock")},
                {h * 13 / 100, h * 20 / 100, h * 17 / 100}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // Dock sizes only take once the window has its size: apply them after the first layout.
    QTimer::singleShot(0, this, [this] {
        if (m_restored)
            return; // the default state (from before restoring) stays what Reset restores
        applyDefaultSizes();
        m_defaultState = saveState(kLayoutVersion);
    });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect"));
    connect(connectAction, &QAction::triggered, this,
            [this] { m_connection->connectToSelection(); });
    QAction* refresh = file->addAction(tr("&Refresh streams"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_streams, &StreamBrowser::refresh);
    QAction* reload = file->addAction(tr("Re&load fragments"));
    reload->setShortcut(QKeySequence(tr("Ctrl+R")));
    connect(reload, &QAction::triggered, m_loader, &ReviewLoader::reload);
    QAction* inspect = file->addAction(tr("&Inspect a media file…"));
    inspect->setShortcut(QKeySequence::Open);
    connect(inspect, &QAction::triggered, this, [this] {
        auto* inspector = new InspectorWindow(this);
        inspector->setWindowFlag(Qt::Window);
        inspector->setAttribute(Qt::WA_DeleteOnClose);
        inspector->show();
        inspector->panel()->openAction()->trigger();
    });
    file->addSeparator();
    QAction* preferences = file->addAction(tr("&Preferences…"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        auto* dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : std::as_const(m_docks))
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction* reset = m_viewMenu->addAction(tr("&Reset layout"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    playback->addActions(m_player->transportActions());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Kinescope"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("About Kinescope"),
                            tr("Kinescope %1 — a review desk for Amazon Kinesis Video Streams.")
                                .arg(QApplication::applicationVersion()),
                            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // window-modal, no nested event loop
    });
}

QWidget* MainWindow::panel(const QString& dockName) const {
    for (QDockWidget* dock : m_docks) {
        if (dock->objectName() == dockName)
            return dock->widget();
    }
    return nullptr;
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

bool MainWindow::restoreLayout() {
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    const QByteArray state = settings.value(kStateKey).toByteArray();
    bool ok = false;
    if (!geometry.isEmpty())
        ok = restoreGeometry(geometry);
    if (!state.isEmpty())
        ok = restoreState(state, kLayoutVersion) && ok;
    return ok;
}

void MainWindow::resetLayout() {
    for (QDockWidget* dock : std::as_const(m_docks)) {
        dock->setFloating(false);
        dock->show();
    }
    restoreState(m_defaultState, kLayoutVersion);
    applyDefaultSizes();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle() {
    const ReviewState* review = m_workspace->review();
    QString title = tr("Kinescope");
    if (review->hasStream())
        title = tr("%1 — Kinescope").arg(review->stream().display());
    if (m_workspace->isConnected())
        title += QStringLiteral(" [%1]").arg(m_workspace->setup()->profile);
    setWindowTitle(title);
}

} // namespace kinescope
