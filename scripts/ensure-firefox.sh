#!/usr/bin/env bash
# The Firefox browser tests and `npm run demo -- --firefox` drive Debian's firefox-esr (never a
# downloaded browser build). Installs it when missing and we are root; otherwise says what to run.
set -euo pipefail
firefox_path="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
[ -x "$firefox_path" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's firefox-esr (once)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Without the recommended media codecs: the tests and the demo play no video.
  apt-get install -y -qq --no-install-recommends firefox-esr >/dev/null
  exit 0
fi
echo "Firefox is missing: run 'sudo apt-get install -y firefox-esr' (or set FIREFOX_PATH)." >&2
exit 1
