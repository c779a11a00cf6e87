#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests (Playwright drives
# /usr/bin/chromium; `playwright install` would download a browser and fails offline),
# plus a small CJK font so Chinese text renders in screenshots instead of empty boxes.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium chromium-driver)
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; then
  need+=(fonts-wqy-microhei)
fi
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "browser tests need: ${need[*]}; run 'sudo apt-get install -y ${need[*]}'" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
/usr/bin/chromium --version
