#!/usr/bin/env bash
# Runs one browser test command (npm script name in $1) in headless Chromium, after making sure Chromium is there.
set -uo pipefail
cd "$(dirname "$0")/.."
export CHROME_BIN="${CHROME_BIN:-/usr/bin/chromium}"
scripts/ensure-chromium.sh
rc=$?
if [ $rc -eq 3 ]; then
  exit 0
elif [ $rc -ne 0 ]; then
  exit $rc
fi
exec npm run --silent "$1"
