#include "core/models/review_fragment_model.h"

#include "core/review/review_state.h"
#include "core/util/time_format.h"

#include <QDateTime>
#include <QLocale>

namespace kinescope {

namespace {

QString localTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString signedMs(qint64 ms) {
    return ms > 0 ? QStringLiteral("+%1").arg(ms) : QString::number(ms);
}

} // namespace

ReviewFragmentModel::ReviewFragmentModel(ReviewState* review, QObject* parent)
    : QAbstractTableModel(parent)
    , m_review(review) {
    connect(review, &ReviewState::fragmentsAdded, this, &ReviewFragmentModel::appendPage);
    connect(review, &ReviewState::fragmentsCleared, this, &ReviewFragmentModel::clear);
    if (!review->index().isEmpty())
        appendPage(review->index().toList());
}

void ReviewFragmentModel::appendPage(const QList<Fragment>& page) {
    QList<const Fragment*> fresh;
    fresh.reserve(page.size());
    for (const Fragment& f : page) {
        if (m_numbers.contains(f.fragmentNumber))
            continue;
        m_numbers.insert(f.fragmentNumber);
        fresh.append(&f);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.reserve(m_rows.size() + size_t(fresh.size()));
    for (const Fragment* f : fresh)
        m_rows.push_back(*f);
    endInsertRows();
    ++m_batches;
}

void ReviewFragmentModel::clear() {
    m_batches = 0;
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_numbers.clear();
    endResetModel();
}

qint64 ReviewFragmentModel::startMs(const Fragment& f) const {
    const TimestampType clock = m_review ? m_review->clock() : TimestampType::Server;
    return f.timestamp(clock);
}

int ReviewFragmentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewFragmentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewFragmentModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Fragment& f = m_rows.at(size_t(index.row()));
    switch (role) {
    case StartMsRole:
        return startMs(f);
    case EndMsRole:
        return startMs(f) + f.durationMs;
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            // Same-length decimal strings compare like numbers; shorter ones come first.
            return QString(
                QString(32 - qMin<qsizetype>(32, f.fragmentNumber.size()), QLatin1Char('0')) +
                f.fragmentNumber);
        case ProducerTimeColumn:
            return f.producerMs;
        case ServerTimeColumn:
            return f.serverMs;
        case DurationColumn:
            return f.durationMs;
        case SizeColumn:
            return f.sizeBytes;
        case DriftColumn:
            return f.driftMs();
        default:
            return {};
        }
    case CopyRole:
        switch (index.column()) {
        case ProducerTimeColumn:
            return formatIsoUtcMs(f.producerMs);
        case ServerTimeColumn:
            return formatIsoUtcMs(f.serverMs);
        case NumberColumn:
            return f.fragmentNumber;
        case DurationColumn:
            return QString::number(f.durationMs);
        case SizeColumn:
            return QString::number(f.sizeBytes);
        case DriftColumn:
            return QString::number(f.driftMs());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn)
            return f.fragmentNumber;
        if (index.column() == ProducerTimeColumn)
            return formatIsoUtcMs(f.producerMs);
        if (index.column() == ServerTimeColumn)
            return formatIsoUtcMs(f.serverMs);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return {};
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return f.fragmentNumber;
        case ProducerTimeColumn:
            return localTime(f.producerMs);
        case ServerTimeColumn:
            return localTime(f.serverMs);
        case DurationColumn:
            return tr("%1 ms").arg(QLocale().toString(f.durationMs));
        case SizeColumn:
            return QLocale().formattedDataSize(f.sizeBytes);
        case DriftColumn:
            return tr("%1 ms").arg(signedMs(f.driftMs()));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReviewFragmentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == DriftColumn)
        return tr("Server time minus producer time");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Fragment number");
    case ProducerTimeColumn:
        return tr("Producer time");
    case ServerTimeColumn:
        return tr("Server time");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    case DriftColumn:
        return tr("Drift");
    default:
        return {};
    }
}

} // namespace kinescope
