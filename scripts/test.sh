#!/usr/bin/env bash
# Installs what the tests need and runs them: Debian's groovy and neovim
# (needs root or sudo) and the npm packages, type-checks, then runs
# vitest. Prints a final "N passed, N failed" line for CI.
set -euo pipefail
cd "$(dirname "$0")/.."

# groovy is the oracle of the differential tests; nvim is the second LSP client of test/lsp.
missing=""
command -v groovy >/dev/null 2>&1 || missing="$missing groovy"
command -v nvim >/dev/null 2>&1 || missing="$missing neovim"
if [ -n "$missing" ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq $missing >/dev/null
fi
if [ -d /usr/lib/jvm/java-17-openjdk-amd64 ] && [ -z "${JAVA_HOME:-}" ]; then
  export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
fi

npm ci --no-audit --no-fund
npx tsc -p tsconfig.json
mkdir -p .tmp
status=0
npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest-results.json "$@" || status=$?
node -e '
const r = JSON.parse(require("fs").readFileSync(".tmp/vitest-results.json", "utf8"));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit $status
