# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause

# The public headers as a consumer of the installed SDK sees them, in one folder:
# ${VASTQT_INCLUDE_DIR}/VastQt/ holds a copy of each public header (vastclient.h) and a
# CamelCase forwarding header for each name given (VastClient), so both
# `#include <VastQt/VastClient>` and `#include <VastQt/vastclient.h>` work. The build tree
# compiles against this folder (never against libvastqt/<layer>/), and the install copies
# it as it is to ${CMAKE_INSTALL_INCLUDEDIR}/VastQt: what the tests build against is what
# is installed. Private `_p.h` headers are never copied.
#
# The copies are made at configure time; CMake configures again by itself when a header
# of the source tree changes. Edit the headers under libvastqt/ and qml/, not the copies.

set(VASTQT_INCLUDE_DIR "${PROJECT_BINARY_DIR}/include")
set(VASTQT_HEADER_DIR "${VASTQT_INCLUDE_DIR}/VastQt")
set_property(GLOBAL PROPERTY VASTQT_GENERATED_HEADERS "")
# The copies of the public headers (not the forwarding or the generated export headers):
# what the API reference (docs/) is made from.
set_property(GLOBAL PROPERTY VASTQT_DOCUMENTED_HEADERS "")

# vastqt_generate_headers(<out-var> HEADER_NAMES <Name>[,<Extra>...] ...)
#   <Name> is a class name whose lower case is the header's file name in the current
#   source directory (VastClient: vastclient.h); each <Extra> is another class of that
#   header that gets its own forwarding header (VastModel,VastDocument,Ad). Sets
#   <out-var> to the files made (to install them).
function(vastqt_generate_headers out)
    cmake_parse_arguments(ARG "" "" "HEADER_NAMES" ${ARGN})
    set(made "")
    foreach(spec IN LISTS ARG_HEADER_NAMES)
        string(REPLACE "," ";" names "${spec}")
        list(GET names 0 primary)
        string(TOLOWER "${primary}.h" file)
        set(source "${CMAKE_CURRENT_SOURCE_DIR}/${file}")
        if(NOT EXISTS "${source}")
            message(FATAL_ERROR "vastqt_generate_headers: ${primary} names ${source}, which does not exist")
        endif()
        configure_file("${source}" "${VASTQT_HEADER_DIR}/${file}" COPYONLY)
        set_property(GLOBAL APPEND PROPERTY VASTQT_DOCUMENTED_HEADERS "${VASTQT_HEADER_DIR}/${file}")
        list(APPEND made "${VASTQT_HEADER_DIR}/${file}")
        foreach(name IN LISTS names)
            file(CONFIGURE OUTPUT "${VASTQT_HEADER_DIR}/${name}" CONTENT "#include \"${file}\"\n")
            list(APPEND made "${VASTQT_HEADER_DIR}/${name}")
        endforeach()
    endforeach()
    vastqt_register_headers(${made})
    set(${out} ${made} PARENT_SCOPE)
endfunction()

# vastqt_register_headers(<file>...): files of ${VASTQT_HEADER_DIR} made another way
# (the export headers), so vastqt_prune_headers() keeps them.
function(vastqt_register_headers)
    set_property(GLOBAL APPEND PROPERTY VASTQT_GENERATED_HEADERS ${ARGN})
endfunction()

# vastqt_prune_headers(): removes from ${VASTQT_HEADER_DIR} every file this configure run
# did not make (a header renamed or made private), so a stale copy cannot keep a build
# passing that the install would break. Called once, at the end of the top-level list file.
function(vastqt_prune_headers)
    get_property(made GLOBAL PROPERTY VASTQT_GENERATED_HEADERS)
    file(GLOB present LIST_DIRECTORIES true "${VASTQT_HEADER_DIR}/*")
    foreach(file IN LISTS present)
        if(NOT file IN_LIST made)
            message(STATUS "Removing stale public header ${file}")
            file(REMOVE_RECURSE "${file}")
        endif()
    endforeach()
endfunction()
