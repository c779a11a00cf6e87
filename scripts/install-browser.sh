#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests (Playwright drives
# /usr/bin/chromium; `playwright install` would download a browser and fails offline).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "browser tests need /usr/bin/chromium: run 'sudo apt-get install -y chromium chromium-driver'" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
