#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) and Chromium for the extension's
# end-to-end test, from the npm registry and Debian packages only.
#
#   usage: scripts/setup-code-server.sh [DEST]
#   DEST defaults to $TWINSYNC_CODE_SERVER_DIR, else ~/.cache/twinsync/code-server.
#
# code-server's own install script fetches ripgrep and prebuilt native modules
# from GitHub, which a machine limited to the registries cannot reach. So the
# npm package is unpacked with install scripts off, Debian's ripgrep takes the
# bundled one's place and the native modules are compiled here with node-gyp.
# A finished install leaves DEST/.complete and is not repeated.
set -euo pipefail

# 4.100.x is the last code-server line that runs on Node 20.
version=4.100.3
dest=${1:-${TWINSYNC_CODE_SERVER_DIR:-$HOME/.cache/twinsync/code-server}}

if [ -f "$dest/.complete" ]; then
  echo "code-server $version is already set up in $dest"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Compilers and headers for the native modules, ripgrep for search, and the browser that drives the test.
$SUDO apt-get install -y -qq build-essential python3 pkg-config ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev chromium >/dev/null

rm -rf "$dest"
mkdir -p "$dest"
cd "$dest"
npm pack --silent "code-server@$version" >/dev/null
tar xzf "code-server-$version.tgz"
rm "code-server-$version.tgz"

quiet_install() {
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
}
# Compiles the native module in the current folder, showing the compiler's output only on failure.
gyp() {
  local log
  log=$(mktemp)
  if ! npx --yes node-gyp rebuild "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "setup-code-server: node-gyp failed in $PWD; the compiler output above shows the cause" >&2
    exit 1
  fi
  rm -f "$log"
}

cd package
quiet_install
# argon2 normally builds through node-pre-gyp, which fills in these variables itself.
(
  cd node_modules/argon2
  gyp --module_name=argon2 --module_path=lib/binding/napi-v3 --napi_build_version=3
  mkdir -p lib/binding/napi-v3
  cp build/Release/argon2.node lib/binding/napi-v3/
)

cd lib/vscode
quiet_install
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
for native in node-pty @parcel/watcher kerberos native-watchdog @vscode/spdlog @vscode/windows-registry; do
  if [ -d "node_modules/$native" ]; then
    (cd "node_modules/$native" && gyp)
  fi
done
# The server looks its modules up through an asar path in packaged builds.
ln -sfn node_modules node_modules.asar
(cd extensions && quiet_install)

touch "$dest/.complete"
echo "code-server $version set up in $dest"
