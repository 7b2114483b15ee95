#include "app/cli/command_dispatch.h"

#include "app/cli/aws_command_support.h"
#include "app/cli/inspect_command.h"

namespace kinescope::cli {

void dispatchCommand(CliEnv& env, const QStringList& args) {
    // The command words may follow options, as in "--no-cache fragments list ...".
    static const QStringList groups{QStringLiteral("streams"), QStringLiteral("fragments"),
                                    QStringLiteral("inspect"), QStringLiteral("session"),
                                    QStringLiteral("images")};
    qsizetype at = 0;
    while (at < args.size() && !groups.contains(args[at]))
        ++at;
    const QString group = args.value(at);
    if (group == QLatin1String("inspect"))
        return runInspect(env, args.mid(0, at) + args.mid(at + 1));
    if (group == QLatin1String("images"))
        return runImages(env, args.mid(0, at) + args.mid(at + 1));
    const QString verb = args.value(at + 1);
    const QStringList rest = args.mid(0, at) + args.mid(at + 2);
    if (group == QLatin1String("session"))
        return runSession(env, verb, rest);
    if (group == QLatin1String("streams") && verb == QLatin1String("list"))
        return runStreamsList(env, rest);
    if (group == QLatin1String("streams") && verb == QLatin1String("describe"))
        return runStreamsDescribe(env, rest);
    if (group == QLatin1String("fragments") && verb == QLatin1String("list"))
        return runFragmentsList(env, rest);
    if (group == QLatin1String("fragments") && verb == QLatin1String("gaps"))
        return runFragmentsGaps(env, rest);
    env.usageError(QStringLiteral("unknown command '%1'").arg(args.join(QLatin1Char(' '))));
}

} // namespace kinescope::cli
