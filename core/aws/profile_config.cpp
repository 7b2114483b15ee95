#include "core/aws/profile_config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace kinescope {

namespace {

// One section of one INI file, as RawConfigParser leaves it after reading.
struct RawSection {
    QString name;
    int line = 0;
    QStringList keys;                  // in file order
    QHash<QString, QStringList> lines; // key → value lines (joined with \n later)
};

struct RawFile {
    QList<RawSection> sections;
    RawSection defaults; // [DEFAULT]: values every section inherits
};

AwsError parseError(const QString& file, int line, const QString& what) {
    return AwsError::make(AwsError::Kind::Config, QStringLiteral("ConfigParseError"),
                          QStringLiteral("%1, line %2: %3").arg(file).arg(line).arg(what));
}

qsizetype firstNonSpace(const QString& line) {
    for (qsizetype i = 0; i < line.size(); ++i)
        if (!line.at(i).isSpace())
            return i;
    return 0;
}

// Python's configparser._read with RawConfigParser defaults: delimiters '=' and ':',
// full-line comment prefixes '#' and ';', no inline comments, strict, empty lines in values.
Result<RawFile> readIni(const QByteArray& text, const QString& file) {
    RawFile out;
    QList<QByteArray> rawLines = text.split('\n');
    if (!rawLines.isEmpty() && rawLines.last().isEmpty())
        rawLines.removeLast();

    RawSection* current = nullptr;
    QString optName;
    qsizetype indentLevel = 0;
    QSet<QString> sectionsSeen;
    QSet<QString> optionsSeen; // "section\x1fkey"

    for (int i = 0; i < rawLines.size(); ++i) {
        const int lineNo = i + 1;
        QByteArray bytes = rawLines.at(i);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = decoder.decode(bytes);
        if (decoder.hasError())
            return parseError(file, lineNo, QStringLiteral("the line is not valid UTF-8"));

        const QString stripped = line.trimmed();
        const bool comment =
            stripped.startsWith(QLatin1Char('#')) || stripped.startsWith(QLatin1Char(';'));
        const QString value = comment ? QString() : stripped;
        if (value.isEmpty()) {
            if (!comment && current && !optName.isEmpty() && current->lines.contains(optName))
                current->lines[optName].append(QString());
            continue;
        }
        const qsizetype indent = firstNonSpace(line);
        if (current && !optName.isEmpty() && indent > indentLevel) {
            current->lines[optName].append(value); // continuation line
            continue;
        }
        indentLevel = indent;
        if (value.startsWith(QLatin1Char('['))) {
            const qsizetype close = value.lastIndexOf(QLatin1Char(']'));
            if (close > 1) {
                const QString name = value.mid(1, close - 1);
                optName.clear();
                if (name == QLatin1String("DEFAULT")) {
                    current = &out.defaults;
                    current->name = name;
                    continue;
                }
                if (sectionsSeen.contains(name))
                    return parseError(file, lineNo,
                                      QStringLiteral("section [%1] already exists").arg(name));
                sectionsSeen.insert(name);
                out.sections.append(RawSection{name, lineNo, {}, {}});
                current = &out.sections.last();
                continue;
            }
        }
        if (!current)
            return parseError(
                file, lineNo,
                QStringLiteral("a key outside any section (the file needs a [section] header)"));
        qsizetype delim = -1;
        for (qsizetype k = 0; k < value.size(); ++k) {
            if (value.at(k) == QLatin1Char('=') || value.at(k) == QLatin1Char(':')) {
                delim = k;
                break;
            }
        }
        const QString key = delim > 0 ? value.left(delim).trimmed().toLower() : QString();
        if (key.isEmpty())
            return parseError(file, lineNo,
                              QStringLiteral("expected 'key = value', a [section] header or a "
                                             "comment"));
        const QString seenKey = current->name + QChar(0x1f) + key;
        if (optionsSeen.contains(seenKey))
            return parseError(
                file, lineNo,
                QStringLiteral("key '%1' already set in section [%2]").arg(key, current->name));
        optionsSeen.insert(seenKey);
        optName = key;
        current->keys.append(key);
        current->lines.insert(key, QStringList{value.mid(delim + 1).trimmed()});
    }
    return out;
}

// botocore.configloader._parse_nested: "k = v" lines, keys and values stripped.
std::optional<QHash<QString, QString>> parseNested(const QString& value) {
    QHash<QString, QString> nested;
    const QStringList lines = value.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString l = raw.trimmed();
        if (l.isEmpty())
            continue;
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        if (eq < 0)
            return std::nullopt;
        nested.insert(l.left(eq).trimmed(), l.mid(eq + 1).trimmed());
    }
    return nested;
}

QString rstrip(QString s) {
    qsizetype n = s.size();
    while (n > 0 && s.at(n - 1).isSpace())
        --n;
    s.truncate(n);
    return s;
}

// raw_config_parse: join multi-line values, apply [DEFAULT], parse nested blocks.
Result<QList<ProfileConfig::Section>> toSections(const RawFile& raw, const QString& file,
                                                 QStringList* names) {
    QList<ProfileConfig::Section> out;
    for (const RawSection& rs : raw.sections) {
        ProfileConfig::Section section;
        section.file = file;
        section.line = rs.line;
        auto add = [&](const RawSection& from, const QString& key) -> Status {
            const QString joined = rstrip(from.lines.value(key).join(QLatin1Char('\n')));
            if (joined.startsWith(QLatin1Char('\n'))) {
                auto nested = parseNested(joined);
                if (!nested)
                    return parseError(file, from.line,
                                      QStringLiteral("the nested block of '%1' in section [%2] "
                                                     "has a line without '='")
                                          .arg(key, from.name));
                section.subsections.insert(key, *nested);
            } else {
                section.values.insert(key, joined);
            }
            return Done{};
        };
        for (const QString& key : rs.keys) {
            if (auto st = add(rs, key); !st)
                return st.error();
        }
        for (const QString& key : raw.defaults.keys) {
            if (!section.values.contains(key) && !section.subsections.contains(key)) {
                if (auto st = add(raw.defaults, key); !st)
                    return st.error();
            }
        }
        names->append(rs.name);
        out.append(section);
    }
    return out;
}

Result<QByteArray> readFile(const QString& path) {
    if (path.isEmpty())
        return QByteArray();
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return QByteArray(); // botocore: ConfigNotFound, silently ignored
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return AwsError::make(AwsError::Kind::Io, QStringLiteral("ConfigReadError"),
                              QStringLiteral("%1: cannot be read: %2").arg(path, f.errorString()));
    return f.readAll();
}

QString expandPath(QString path, const QProcessEnvironment& env) {
    // os.path.expandvars: $NAME and ${NAME}; unknown variables are left as they are.
    QString out;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path.at(i) != QLatin1Char('$') || i + 1 >= path.size()) {
            out += path.at(i);
            continue;
        }
        qsizetype start = i + 1;
        const bool braced = path.at(start) == QLatin1Char('{');
        if (braced)
            ++start;
        qsizetype end = start;
        while (end < path.size() && (path.at(end).isLetterOrNumber() || path.at(end) == '_'))
            ++end;
        const QString name = path.mid(start, end - start);
        const bool closed = !braced || (end < path.size() && path.at(end) == QLatin1Char('}'));
        if (name.isEmpty() || !closed || !env.contains(name)) {
            out += path.at(i);
            continue;
        }
        out += env.value(name);
        i = braced ? end : end - 1;
    }
    if (out == QLatin1String("~") || out.startsWith(QLatin1String("~/")))
        out = ProfileConfig::homeDir(env) + out.mid(1);
    return out;
}

} // namespace

QString ProfileConfig::homeDir(const QProcessEnvironment& env) {
    const QString home = env.value(QStringLiteral("HOME"));
    return home.isEmpty() ? QDir::homePath() : home;
}

ProfileConfig::Paths ProfileConfig::pathsFromEnvironment(const QProcessEnvironment& env) {
    Paths p;
    const QString config = env.value(QStringLiteral("AWS_CONFIG_FILE"));
    const QString creds = env.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    p.config = expandPath(config.isEmpty() ? QStringLiteral("~/.aws/config") : config, env);
    p.credentials = expandPath(creds.isEmpty() ? QStringLiteral("~/.aws/credentials") : creds, env);
    return p;
}

Result<ProfileConfig> ProfileConfig::load(const Paths& paths) {
    auto config = readFile(paths.config);
    if (!config)
        return config.error();
    auto creds = readFile(paths.credentials);
    if (!creds)
        return creds.error();
    return fromText(*config, *creds, paths);
}

Result<ProfileConfig> ProfileConfig::fromText(const QByteArray& configText,
                                              const QByteArray& credentialsText,
                                              const Paths& paths) {
    ProfileConfig pc;
    pc.m_paths = paths;
    const QString configLabel =
        paths.config.isEmpty() ? QStringLiteral("AWS config file") : paths.config;
    const QString credsLabel =
        paths.credentials.isEmpty() ? QStringLiteral("AWS credentials file") : paths.credentials;

    auto rawConfig = readIni(configText, configLabel);
    if (!rawConfig)
        return rawConfig.error();
    QStringList configNames;
    auto configSections = toSections(*rawConfig, configLabel, &configNames);
    if (!configSections)
        return configSections.error();
    // botocore.configloader.build_profile_map
    for (qsizetype i = 0; i < configNames.size(); ++i) {
        const QString& name = configNames.at(i);
        const Section& section = configSections->at(i);
        QHash<QString, Section>* target = nullptr;
        if (name.startsWith(QLatin1String("profile")))
            target = &pc.m_configProfiles;
        else if (name.startsWith(QLatin1String("sso-session")))
            target = &pc.m_ssoSessions;
        else if (name.startsWith(QLatin1String("services")))
            target = &pc.m_services;
        else if (name == QLatin1String("default"))
            pc.m_configProfiles.insert(name, section);
        if (!target)
            continue;
        const auto parts = shellSplit(name);
        if (parts && parts->size() == 2)
            target->insert(parts->at(1), section);
    }

    auto rawCreds = readIni(credentialsText, credsLabel);
    if (!rawCreds)
        return rawCreds.error();
    QStringList credNames;
    auto credSections = toSections(*rawCreds, credsLabel, &credNames);
    if (!credSections)
        return credSections.error();
    for (qsizetype i = 0; i < credNames.size(); ++i)
        pc.m_credentialsProfiles.insert(credNames.at(i), credSections->at(i));
    return pc;
}

QStringList ProfileConfig::profileNames() const {
    QStringList names = m_configProfiles.keys();
    for (auto it = m_credentialsProfiles.cbegin(); it != m_credentialsProfiles.cend(); ++it)
        if (!m_configProfiles.contains(it.key()))
            names.append(it.key());
    std::sort(names.begin(), names.end());
    return names;
}

bool ProfileConfig::hasProfile(const QString& name) const {
    return m_configProfiles.contains(name) || m_credentialsProfiles.contains(name);
}

std::optional<ProfileConfig::Section> ProfileConfig::profile(const QString& name) const {
    const Section* config = configProfile(name);
    const Section* creds = credentialsProfile(name);
    if (!config && !creds)
        return std::nullopt;
    if (!config)
        return *creds;
    Section merged = *config;
    if (creds) {
        for (auto it = creds->values.cbegin(); it != creds->values.cend(); ++it) {
            merged.values.insert(it.key(), it.value());
            merged.subsections.remove(it.key());
        }
        for (auto it = creds->subsections.cbegin(); it != creds->subsections.cend(); ++it) {
            merged.subsections.insert(it.key(), it.value());
            merged.values.remove(it.key());
        }
    }
    return merged;
}

const ProfileConfig::Section* ProfileConfig::configProfile(const QString& name) const {
    auto it = m_configProfiles.constFind(name);
    return it == m_configProfiles.cend() ? nullptr : &it.value();
}

const ProfileConfig::Section* ProfileConfig::credentialsProfile(const QString& name) const {
    auto it = m_credentialsProfiles.constFind(name);
    return it == m_credentialsProfiles.cend() ? nullptr : &it.value();
}

const ProfileConfig::Section* ProfileConfig::ssoSession(const QString& name) const {
    auto it = m_ssoSessions.constFind(name);
    return it == m_ssoSessions.cend() ? nullptr : &it.value();
}

const ProfileConfig::Section* ProfileConfig::servicesSection(const QString& name) const {
    auto it = m_services.constFind(name);
    return it == m_services.cend() ? nullptr : &it.value();
}

std::optional<QStringList> shellSplit(const QString& text) {
    QStringList out;
    QString token;
    bool inToken = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (inToken)
                out.append(token);
            token.clear();
            inToken = false;
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return std::nullopt;
            token += text.mid(i + 1, end - i - 1);
            inToken = true;
            i = end;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            for (; j < text.size() && text.at(j) != QLatin1Char('"'); ++j) {
                // Inside double quotes a backslash only escapes \ " $ ` and newline.
                if (text.at(j) == QLatin1Char('\\') && j + 1 < text.size() &&
                    QStringLiteral("\\\"$`\n").contains(text.at(j + 1)))
                    ++j;
                token += text.at(j);
            }
            if (j >= text.size())
                return std::nullopt;
            inToken = true;
            i = j;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size())
                return std::nullopt; // "No escaped character"
            token += text.at(++i);
            inToken = true;
        } else {
            token += c;
            inToken = true;
        }
    }
    if (inToken)
        out.append(token);
    return out;
}

} // namespace kinescope
