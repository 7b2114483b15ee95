#include "core/models/log_model.h"

#include <QDateTime>
#include <QRegularExpression>

namespace kinescope {

LogModel::LogModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity)) {
}

void LogModel::addEntry(Entry entry) {
    entry.context = redact(entry.context);
    entry.message = redact(entry.message);
    if (entry.timeMs == 0)
        entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void LogModel::addError(const QString& context, const AwsError& error) {
    Entry e;
    e.level = error.kind == AwsError::Kind::Canceled ? Level::Info : Level::Error;
    e.context = context;
    e.message = error.userMessage();
    e.errorType = error.type;
    e.httpStatus = error.httpStatus;
    e.requestId = error.requestId;
    addEntry(std::move(e));
}

void LogModel::addInfo(const QString& message, const QString& context) {
    Entry e;
    e.context = context;
    e.message = message;
    addEntry(std::move(e));
}

void LogModel::clear() {
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString LogModel::redact(const QString& text) {
    static const QRegularExpression url(
        QStringLiteral(R"(([a-zA-Z][a-zA-Z0-9+.-]*://[^\s?#"']+)[?#][^\s"']*)"));
    static const QRegularExpression secret(
        QStringLiteral(
            R"(((?:X-Amz-Signature|X-Amz-Security-Token|X-Amz-Credential|SessionToken|aws_secret_access_key|aws_session_token|Signature)\s*[=:]\s*)[^\s&,;"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(url, QStringLiteral("\\1?…"));
    out.replace(secret, QStringLiteral("\\1…"));
    return out;
}

QString LogModel::levelText(Level level) {
    switch (level) {
    case Level::Info:
        return tr("Info");
    case Level::Warning:
        return tr("Warning");
    case Level::Error:
        return tr("Error");
    }
    return {};
}

int LogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(size_t(index.row()));
    switch (role) {
    case LevelRole:
        return int(e.level);
    case TimeMsRole:
        return e.timeMs;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return e.message;
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeMs).toLocalTime().toString(
                QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn:
            return levelText(e.level);
        case ContextColumn:
            return e.context;
        case MessageColumn:
            return e.message;
        case ErrorTypeColumn:
            return e.errorType;
        case HttpStatusColumn:
            return e.httpStatus > 0 ? QString::number(e.httpStatus) : QString();
        case RequestIdColumn:
            return e.requestId;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case ContextColumn:
        return tr("Context");
    case MessageColumn:
        return tr("Message");
    case ErrorTypeColumn:
        return tr("Error type");
    case HttpStatusColumn:
        return tr("HTTP");
    case RequestIdColumn:
        return tr("Request id");
    default:
        return {};
    }
}

} // namespace kinescope
