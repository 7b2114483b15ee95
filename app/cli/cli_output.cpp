#include "app/cli/cli_output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace kinescope::cli {

void printTable(QTextStream& out, const QStringList& headers, const QList<QStringList>& rows) {
    QList<int> widths;
    for (const QString& h : headers)
        widths.append(int(h.size()));
    for (const QStringList& row : rows)
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], int(row[c].size()));

    auto printRow = [&](const QStringList& row) {
        QString line;
        for (int c = 0; c < widths.size(); ++c) {
            const QString cell = c < row.size() ? row[c] : QString();
            line += c + 1 < widths.size() ? cell.leftJustified(widths[c] + 2) : cell;
        }
        out << line.trimmed() << '\n';
    };
    printRow(headers);
    QStringList rules;
    for (int w : widths)
        rules.append(QString(w, QLatin1Char('-')));
    printRow(rules);
    for (const QStringList& row : rows)
        printRow(row);
    out.flush();
}

void printJson(QTextStream& out, const QJsonValue& value) {
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

ProgressLine::ProgressLine(QTextStream& err, bool enabled)
    : m_err(err)
    , m_enabled(enabled && isatty(STDERR_FILENO)) {
}

ProgressLine::~ProgressLine() {
    clear();
}

void ProgressLine::update(const QString& text) {
    if (!m_enabled)
        return;
    const int pad = std::max(0, m_lastLength - int(text.size()));
    m_err << '\r' << text << QString(pad, QLatin1Char(' '));
    m_err.flush();
    m_lastLength = int(text.size());
}

void ProgressLine::clear() {
    if (!m_enabled || m_lastLength == 0)
        return;
    m_err << '\r' << QString(m_lastLength, QLatin1Char(' ')) << '\r';
    m_err.flush();
    m_lastLength = 0;
}

} // namespace kinescope::cli
