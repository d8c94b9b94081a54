// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "commandline.h"
#include "inspectorapp.h"

#include <QtQml/QQmlExtensionPlugin>

// The VastQt module registers itself with its shared backing library (VastQt::Qml);
// only a static build links its plugin.
#ifdef VASTQT_QML_STATIC
Q_IMPORT_QML_PLUGIN(VastQtPlugin)
#endif
Q_IMPORT_QML_PLUGIN(VastQt_InspectorPlugin)

int main(int argc, char *argv[])
{
    // The options are checked before any application object exists: the window's needs a
    // display, and a typo must not be reported by the Qt platform plugin.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const InspectorOptions options = InspectorOptions::parse(arguments);
    if (options.ok() && options.mode == InspectorOptions::Mode::Window)
        return InspectorApp::exec(argc, argv, options);
    // --headless, --parse, --help, --version, and every usage error (exit code 2).
    return CommandLine::exec(argc, argv, options);
}
