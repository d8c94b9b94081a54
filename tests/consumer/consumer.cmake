# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause

cmake_minimum_required(VERSION 3.25)

# cmake -DSOURCE_DIR=... -DBINARY_DIR=... -DPREFIX=... -DPROGRAMS=a|b -DTAG_DIR=... -DEXPECT=re1|re2
#       [-DGENERATOR=... -DBUILD_TYPE=... -DLAUNCHER=... -DQML_IMPORT_DIR=...] -P consumer.cmake
# Configures SOURCE_DIR against the installation in PREFIX (CMAKE_PREFIX_PATH only, no
# package registry), builds it, runs each of PROGRAMS with TAG_DIR, headless, and checks
# that their output (standard output and error) matches every regular expression of EXPECT.
# Lists are separated by "|" (a ";" does not survive add_test()).
string(REPLACE "|" ";" PROGRAMS "${PROGRAMS}")
string(REPLACE "|" ";" EXPECT "${EXPECT}")
file(REMOVE_RECURSE "${BINARY_DIR}")
set(args -S "${SOURCE_DIR}" -B "${BINARY_DIR}" "-DCMAKE_PREFIX_PATH=${PREFIX}"
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)
if(GENERATOR)
    list(APPEND args -G "${GENERATOR}")
endif()
if(BUILD_TYPE)
    list(APPEND args "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}")
endif()
if(LAUNCHER)
    list(APPEND args "-DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER}")
endif()
foreach(step IN ITEMS configure build)
    if(step STREQUAL "configure")
        execute_process(COMMAND "${CMAKE_COMMAND}" ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
    else()
        execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BINARY_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
    endif()
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${step} of ${SOURCE_DIR} against ${PREFIX} failed:\n${log}")
    endif()
endforeach()

set(env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=UTC "QT_LOGGING_RULES=vastqt.*.debug=false")
if(QML_IMPORT_DIR)
    list(APPEND env "QML_IMPORT_PATH=${QML_IMPORT_DIR}" "QML2_IMPORT_PATH=${QML_IMPORT_DIR}")
endif()
set(output "")
foreach(program IN LISTS PROGRAMS)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${env} "${BINARY_DIR}/${program}" "${TAG_DIR}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message("${out}${err}")
    string(APPEND output "${out}${err}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${program} exited with ${rc}")
    endif()
endforeach()
foreach(expected IN LISTS EXPECT)
    if(NOT output MATCHES "${expected}")
        message(FATAL_ERROR "the output does not match \"${expected}\"")
    endif()
endforeach()
