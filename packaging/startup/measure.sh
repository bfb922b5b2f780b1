#!/usr/bin/env bash
# Measures how long OutsideIn's packaged app takes to show a workspace's first rows, against a bare
# JavaFX app (BareApp.java: a menu bar, a table, a list) showing its window, on a virtual display
# (Xvfb), RUNS times each (default 5), and prints both medians and their ratio (target at most 1.2).
#
#   ./mvnw -Ppackage package  (or: ./mvnw package && packaging/build.sh --types app-image)
#   packaging/startup/measure.sh [RUNS]
#
# Both run on the app image's own Java runtime. Each app writes the time its window showed (epoch
# milliseconds) into a marker file: OutsideIn through -Doutsidein.startupProbe=FILE once a table
# with rows is on screen, BareApp once its window has shown two frames. The time counted runs from
# starting the process to that moment. A first, uncounted run of each warms the file cache.
# Needs Xvfb (Debian: xvfb; installed here when missing and apt-get is there).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}

image=$(find target/packaging/image -maxdepth 3 -path '*/bin/*' -type f -perm -u+x 2>/dev/null | head -1)
[ -n "$image" ] || { echo "no app image under target/packaging/image: build it first (see above)" >&2; exit 1; }
home_dir=$(dirname "$(dirname "$image")")
java="$home_dir/lib/runtime/bin/java"
[ -x "$java" ] || { echo "the app image has no runtime at $java" >&2; exit 1; }
if ! command -v Xvfb >/dev/null; then
  command -v apt-get >/dev/null || { echo "needs Xvfb" >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb >/dev/null
fi

work=$(mktemp -d)
xpid=""
trap '[ -n "$xpid" ] && kill "$xpid" 2>/dev/null; rm -rf "$work"' EXIT

# The bare app, compiled against the JavaFX jars the app image carries.
fx=$(find "$home_dir/lib/app" -name 'javafx-*-linux.jar' | sort | paste -sd: -)
[ -n "$fx" ] || fx=$(find target/lib -name 'javafx-*-linux.jar' | sort | paste -sd: -)
mkdir -p "$work/bare"
javac -d "$work/bare" -cp "$fx" packaging/startup/BareApp.java

# A workspace with rows, and a home of its own so the person's settings play no part.
export HOME="$work/home"
mkdir -p "$HOME"
"$image" sample --workspace "$work/sample" >/dev/null

display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
sleep 1
export DISPLAY="$display"

now_ms() { date +%s%3N; }

# Starts a command, waits for its marker file, stops it; prints the milliseconds from start to mark.
time_one() {
  local marker="$work/marker" started pid
  rm -f "$marker"
  started=$(now_ms)
  "$@" "$marker" >"$work/last.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    [ -s "$marker" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "the app exited before showing; its output:" >&2; tail -20 "$work/last.log" >&2; exit 1; }
    sleep 0.05
  done
  [ -s "$marker" ] || { echo "no window after 30 s" >&2; exit 1; }
  echo $(($(cat "$marker") - started))
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

outsidein() { JAVA_TOOL_OPTIONS="-Doutsidein.startupProbe=$1" "$image" --workspace "$work/sample"; }
bare() { "$java" -cp "$work/bare:$fx" BareApp "$1"; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

time_one outsidein >/dev/null
time_one bare >/dev/null
app_times=()
bare_times=()
for _ in $(seq 1 "$runs"); do
  app_times+=("$(time_one outsidein)")
  bare_times+=("$(time_one bare)")
done
app=$(printf '%s\n' "${app_times[@]}" | median)
bare_ms=$(printf '%s\n' "${bare_times[@]}" | median)
echo "OutsideIn, first rows shown: ${app_times[*]} ms; median $app ms"
echo "bare JavaFX, window shown:   ${bare_times[*]} ms; median $bare_ms ms"
awk -v a="$app" -v b="$bare_ms" 'BEGIN {printf "ratio: %.2f (target at most 1.2)\n", a / b}'
