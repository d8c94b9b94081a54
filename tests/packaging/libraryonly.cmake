# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause
#
# The library-only build (README, "Build options"): configures and builds libvastqt alone in
# BINARY_DIR with every other Qt module made unfindable, then checks that the library links
# Qt Core and Network and no other Qt library. Run by ctest (test library_only_build, label
# build) as: cmake -DSOURCE_DIR=... -DBINARY_DIR=... -DGENERATOR=... -P libraryonly.cmake
# BINARY_DIR is kept between runs, so a second run only checks that nothing changed.

foreach(var SOURCE_DIR BINARY_DIR GENERATOR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "libraryonly.cmake: ${var} is not set")
    endif()
endforeach()

string(TIMESTAMP started "%s")

# Any lookup of these fails, so a library-only build that still asked for one fails to configure.
set(unfindable Qt6Gui Qt6Qml Qt6Quick Qt6QuickTest Qt6Test Qt6Multimedia Qt6HttpServer Qt6WebSockets
    Qt6LinguistTools)
# No build type: no optimisation and no debug info, the quickest build that proves the point.
set(args -S "${SOURCE_DIR}" -B "${BINARY_DIR}" -G "${GENERATOR}" -DCMAKE_BUILD_TYPE=
    -DVASTQT_BUILD_APP=OFF -DVASTQT_BUILD_QML=OFF -DVASTQT_BUILD_TESTS=OFF -DVASTQT_BUILD_BENCH=OFF
    -DVASTQT_WITH_MULTIMEDIA=OFF)
foreach(package IN LISTS unfindable)
    list(APPEND args -DCMAKE_DISABLE_FIND_PACKAGE_${package}=TRUE)
endforeach()
if(MAKE_PROGRAM)
    list(APPEND args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
if(PREFIX_PATH)
    list(APPEND args "-DCMAKE_PREFIX_PATH=${PREFIX_PATH}")
endif()

execute_process(COMMAND "${CMAKE_COMMAND}" ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "library-only configure failed:\n${out}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BINARY_DIR}" --parallel 2
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "library-only build failed:\n${out}")
endif()

file(GLOB libraries "${BINARY_DIR}/libvastqt/libvastqt.so.*.*.*")
list(LENGTH libraries count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "library-only build: expected one libvastqt.so.X.Y.Z, found '${libraries}'")
endif()
find_program(READELF readelf REQUIRED)
execute_process(COMMAND "${READELF}" -d ${libraries} RESULT_VARIABLE rc OUTPUT_VARIABLE dynamic)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf -d ${libraries} failed")
endif()
string(REGEX MATCHALL "\\[libQt6[A-Za-z]+\\.so[.0-9]*\\]" qtlibs "${dynamic}")
foreach(lib IN LISTS qtlibs)
    if(NOT lib MATCHES "^\\[libQt6(Core|Network)\\.so")
        message(FATAL_ERROR "library-only libvastqt links ${lib}; only Qt Core and Network are allowed:\n${dynamic}")
    endif()
endforeach()
if(NOT qtlibs MATCHES "libQt6Core" OR NOT qtlibs MATCHES "libQt6Network")
    message(FATAL_ERROR "library-only libvastqt does not link Qt Core and Network:\n${dynamic}")
endif()

string(TIMESTAMP finished "%s")
math(EXPR seconds "${finished} - ${started}")
message(STATUS "library-only build: ${libraries} links ${qtlibs} (configure and build: ${seconds} s)")
