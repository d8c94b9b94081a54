// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "commandline.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vastqt-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VASTQT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("VastQt"));

    // Library diagnostics only when asked for: --verbose, or QT_LOGGING_RULES (applied after these).
    if (!QCoreApplication::arguments().contains(u"--verbose"_s))
        QLoggingCategory::setFilterRules(QStringLiteral("vastqt.*.debug=false\nvastqt.*.info=false"));

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    CommandLine commandLine(&out, &err);
    QObject::connect(&commandLine, &CommandLine::finished, &app, [](int code) { QCoreApplication::exit(code); });
    commandLine.start(QCoreApplication::arguments());
    return app.exec();
}
