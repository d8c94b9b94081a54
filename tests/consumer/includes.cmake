# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause

cmake_minimum_required(VERSION 3.25)

# cmake -DSOURCE_DIR=<repository> -DHEADER_DIR=<build>/include/VastQt -P includes.cmake
# Every file of the tree includes a public header as an installed consumer would,
# <VastQt/foo.h> (or <VastQt/Foo>), never as "foo.h", "protocol/foo.h" or <foo.h>: so the
# build compiles against include/VastQt/, the folder that is installed.
file(GLOB public RELATIVE "${HEADER_DIR}" "${HEADER_DIR}/*.h")
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/libvastqt/*.h" "${SOURCE_DIR}/libvastqt/*.cpp"
    "${SOURCE_DIR}/qml/*.h" "${SOURCE_DIR}/qml/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
    "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp"
    "${SOURCE_DIR}/bench/*.h" "${SOURCE_DIR}/bench/*.cpp")
set(bad "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]+)[\">].*$" "\\1" path "${line}")
        get_filename_component(name "${path}" NAME)
        if(name IN_LIST public AND NOT path STREQUAL "VastQt/${name}")
            file(RELATIVE_PATH where "${SOURCE_DIR}" "${source}")
            string(APPEND bad "\n  ${where}: ${line}")
        endif()
    endforeach()
endforeach()
if(bad)
    message(FATAL_ERROR "public headers included other than as <VastQt/...>:${bad}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files include the public headers as <VastQt/...>")
