#!/usr/bin/env bash
# Checks what packaging/build.sh made on Linux, the way a user would run it, so that packaging never
# breaks silently (CI runs it): the app image's launcher answers --version, builds the sample
# workspace and reports its counts as JSON, with the app's exit codes; the runtime is the trimmed
# one; the licences are in. With a .deb, the same launcher checks run from the unpacked package;
# with --install (as root, for throw-away machines such as CI's) the package is also installed with
# apt-get, checked in /opt/outsidein and removed again.
#
#   packaging/check-linux.sh [--install] [IMAGE_DIR [DEB]]
#     (default: target/packaging/image/outsidein and the .deb in target/packaging/installers, if any)
set -euo pipefail
cd "$(dirname "$0")/.."

install=false
if [ "${1:-}" = --install ]; then
  install=true
  shift
fi
image="${1:-target/packaging/image/outsidein}"
deb="${2:-$(find target/packaging/installers -name "*.deb" 2>/dev/null | head -n 1)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The launcher's settings and logs go here, not into the data folder of whoever runs the check.
export XDG_DATA_HOME="$work/data"

fail() {
  printf 'check: FAILED: %s\n' "$*" >&2
  exit 1
}

# Runs a command, expecting the given exit status; its output is kept in $work/out.
expect() {
  local status=$1
  shift
  set +e
  "$@" >"$work/out" 2>&1
  local actual=$?
  set -e
  [ "$actual" = "$status" ] || {
    cat "$work/out" >&2
    fail "$* exited with $actual, expected $status"
  }
}

check_launcher() {
  local app=$1 launcher="$1/bin/outsidein" ws="$work/sample-$RANDOM"
  [ -x "$launcher" ] || fail "no launcher at $launcher"

  expect 0 "$launcher" --version
  grep -qE '^OutsideIn [0-9]' "$work/out" || fail "--version printed: $(cat "$work/out")"
  echo "  $(cat "$work/out")"

  expect 0 "$launcher" sample --workspace "$ws"
  expect 0 "$launcher" info --workspace "$ws" --json
  local json
  json=$(cat "$work/out")
  for key in studies accounts people interviews observations codes insights canvases \
    canvasEntries schemaVersion; do
    [[ "$json" == *"\"$key\":"* ]] || fail "info --json has no $key: $json"
  done
  [[ "$json" =~ \"observations\":([0-9]+) ]] && [ "${BASH_REMATCH[1]}" -gt 0 ] ||
    fail "the sample has no observations: $json"
  echo "  info --json: $json"

  # The app's exit codes come through the launcher: 3 for a missing workspace, 2 for bad usage.
  expect 3 "$launcher" info --workspace "$work/no-such-workspace"
  expect 2 "$launcher" --no-such-option

  [ -f "$app/lib/app/THIRD-PARTY.txt" ] && [ -f "$app/lib/app/LICENSE" ] ||
    fail "LICENSE or THIRD-PARTY.txt missing from $app/lib/app"
  grep -q 'H2 Database Engine' "$app/lib/app/THIRD-PARTY.txt" || fail "THIRD-PARTY.txt lists no H2"
}

echo "App image: $image"
check_launcher "$image"
modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$image/lib/runtime/release")
count=$(wc -w <<<"$modules")
# A full JDK has about 70 modules; the trimmed runtime about 20, and no compiler.
[ "$count" -gt 0 ] && [ "$count" -lt 40 ] && [[ " $modules " != *" jdk.compiler "* ]] ||
  fail "the runtime is not trimmed ($count modules): $modules"
echo "  runtime: $count modules, $(du -sh "$image" | cut -f1) in all"

if [ -n "$deb" ]; then
  echo "Debian package: $deb"
  dpkg-deb --info "$deb" >"$work/info"
  grep -q '^ Package: outsidein$' "$work/info" || fail "the .deb is not the outsidein package"
  dpkg-deb -x "$deb" "$work/deb"
  [ -f "$work/deb/opt/outsidein/lib/outsidein-outsidein.desktop" ] || fail "the .deb has no menu entry"
  check_launcher "$work/deb/opt/outsidein"
  echo "  $(du -h "$deb" | cut -f1), installs into /opt/outsidein"
  if $install; then
    echo "Installing it (apt-get), running it from /opt/outsidein, removing it"
    [ ! -e /opt/outsidein ] || fail "/opt/outsidein exists already: not touching it"
    apt-get update -qq # the package's dependencies come from the system's archive
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "$(realpath "$deb")" >"$work/apt" 2>&1 || {
      cat "$work/apt" >&2
      fail "the .deb does not install"
    }
    check_launcher /opt/outsidein
    apt-get purge -y -qq outsidein >"$work/apt" 2>&1 || {
      cat "$work/apt" >&2
      fail "the .deb does not uninstall"
    }
    [ ! -e /opt/outsidein/bin/outsidein ] || fail "removing the package left its launcher behind"
    echo "  installed and removed cleanly"
  fi
fi
echo "check: passed"
