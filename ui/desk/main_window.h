#pragma once

#include <QByteArray>
#include <QMainWindow>

class QDockWidget;
class QMenu;

namespace kinescope {

class ConnectionPanel;
class DeskStatusBar;
class FragmentTableView;
class JobsPanel;
class LogPanel;
class PlayerPanel;
class ThumbnailService;
class ThumbnailStrip;
class TimelinePanel;
class ReviewLoader;
class StreamBrowser;
class Workspace;

// The review desk's window. It only wires things together: the player in the centre and every
// other panel its own class in a dock (connection, streams, fragments, timeline, thumbnails,
// jobs, log), the panels
// synchronise through the workspace's ReviewState, and the window keeps the dock layout and
// geometry in QSettings ("desk/…"), with a View menu to show any dock and reset the layout.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Bump when the dock set changes so an old saved layout is not applied to a new one.
    static constexpr int kLayoutVersion = 3;

    explicit MainWindow(Workspace* workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace* workspace() const { return m_workspace; }
    ReviewLoader* loader() const { return m_loader; }
    ConnectionPanel* connectionPanel() const { return m_connection; }
    StreamBrowser* streamBrowser() const { return m_streams; }
    FragmentTableView* fragmentTable() const { return m_fragments; }
    JobsPanel* jobsPanel() const { return m_jobs; }
    LogPanel* logPanel() const { return m_log; }
    PlayerPanel* playerPanel() const { return m_player; }
    TimelinePanel* timelinePanel() const { return m_timeline; }
    ThumbnailStrip* thumbnailStrip() const { return m_strip; }
    ThumbnailService* thumbnailService() const { return m_thumbnails; }
    DeskStatusBar* deskStatusBar() const { return m_statusBar; }
    // The panel a dock hosts by object name ("timelineDock", ...), or null when absent.
    QWidget* panel(const QString& dockName) const;
    QList<QDockWidget*> docks() const { return m_docks; }
    QMenu* viewMenu() const { return m_viewMenu; }

    void saveLayout() const;
    bool restoreLayout();
    void resetLayout();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QDockWidget* addPanel(QWidget* panel, const QString& title, const QString& name,
                          Qt::DockWidgetArea area);
    void buildDocks();
    void buildMenus();
    void applyDefaultSizes();
    void updateTitle();

    Workspace* m_workspace;
    ReviewLoader* m_loader = nullptr;
    ConnectionPanel* m_connection = nullptr;
    StreamBrowser* m_streams = nullptr;
    FragmentTableView* m_fragments = nullptr;
    JobsPanel* m_jobs = nullptr;
    LogPanel* m_log = nullptr;
    ThumbnailService* m_thumbnails = nullptr;
    PlayerPanel* m_player = nullptr;
    TimelinePanel* m_timeline = nullptr;
    ThumbnailStrip* m_strip = nullptr;
    DeskStatusBar* m_statusBar = nullptr;
    QList<QDockWidget*> m_docks;
    QMenu* m_viewMenu = nullptr;
    QByteArray m_defaultState;
    bool m_restored = false; // a saved layout was applied
    bool m_shown = false;
};

} // namespace kinescope
