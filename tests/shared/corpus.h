// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_TEST_CORPUS_H
#define VASTQT_TEST_CORPUS_H

#include <QtCore/QFileInfo>
#include <QtCore/QString>
#include <QtTest/QTest>

/*
    The shared IAB corpus (VASTQT_CORPUS_DIR, by default ../shared/corpus beside the clone) is
    test data that is not part of the repository: iab/ holds the IAB Tech Lab VAST_Samples,
    xsd/ and macros/ the VAST schemas and macro registry. Tests that need it carry the ctest
    label `corpus` and skip, saying so, when it is not there; with it, they run in full.
*/
namespace VastQtTest
{

inline QString corpusDir()
{
    return QStringLiteral(VASTQT_CORPUS_DIR);
}

//! Whether \a part ("iab", "xsd", "macros") of the corpus is there.
inline bool hasCorpus(const char *part)
{
    return QFileInfo(corpusDir() + u'/' + QLatin1StringView(part)).isDir();
}

inline QByteArray corpusSkipMessage(const char *part)
{
    return QStringLiteral("needs the IAB corpus: %1/%2 not found. Set VASTQT_CORPUS_DIR "
                          "(cmake -DVASTQT_CORPUS_DIR=DIR) to a folder with iab/ (every *.xml of the IAB Tech "
                          "Lab VAST_Samples repository, github.com/InteractiveAdvertisingBureau/VAST_Samples), "
                          "xsd/ and macros/ (the schemas and vast4macros/data/macros-data.json of "
                          "github.com/InteractiveAdvertisingBureau/vast); see README.md, Tests")
        .arg(corpusDir(), QLatin1StringView(part))
        .toLocal8Bit();
}

} // namespace VastQtTest

//! Skips the running test function (or, in a _data function, its test) without corpus \a part.
#define VASTQT_REQUIRE_CORPUS(part)                                                                \
    do {                                                                                           \
        if (!VastQtTest::hasCorpus(part))                                                          \
            QSKIP(VastQtTest::corpusSkipMessage(part).constData());                                \
    } while (false)

#endif // VASTQT_TEST_CORPUS_H
