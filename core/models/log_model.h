#pragma once

#include "core/aws/aws_error.h"

#include <QAbstractTableModel>

#include <deque>

namespace kinescope {

// The log panel's entries: time, level, context, the sentence shown to the operator and the
// AWS details (error type, HTTP status, request id). A bounded ring: past capacity() the
// oldest entry goes. Text passes through redact() so session URLs (their query carries the
// session token) and signatures never reach the panel.
class LogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    struct Entry {
        qint64 timeMs = 0;
        Level level = Level::Info;
        QString context;
        QString message;
        QString errorType;
        int httpStatus = 0;
        QString requestId;
    };

    enum Column {
        TimeColumn,
        LevelColumn,
        ContextColumn,
        MessageColumn,
        ErrorTypeColumn,
        HttpStatusColumn,
        RequestIdColumn,
        ColumnCount
    };
    enum Role { LevelRole = Qt::UserRole + 1, TimeMsRole };

    explicit LogModel(int capacity = 2000, QObject* parent = nullptr);

    int capacity() const { return m_capacity; }
    void addEntry(Entry entry);
    void addError(const QString& context, const AwsError& error);
    void addInfo(const QString& message, const QString& context = {});
    void clear();
    const Entry& entry(int row) const { return m_entries.at(size_t(row)); }

    // Drops URL query strings and fragments (pre-signed and streaming session URLs carry
    // credentials there) and anything that looks like a signature or session token.
    static QString redact(const QString& text);
    static QString levelText(Level level);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    std::deque<Entry> m_entries;
};

} // namespace kinescope
