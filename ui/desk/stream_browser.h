#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kinescope {

class ReviewLoader;
class StreamListModel;
class Workspace;

// The stream browser dock: every stream of the account and region (ListStreams, all pages),
// a filter, and the chosen stream's details (DescribeStream: status, media type, retention,
// creation time, KMS key, ARN). Choosing a stream opens it for review through ReviewLoader.
class StreamBrowser : public QWidget {
    Q_OBJECT

public:
    StreamBrowser(Workspace* workspace, ReviewLoader* loader, QWidget* parent = nullptr);

    // Lists the streams again (all pages).
    void refresh();
    // Opens the stream by name (selecting its row when it is listed).
    void openStream(const QString& name);
    bool isListing() const { return m_listing; }

    StreamListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    // The details shown for the current stream, as "label: value" lines.
    QString detailsText() const;

Q_SIGNALS:
    void listingFinished(bool ok);

private:
    void fetchPage(const QString& token, int generation);
    void onCurrentChanged();
    void showDetails();
    void onConnectionChanged();

    Workspace* m_workspace;
    ReviewLoader* m_loader;
    StreamListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_message = nullptr;
    QFormLayout* m_details = nullptr;
    QList<QLabel*> m_detailValues;
    QString m_pendingName; // --stream given before the list arrived
    int m_generation = 0;
    bool m_listing = false;
    bool m_selecting = false;
};

} // namespace kinescope
