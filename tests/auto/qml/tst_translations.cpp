// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// The shipped translations are complete (no unfinished or empty entry, numerus forms
// filled): the inspector's (vastqt_<lang>, compiled into :/i18n/) and the library's
// (libvastqt_<lang>, compiled into libvastqt, loaded by VastQt::installTranslator()), and
// the library's errors, MediaFile reasons and parser warnings come out in the language
// installed.

#include <VastQt/mediafileselector.h>
#include <VastQt/vastmodel.h>
#include <VastQt/vastparser.h>
#include <VastQt/vastqtnamespace.h>

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
    void cleanup()
    {
        VastQt::installTranslator(QLocale(QLocale::English));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("language");
        for (const QString &catalog : {u"vastqt"_s, u"libvastqt"_s}) {
            for (const QString &language : {u"de"_s, u"fr"_s})
                QTest::addRow("%s_%s", qPrintable(catalog), qPrintable(language)) << catalog << language;
        }
    }

    void complete()
    {
        QFETCH(QString, catalog);
        QFETCH(QString, language);
        QFile ts(QStringLiteral(VASTQT_TRANSLATIONS_DIR "/") + catalog + u'_' + language + u".ts"_s);
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
            } else if (xml.name() == "name"_L1) {
                // The library's contexts are its class names, namespace included, as
                // tr() sees them at run time (lupdate found the headers).
                const QString context = xml.readElementText();
                if (catalog == "libvastqt"_L1)
                    QVERIFY2(context.startsWith("VastQt::"_L1), qPrintable(context));
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

    void compiledIntoResources_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("de") << u"de"_s;
        QTest::addRow("fr") << u"fr"_s;
    }

    void compiledIntoResources()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), u"vastqt"_s, u"_"_s, u":/i18n"_s));
        QVERIFY(!translator.isEmpty());
        QVERIFY(!translator.translate("Main", "Load").isEmpty());
        QVERIFY(translator.translate("Main", "Load") != "Load"_L1);

        // The library's catalog is in the library, not in the inspector's.
        QVERIFY(translator.translate("VastQt::ErrorCode", "XML parsing error.").isEmpty());
        QTranslator library;
        QVERIFY(library.load(QLocale(language), u"libvastqt"_s, u"_"_s, u":/VastQt/i18n"_s));
        QVERIFY(library.translate("Main", "Load").isEmpty());
        QVERIFY(!library.translate("VastQt::ErrorCode", "XML parsing error.").isEmpty());
    }

    // Real messages of the library, made after VastQt::installTranslator().
    void libraryMessagesInGerman()
    {
        QVERIFY(VastQt::installTranslator(QLocale(QLocale::German, QLocale::Germany)));

        // A VAST error: malformed XML (the parser's own words around Qt's).
        VastQt::VastParseResult parsed = VastQt::VastParser::parse(QByteArray());
        QCOMPARE(parsed.error, VastQt::ErrorCode::XmlParsingError);
        QVERIFY2(parsed.errorString.endsWith(u": leeres Dokument"_s), qPrintable(parsed.errorString));
        QVERIFY2(parsed.errorString.startsWith(u"Zeile "_s), qPrintable(parsed.errorString));
        parsed = VastQt::VastParser::parse("<VideoAdServingTemplate/>");
        QCOMPARE(parsed.error, VastQt::ErrorCode::VersionNotSupported);
        QVERIFY2(parsed.errorString.contains(u"VAST 1.0 (Wurzelelement <VideoAdServingTemplate>) wird nicht unterstützt"_s),
                 qPrintable(parsed.errorString));
        QCOMPARE(VastQt::errorCodeDescription(VastQt::ErrorCode::XmlParsingError), u"XML-Parsing-Fehler."_s);

        // A tolerated form: the warning in German, the document read as in English.
        parsed = VastQt::VastParser::parse(R"(<VAST version="4.2"><Ad id="a1"><InLine><AdSystem>s</AdSystem>
            <AdTitle>t</AdTitle><Impression>https://example.test/i</Impression></InLine></Ad></VAST>)");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.document.ads.size(), 1);
        QVERIFY2(parsed.warnings.join(u'\n').contains(u"<InLine> von <Ad id=\"a1\"> hat keine <Creatives>"_s),
                 qPrintable(parsed.warnings.join(u'\n')));

        // MediaFile rejections and the selection's reason.
        VastQt::MediaFile flash;
        flash.url = u"https://example.test/a.swf"_s;
        flash.type = u"application/x-shockwave-flash"_s;
        flash.delivery = u"progressive"_s;
        const VastQt::MediaFileSelector selector;
        QCOMPARE(selector.rejectionReason(flash), u"Flash-Creative (nicht abgespielt)"_s);
        const VastQt::MediaFileSelection none = selector.select(QList<VastQt::MediaFile>{flash});
        QCOMPARE(none.reason, u"keine der 1 MediaFiles wird unterstützt (403)"_s);
        QCOMPARE(none.rejections.size(), 1);
        QCOMPARE(none.rejections.constFirst().reason, VastQt::MediaFileRejection::Reason::Flash);

        // French replaces German; English removes the translation again.
        QVERIFY(VastQt::installTranslator(QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(selector.rejectionReason(flash), u"creative Flash (non lu)"_s);
        QVERIFY(!VastQt::installTranslator(QLocale(QLocale::English)));
        QCOMPARE(selector.rejectionReason(flash), u"Flash creative (not played)"_s);
        QCOMPARE(VastQt::errorCodeDescription(VastQt::ErrorCode::XmlParsingError), u"XML parsing error."_s);
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
