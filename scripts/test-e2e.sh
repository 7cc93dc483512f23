#!/usr/bin/env bash
# The VS Code extension's end-to-end test: installs code-server and Chromium
# (scripts/setup-code-server.sh, needs root or sudo for the Debian packages),
# packages the extension and runs test/e2e in a real VS Code. Screenshots and
# the extension's log go to test-results/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-code-server.sh
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund
fi
npm run package
npx vitest run --config test/e2e/vitest.config.ts "$@"
