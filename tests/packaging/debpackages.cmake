# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause

# The Debian packages (ctest label `package`): cpack -G DEB over the built tree into
# WORK_DIR, then for each package its name, its Depends (dpkg-deb -f) and its file list
# (dpkg-deb -c); no file in two packages; no file installed outside the components; lintian
# (if installed) reports no error. Inputs: BINARY_DIR, WORK_DIR, CPACK, PACKAGES (the
# expected package names), LIBDIR, QMLDIR, VERSION, LINTIAN (empty: not installed).

cmake_policy(VERSION 3.25)
find_program(DPKG_DEB dpkg-deb)
if(NOT DPKG_DEB)
    message("SKIP: dpkg-deb not found: install the Debian package dpkg")
    return()
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CPACK}" -G DEB -B "${WORK_DIR}" --config "${BINARY_DIR}/CPackConfig.cmake"
    WORKING_DIRECTORY "${BINARY_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}")
endif()

# A file installed with no COMPONENT would be in no package.
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BINARY_DIR}" --component Unspecified
        --prefix "${WORK_DIR}/unspecified"
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
file(GLOB_RECURSE stray RELATIVE "${WORK_DIR}/unspecified" "${WORK_DIR}/unspecified/*")
if(stray)
    message(FATAL_ERROR "installed without a COMPONENT, so in no Debian package: ${stray}")
endif()

set(failures "")
macro(fail what)
    string(APPEND failures "  ${what}\n")
endmacro()

set(lib "usr/${LIBDIR}")
set(qml "usr/${QMLDIR}/VastQt")
# <package>: files it must have (regexes over ./path lines of dpkg-deb -c), files it must
# not have, the Depends it must have.
set(want_libvastqt0 "${lib}/libvastqt\\.so\\.0 -> " "${lib}/libvastqt\\.so\\.${VERSION}$"
    "usr/share/doc/libvastqt0/copyright$" "usr/share/doc/libvastqt0/changelog\\.gz$")
set(not_libvastqt0 "usr/include/" "${lib}/libvastqt\\.so$" "/cmake/")
set(deps_libvastqt0 "libqt6core6")
set(want_libvastqt-dev "usr/include/VastQt/VastClient$" "usr/include/VastQt/vastclient\\.h$"
    "usr/include/VastQt/vastqt_export\\.h$" "${lib}/libvastqt\\.so -> libvastqt\\.so\\.0$"
    "${lib}/cmake/VastQt/VastQtConfig\\.cmake$" "${lib}/cmake/VastQt/VastQtConfigVersion\\.cmake$"
    "${lib}/cmake/VastQt/VastQtTargets\\.cmake$" "usr/share/doc/libvastqt-dev/copyright$")
set(not_libvastqt-dev "${lib}/libvastqt\\.so\\.0" "/qml/")
set(deps_libvastqt-dev "libvastqt0 \\(= ${VERSION}\\)" "qt6-base-dev")
set(want_qml6-module-vastqt "${qml}/qmldir$" "${qml}/vastqtqml\\.qmltypes$" "${qml}/lib[^/]*\\.so$"
    "${lib}/libvastqtqml\\.so\\.0 -> " "usr/share/doc/qml6-module-vastqt/copyright$")
set(not_qml6-module-vastqt "usr/include/" "${lib}/libvastqt\\.so" "/cmake/")
set(deps_qml6-module-vastqt "libvastqt0 \\(= ${VERSION}\\)" "qml6-module-qtquick(,|$)" "libqt6qml6")
set(want_vastqt-inspector "usr/bin/vastqt-inspector$"
    "usr/share/applications/org\\.vastqt\\.Inspector\\.desktop$"
    "usr/share/metainfo/org\\.vastqt\\.Inspector\\.metainfo\\.xml$"
    "usr/share/icons/hicolor/scalable/apps/org\\.vastqt\\.Inspector\\.svg$"
    "usr/share/doc/vastqt-inspector/copyright$")
set(not_vastqt-inspector "usr/include/" "${lib}/" "/cmake/")
set(deps_vastqt-inspector "libvastqt0 \\(= ${VERSION}\\)" "qml6-module-vastqt \\(= ${VERSION}\\)"
    "qml6-module-qtmultimedia" "gstreamer1.0-plugins-good")

file(GLOB debs "${WORK_DIR}/*.deb")
set(made "")
set(all_files "")
foreach(deb IN LISTS debs)
    execute_process(COMMAND "${DPKG_DEB}" -f "${deb}" Package OUTPUT_VARIABLE name OUTPUT_STRIP_TRAILING_WHITESPACE)
    list(APPEND made ${name})
    execute_process(COMMAND "${DPKG_DEB}" -f "${deb}" Depends OUTPUT_VARIABLE depends OUTPUT_STRIP_TRAILING_WHITESPACE)
    execute_process(COMMAND "${DPKG_DEB}" -c "${deb}" OUTPUT_VARIABLE listing)
    message("${name}: Depends: ${depends}")
    # The paths only (dpkg-deb -c prints a tar listing), links as "path -> target".
    string(REGEX REPLACE "[^\n]* \\./" "" paths "${listing}")
    string(REGEX REPLACE "\n$" "" paths "${paths}")
    string(REPLACE "\n" ";" paths "${paths}")
    foreach(re IN LISTS want_${name})
        set(found FALSE)
        foreach(p IN LISTS paths)
            if(p MATCHES "${re}")
                set(found TRUE)
            endif()
        endforeach()
        if(NOT found)
            fail("${name}: no file matches ${re}")
        endif()
    endforeach()
    foreach(re IN LISTS not_${name})
        foreach(p IN LISTS paths)
            if(p MATCHES "${re}")
                fail("${name}: has ${p}, which belongs in another package")
            endif()
        endforeach()
    endforeach()
    foreach(re IN LISTS deps_${name})
        string(REPLACE ", " ";" dep_list "${depends}")
        set(found FALSE)
        foreach(d IN LISTS dep_list)
            if(d MATCHES "^${re}")
                set(found TRUE)
            endif()
        endforeach()
        if(NOT found)
            fail("${name}: Depends lacks ${re}: ${depends}")
        endif()
    endforeach()
    foreach(p IN LISTS paths)
        if(NOT p MATCHES "/$")
            if(p IN_LIST all_files)
                fail("${p} is in two packages")
            endif()
            list(APPEND all_files "${p}")
        endif()
    endforeach()
    if(LINTIAN)
        execute_process(COMMAND "${LINTIAN}" --no-cfg --fail-on error "${deb}"
            RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
        message("${name}: lintian:\n${out}")
        if(NOT rc EQUAL 0)
            fail("${name}: lintian reports errors")
        endif()
    endif()
endforeach()

list(SORT made)
set(expected ${PACKAGES})
list(SORT expected)
if(NOT made STREQUAL expected)
    fail("cpack made [${made}], expected [${expected}]")
endif()
if(NOT LINTIAN)
    message("lintian not found (Debian package lintian): the packages are not linted")
endif()
if(failures)
    message(FATAL_ERROR "Debian packages:\n${failures}")
endif()
message("Debian packages ${made} in ${WORK_DIR}: contents and dependencies as expected")
