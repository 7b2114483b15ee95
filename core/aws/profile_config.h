#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinescope {

// The AWS shared config (~/.aws/config) and credentials (~/.aws/credentials) files, read the
// way the AWS CLI v2 reads them (botocore's configloader on top of Python's RawConfigParser):
//  - `[default]` and `[profile x]` in the config file, `[x]` in the credentials file;
//    `[sso-session x]` and `[services x]` in the config file; other sections are ignored;
//  - keys are case-insensitive (stored lower-case), `=` or `:` separates key and value;
//  - full-line comments start with `#` or `;` (no inline comments: `a = b # c` has value
//    `b # c`, as in the CLI);
//  - lines indented deeper than their key continue its value; a key with an empty first line
//    and indented `k = v` lines is a nested section (`kinesis_video =\n  endpoint_url = ...`);
//  - duplicate sections or keys within one file, key lines outside a section and lines that
//    are neither are errors naming the file and line;
//  - for a profile present in both files, credentials-file values override config values.
class ProfileConfig {
public:
    struct Section {
        QString file; // path of the file it came from (the config file for merged profiles)
        int line = 0; // line of the section header
        QHash<QString, QString> values;                      // lower-case keys
        QHash<QString, QHash<QString, QString>> subsections; // nested blocks, keys as written

        bool contains(const QString& key) const { return values.contains(key); }
        QString value(const QString& key) const { return values.value(key); }
    };

    struct Paths {
        QString config;      // AWS_CONFIG_FILE or $HOME/.aws/config
        QString credentials; // AWS_SHARED_CREDENTIALS_FILE or $HOME/.aws/credentials
    };

    // Paths the CLI would use for this environment (~ and $VARS expanded with `env`).
    static Paths pathsFromEnvironment(const QProcessEnvironment& env);
    // $HOME from `env` (falls back to QDir::homePath() when HOME is not set).
    static QString homeDir(const QProcessEnvironment& env);

    // Reads both files. A missing file is an empty file; an unreadable or malformed one is an
    // error (kind Config, or Io when it cannot be read) whose message names the file and line.
    static Result<ProfileConfig> load(const Paths& paths);
    // Same, from text (tests, or files read elsewhere); `paths` only labels messages.
    static Result<ProfileConfig> fromText(const QByteArray& configText,
                                          const QByteArray& credentialsText,
                                          const Paths& paths = {});

    const Paths& paths() const { return m_paths; }

    // Every profile defined in either file, sorted.
    QStringList profileNames() const;
    bool hasProfile(const QString& name) const;
    // The profile as the CLI sees it: config values overlaid with credentials-file values.
    std::optional<Section> profile(const QString& name) const;
    // One file's view of a profile: `[profile x]`/`[default]` in config, `[x]` in credentials.
    const Section* configProfile(const QString& name) const;
    const Section* credentialsProfile(const QString& name) const;
    const Section* ssoSession(const QString& name) const;
    const Section* servicesSection(const QString& name) const;

private:
    Paths m_paths;
    QHash<QString, Section> m_configProfiles;
    QHash<QString, Section> m_credentialsProfiles;
    QHash<QString, Section> m_ssoSessions;
    QHash<QString, Section> m_services;
};

// POSIX shell-like splitting as Python's shlex.split (quotes, backslash escapes), used for
// section names (`[profile "my dev"]`) and credential_process command lines. nullopt when a
// quote is not closed.
std::optional<QStringList> shellSplit(const QString& text);

} // namespace kinescope
