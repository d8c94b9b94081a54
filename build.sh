#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause
#
# One entry point for a fresh Debian 12 machine (as root, or with sudo):
#   ./build.sh demo    install what is missing, build, run the main job on the embedded demo
#   ./build.sh test    install what is missing, build, run the whole test suite (ctest)
#   ./build.sh build   install what is missing and build only
#   ./build.sh bench   build and run the benchmarks of bench/
#
# Each step prints one line on standard error (installing, configuring, building with its
# step count, running). What apt, cmake and the compiler say goes to $build/build.log; when a
# step fails, its name, the log's name and the log's last lines are printed. VASTQT_VERBOSE=1
# shows that output on standard error as well. Standard output carries only what the last
# step prints: the demo's JSON report, ctest's results, the benchmarks' figures.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${VASTQT_BUILD_DIR:-$here/build}"
mode="${1:-demo}"
log="$build/build.log"

# Debian packages: Qt 6.4 (Core, Network, HttpServer, Qml/Quick, Multimedia, Test, tools),
# the build tools, GStreamer for real-time playback, Xvfb for GUI tests, ffmpeg for test media,
# libxml2-dev for the compliance report's XSD validation (libxml2), libxml2-utils (xmllint)
# for XSD validation in tests, desktop-file-utils and appstream to
# validate the desktop file and the AppStream metainfo in tests, dpkg-dev and lintian to make
# and lint the Debian packages in tests, doxygen for the API reference and its test.
packages=(
  qt6-base-dev qt6-declarative-dev qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-l10n-tools qt6-base-dev-tools
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
  qml6-module-qtquick-dialogs qml6-module-qtqml-models qml6-module-qtmultimedia qml6-module-qttest
  qml6-module-qtcore qml6-module-qt-labs-settings
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  libgl1-mesa-dri fonts-dejavu-core xvfb xauth
  cmake ninja-build g++ ccache pkg-config ffmpeg libxml2-dev libxml2-utils desktop-file-utils appstream
  dpkg-dev lintian doxygen
)

say() {
  echo "build.sh: $*" >&2
}

# run_step DESCRIPTION COMMAND...: one line for the step, COMMAND's output into the log.
run_step() {
  local what="$1"
  shift
  say "$what"
  echo "== $what: $*" >>"$log"
  local status=0
  if [ "${VASTQT_VERBOSE:-0}" = 1 ]; then
    "$@" 2>&1 | tee -a "$log" >&2 || status=$?
  else
    "$@" >>"$log" 2>&1 || status=$?
  fi
  if [ "$status" -ne 0 ]; then
    say "FAILED: $what (exit $status); full output in $log, its last lines:"
    tail -n 40 "$log" >&2
    exit "$status"
  fi
}

start_log() {
  mkdir -p "$build"
  : >"$log"
}

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    local noun=packages
    [ ${#missing[@]} -gt 1 ] || noun=package
    run_step "installing ${#missing[@]} Debian $noun (apt-get)" apt_install "${missing[@]}"
  fi
}

apt_install() {
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  # No set -e in here (run_step calls it in a || list): chain the two.
  "${sudo[@]}" apt-get update -q &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

configure_and_build() {
  run_step "configuring ($build)" cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  # Ninja's dry run lists the steps still to do as "[k/N] ...": N is the count.
  local steps
  steps="$(cmake --build "$build" -- -n 2>/dev/null | sed -n 's|^\[[0-9]*/\([0-9]*\)\].*|\1|p' | tail -n 1)"
  if [ -z "$steps" ] || [ "$steps" = 0 ]; then
    run_step "building (up to date)" cmake --build "$build" --parallel "$(nproc)"
  else
    run_step "building ($steps steps, $(nproc) in parallel)" cmake --build "$build" --parallel "$(nproc)"
  fi
}

case "$mode" in
  demo)
    start_log
    install_missing
    configure_and_build
    say "running vastqt-inspector --headless --demo (10 s of real-time playback; the report follows on standard output)"
    "$build/app/vastqt-inspector" --headless --demo
    ;;
  test)
    start_log
    install_missing
    configure_and_build
    corpus="$(sed -n 's/^VASTQT_CORPUS_DIR:PATH=//p' "$build/CMakeCache.txt")"
    if [ ! -d "$corpus/iab" ]; then
      say "no IAB corpus at $corpus: the tests labelled corpus skip what needs it (README.md, Tests)"
    fi
    say "running the tests (ctest; its output follows)"
    cd "$build"
    ctest --output-on-failure --timeout 300 -j "$(nproc)"
    ;;
  build)
    start_log
    install_missing
    configure_and_build
    ;;
  bench)
    start_log
    install_missing
    configure_and_build
    say "running the benchmarks (bench/run.sh)"
    "$here/bench/run.sh" "$build"
    ;;
  *)
    echo "usage: $0 demo|test|build|bench" >&2
    exit 2
    ;;
esac
