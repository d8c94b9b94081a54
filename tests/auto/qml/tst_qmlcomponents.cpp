// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// Qt Quick Test runner for tests/qml/tst_*.qml: the VastQt module's backing library is
// linked, and the module found under qrc:/qt/qml; the demo ad server runs in-process on
// 127.0.0.1.

#include "demoserver.h"

#include <QtQml/QQmlContext>
#include <QtQml/QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

using namespace Qt::StringLiterals;

// The VastQt module registers itself with its shared backing library (VastQt::Qml);
// only a static build links its plugin.
#ifdef VASTQT_QML_STATIC
Q_IMPORT_QML_PLUGIN(VastQtPlugin)
#endif

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        m_demo = new DemoServer(this);
        if (!m_demo->start())
            qFatal("the demo ad server did not start");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        engine->rootContext()->setContextProperty(u"demoTagUrl"_s, m_demo->tagUrl());
    }

private:
    DemoServer *m_demo = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(vastqt_components, Setup)

#include "tst_qmlcomponents.moc"
