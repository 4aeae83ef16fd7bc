#!/usr/bin/env bash
# The browser tests use the system's Chromium (Debian package "chromium"), never a browser downloaded by npm.
# Found: print nothing and exit 0. Missing: as root (CI, on a fresh machine) install it with apt-get;
# otherwise exit 3 with how to install it, and the build skips the browser tests with that message.
set -euo pipefail
bin="${CHROME_BIN:-/usr/bin/chromium}"
if [ -x "$bin" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "aca-extension: $bin not found; installing Debian's chromium (apt-get install -y chromium)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$bin" ] && exit 0
  echo "aca-extension: chromium installed but $bin is still missing; set CHROME_BIN to its binary" >&2
  exit 1
fi
echo "aca-extension: SKIPPING the browser tests: no Chromium at $bin. Install it with 'sudo apt-get install -y chromium'" \
     "(or set CHROME_BIN to a Chromium/Chrome binary), then run the build again." >&2
exit 3
