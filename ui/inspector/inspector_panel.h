#pragma once

#include "core/media/element_tree.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;
class QTreeWidget;

namespace kinescope {

class ContainerTreeModel;
class FragmentTableModel;
class FrameTableModel;
class HexView;
class InspectionWorker;
class KeyframeStrip;
class SearchBar;
class TrackDetailsView;

// Shows what is inside a Matroska/WebM (including KVS GetMedia streams) or MP4/fMP4 file or
// download: the element tree with offsets and sizes, the selected element's bytes, the tracks
// with their decoded codec data, the KVS fragments with their tags, the frames and a keyframe
// strip. Parsing runs on a worker thread; the panel stays responsive and can cancel.
class InspectorPanel : public QWidget {
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget* parent = nullptr);
    ~InspectorPanel() override;

    void inspectFile(const QString& path);
    // Bytes Kinescope downloaded (a fragment list download, a clip, an HLS segment).
    void inspectData(const QByteArray& data, const QString& title);
    void cancel();

    // "Open…": a file dialog, then inspectFile().
    QAction* openAction() const { return m_openAction; }
    bool isBusy() const { return m_busy; }
    QString title() const { return m_titleText; }
    QString errorText() const;
    QString summaryText() const;
    std::shared_ptr<const ElementTree> tree() const { return m_tree; }

    // The parts, for the window and for tests.
    QTreeView* treeView() const { return m_treeView; }
    ContainerTreeModel* treeModel() const { return m_treeModel; }
    HexView* hexView() const { return m_hex; }
    SearchBar* searchBar() const { return m_search; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* fragmentView() const { return m_fragmentView; }
    FragmentTableModel* fragmentModel() const { return m_fragmentModel; }
    // The tags of the selected fragment (name, value).
    QTreeWidget* fragmentTagView() const { return m_fragmentTags; }
    QTableView* frameView() const { return m_frameView; }
    FrameTableModel* frameModel() const { return m_frameModel; }
    QCheckBox* keyframesOnlyBox() const { return m_keyframesOnly; }
    KeyframeStrip* keyframeStrip() const { return m_strip; }
    TrackDetailsView* trackView() const { return m_tracks; }
    int tracksTab() const { return m_tracksTab; }
    int fragmentsTab() const { return m_fragmentsTab; }
    int framesTab() const { return m_framesTab; }

    // Selects the element (loading lazy rows on the way) and shows its bytes.
    void selectNode(int node);
    // Selects a frame (index into tree()->frames) in the strip, the frame table and the tree.
    void selectFrame(int frame);
    // Next/previous element matching text (a new text starts from the first match).
    bool findNext(const QString& text, bool backwards = false);

Q_SIGNALS:
    void inspectionStarted(const QString& title);
    void inspectionFinished(bool ok);
    void titleChanged(const QString& title);

private:
    void buildUi();
    void start(const QString& title);
    void onProgress(quint64 generation, quint64 done, quint64 total);
    void onFinished(quint64 generation, std::shared_ptr<const ElementTree> tree, bool canceled,
                    const QString& ioError);
    void setTree(std::shared_ptr<const ElementTree> tree);
    void showError(const QString& text);
    void onCurrentElementChanged(const QModelIndex& current);
    void onFrameRowChanged(const QModelIndex& current);
    void onFragmentRowChanged(const QModelIndex& current);
    void openFileDialog();
    QByteArray readBytes(quint64 offset, qsizetype size) const;
    int nodeContaining(quint64 offset) const;
    int frameForRow(int row) const;
    int rowForFrame(int frame) const;

    QAction* m_openAction = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    SearchBar* m_search = nullptr;
    QTreeView* m_treeView = nullptr;
    ContainerTreeModel* m_treeModel = nullptr;
    HexView* m_hex = nullptr;
    QTabWidget* m_tabs = nullptr;
    TrackDetailsView* m_tracks = nullptr;
    QTableView* m_fragmentView = nullptr;
    QTreeWidget* m_fragmentTags = nullptr;
    FragmentTableModel* m_fragmentModel = nullptr;
    QTableView* m_frameView = nullptr;
    FrameTableModel* m_frameModel = nullptr;
    QCheckBox* m_keyframesOnly = nullptr;
    KeyframeStrip* m_strip = nullptr;
    int m_tracksTab = -1;
    int m_fragmentsTab = -1;
    int m_framesTab = -1;

    QThread m_thread;
    InspectionWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    quint64 m_request = 0; // generation of the latest request
    bool m_busy = false;

    std::shared_ptr<const ElementTree> m_tree;
    QString m_titleText;
    QString m_path;    // the inspected file, or empty for data
    QByteArray m_data; // the inspected bytes when not a file
    QString m_searchText;
    QList<int> m_matches;
    int m_matchIndex = -1;
    bool m_syncing = false; // selection changes made by the panel itself
};

} // namespace kinescope
