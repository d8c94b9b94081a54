#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause
#
# One entry point for a fresh Debian 12 machine (as root, or with sudo):
#   ./build.sh demo    install what is missing, build, run the main job on the embedded demo
#   ./build.sh test    install what is missing, build, run the whole test suite (ctest)
#   ./build.sh build   install what is missing and build only
#   ./build.sh bench   build and run the benchmarks of bench/
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${VASTQT_BUILD_DIR:-$here/build}"
mode="${1:-demo}"

# Debian packages: Qt 6.4 (Core, Network, HttpServer, Qml/Quick, Multimedia, Test, tools),
# the build tools, GStreamer for real-time playback, Xvfb for GUI tests, ffmpeg for test media,
# libxml2-utils (xmllint) for XSD validation in tests.
packages=(
  qt6-base-dev qt6-declarative-dev qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-l10n-tools qt6-base-dev-tools
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
  qml6-module-qtquick-dialogs qml6-module-qtqml-models qml6-module-qtmultimedia qml6-module-qttest
  qml6-module-qtcore qml6-module-qt-labs-settings
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  libgl1-mesa-dri fonts-dejavu-core xvfb xauth
  cmake ninja-build g++ ccache pkg-config ffmpeg libxml2-utils
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
}

configure_and_build() {
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
  cmake --build "$build" --parallel "$(nproc)" >&2 # stdout carries only the report
}

case "$mode" in
  demo)
    install_missing
    configure_and_build
    "$build/app/vastqt-inspector" --headless --demo
    ;;
  test)
    install_missing
    configure_and_build
    cd "$build"
    ctest --output-on-failure --timeout 300 -j "$(nproc)"
    ;;
  build)
    install_missing
    configure_and_build
    ;;
  bench)
    install_missing
    configure_and_build
    "$here/bench/run.sh" "$build"
    ;;
  *)
    echo "usage: $0 demo|test|build|bench" >&2
    exit 2
    ;;
esac
