# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause
#
# The inspector's icon: the desktop file's Icon= names the SVG that packaging/ installs to
# share/icons/hicolor/scalable/apps, the SVG is well-formed, and the metainfo lists the
# screenshot, docs/inspector.png. Run by ctest (test app_icon) as
#   cmake -DSOURCE_DIR=... -DMETAINFO=<configured metainfo> -DXMLLINT=... -P appicon.cmake

set(desktop "${SOURCE_DIR}/packaging/org.vastqt.Inspector.desktop")
file(STRINGS "${desktop}" icon_lines REGEX "^Icon=")
if(NOT icon_lines STREQUAL "Icon=org.vastqt.Inspector")
    message(FATAL_ERROR "${desktop}: expected Icon=org.vastqt.Inspector, found '${icon_lines}'")
endif()

set(svg "${SOURCE_DIR}/packaging/org.vastqt.Inspector.svg")
if(NOT EXISTS "${svg}")
    message(FATAL_ERROR "the icon ${svg} is missing")
endif()
if(XMLLINT)
    execute_process(COMMAND "${XMLLINT}" --noout "${svg}" RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${svg} is not well-formed XML:\n${err}")
    endif()
endif()
file(READ "${svg}" content)
if(NOT content MATCHES "<svg [^>]*xmlns=\"http://www.w3.org/2000/svg\"[^>]*viewBox=\"0 0 128 128\"")
    message(FATAL_ERROR "${svg}: the root is not a square SVG (viewBox 0 0 128 128)")
endif()

file(READ "${SOURCE_DIR}/packaging/CMakeLists.txt" packaging)
if(NOT packaging MATCHES "org\\.vastqt\\.Inspector\\.svg DESTINATION \\\${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    message(FATAL_ERROR "packaging/CMakeLists.txt does not install the icon to share/icons/hicolor/scalable/apps")
endif()

file(READ "${METAINFO}" metainfo)
if(NOT metainfo MATCHES "<screenshot type=\"default\">.*<image type=\"source\" width=\"1280\" height=\"720\">https?://[^<]+/inspector\\.png</image>")
    message(FATAL_ERROR "${METAINFO} lists no default screenshot of docs/inspector.png")
endif()
if(NOT EXISTS "${SOURCE_DIR}/docs/inspector.png")
    message(FATAL_ERROR "docs/inspector.png, the screenshot the metainfo lists, is missing")
endif()
message(STATUS "icon ${svg}, screenshot listed in ${METAINFO}")
