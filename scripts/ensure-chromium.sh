#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: Debian's package, since playwright's own browser
# download needs network access that CI here does not have. Does nothing if one is installed.
set -euo pipefail

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ]; then
  echo "ensure-chromium: found $("$CHROMIUM_PATH" --version 2>/dev/null || echo "$CHROMIUM_PATH")"
  exit 0
fi

echo "ensure-chromium: $CHROMIUM_PATH is missing; installing Debian's chromium package"
if ! command -v apt-get >/dev/null; then
  echo "ensure-chromium: apt-get is not available; install Chromium yourself and set CHROMIUM_PATH" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "ensure-chromium: not root and no sudo; run as root: apt-get install -y chromium" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
echo "ensure-chromium: apt-get update"
$SUDO apt-get update -q
echo "ensure-chromium: apt-get install -y --no-install-recommends chromium fonts-liberation"
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-liberation
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "ensure-chromium: installed, but $CHROMIUM_PATH is still missing; set CHROMIUM_PATH" >&2
  exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM_PATH" --version)"
