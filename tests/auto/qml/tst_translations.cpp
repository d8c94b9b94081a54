// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// The shipped translations are complete (no unfinished or empty entry, numerus forms
// filled) and compiled into :/i18n/, where the inspector loads them from.

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("de") << u"de"_s;
        QTest::addRow("fr") << u"fr"_s;
    }

    void complete()
    {
        QFETCH(QString, language);
        QFile ts(QStringLiteral(VASTQT_TRANSLATIONS_DIR "/vastqt_") + language + u".ts"_s);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "message"_L1) {
                ++messages;
            } else if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                const QString type = xml.attributes().value("type"_L1).toString();
                QVERIFY2(type != "unfinished"_L1 && type != "vanished"_L1 && type != "obsolete"_L1,
                         qPrintable(language + u": "_s + source));
                // Plain translation text, or numerusform children: none may be empty.
                QString text;
                bool hasForms = false;
                while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != "translation"_L1) {
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isStartElement() && xml.name() == "numerusform"_L1) {
                        hasForms = true;
                        QVERIFY2(!xml.readElementText().trimmed().isEmpty(), qPrintable(source));
                    }
                }
                QVERIFY2(hasForms || !text.trimmed().isEmpty(), qPrintable(language + u": "_s + source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
    }

    void compiledIntoResources_data() { complete_data(); }

    void compiledIntoResources()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), u"vastqt"_s, u"_"_s, u":/i18n"_s));
        QVERIFY(!translator.isEmpty());
        QVERIFY(!translator.translate("Main", "Load").isEmpty());
        QVERIFY(translator.translate("Main", "Load") != "Load"_L1);
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
