#!/usr/bin/env bash
# npm run demo [-- --firefox] [-- --ja] [-- --headless] [-- --variant modal|frame|trap|…]: installs the browser if needed, builds
# the local-test extension for it, and runs the demo (scripts/demo.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ " $* " == *" --firefox "* ]]; then
  bash scripts/ensure-firefox.sh
  npm run --silent build:local:firefox >/dev/null
else
  bash scripts/ensure-chromium.sh
  npm run --silent build:local >/dev/null
fi
exec npx tsx scripts/demo.ts "$@"
