#pragma once

#include "app/cli/cli_env.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace kinescope::cli {

// Prints rows as an aligned text table (headers underlined) or nothing for no rows.
void printTable(QTextStream& out, const QStringList& headers, const QList<QStringList>& rows);
// Pretty JSON with a final newline.
void printJson(QTextStream& out, const QJsonValue& value);

// A one-line progress display on stderr that rewrites itself on a terminal and stays silent
// otherwise (or with --no-progress).
class ProgressLine {
public:
    ProgressLine(QTextStream& err, bool enabled);
    ~ProgressLine();
    void update(const QString& text);
    void clear();

private:
    QTextStream& m_err;
    bool m_enabled;
    int m_lastLength = 0;
};

} // namespace kinescope::cli
