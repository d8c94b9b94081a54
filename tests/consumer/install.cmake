# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause

cmake_minimum_required(VERSION 3.25)

# cmake -DBUILD_DIR=... -DPREFIX=... -DQMLDIR=... -P install.cmake
# Installs the build into a fresh PREFIX and checks the layout a consumer relies on.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    OUTPUT_QUIET RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()

set(expected
    include/VastQt/VastClient include/VastQt/vastclient.h
    include/VastQt/vastqt_export.h include/VastQt/vastqtnamespace.h
    ${QMLDIR}/VastQt/qmldir ${QMLDIR}/VastQt/vastqtqml.qmltypes ${QMLDIR}/VastQt/libvastqtqmlplugin.so)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
# One include folder: nothing else at the top of include/, no layer folders in it.
file(GLOB top RELATIVE "${PREFIX}/include" "${PREFIX}/include/*")
file(GLOB nested LIST_DIRECTORIES true "${PREFIX}/include/VastQt/*/")
list(FILTER nested EXCLUDE REGEX "\\.h$|/[A-Z][A-Za-z]*$")
if(NOT top STREQUAL "VastQt" OR nested)
    message(FATAL_ERROR "include/ holds more than VastQt/: ${top} ${nested}")
endif()
file(GLOB private "${PREFIX}/include/VastQt/*_p.h")
if(private)
    message(FATAL_ERROR "private headers installed: ${private}")
endif()
message(STATUS "installed into ${PREFIX}")
