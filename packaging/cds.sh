#!/usr/bin/env bash
# Builds a class-data-sharing archive for a Linux app image: training runs (sample, export, and the
# window under Xvfb when it is installed) list the classes they load, the image's runtime dumps them
# into lib/app/NAME.jsa, and the launcher's .cfg is told to use it (-Xshare:auto: a JVM that cannot
# map it starts without). H2, jOOQ, Flyway, POI and JavaFX are then parsed and verified once, at
# packaging, instead of at every start and every first export.
#
#   packaging/cds.sh IMAGE NAME      (packaging/build.sh runs it; OUTSIDEIN_CDS=0 skips it there)
set -euo pipefail
image=${1:?usage: cds.sh IMAGE NAME}
name=${2:?usage: cds.sh IMAGE NAME}
app_dir="$image/lib/app"
runtime_java="$image/lib/runtime/bin/java"
cfg="$app_dir/$name.cfg"
# Train without an archive from an earlier run.
rm -f "$app_dir/$name.jsa"
sed -i '/^java-options=-XX:SharedArchiveFile=/d; /^java-options=-Xshare:auto$/d' "$cfg"
train=$(mktemp -d)
mkdir -p "$train/home"
# Each run writes the classes it loads into a list; a run stopped by timeout writes its list too.
train_run() {
  local list="$train/$1.lst" seconds=$2
  shift 2
  HOME="$train/home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" \
    timeout "$seconds" "$image/bin/$name" "$@" >/dev/null 2>&1 || true
}
train_run sample 120 sample --workspace "$train/sample"
train_run export 120 export --workspace "$train/sample" --out "$train/report.xlsx"
if command -v Xvfb >/dev/null 2>&1; then
  Xvfb :77 -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY=:77 train_run window 20 --workspace "$train/sample"
  kill "$xvfb" 2>/dev/null || true
fi
lists=()
for list in "$train"/*.lst; do
  [ -s "$list" ] && lists+=("$list")
done
if [ "${#lists[@]}" -gt 0 ]; then
  # The lists' ids are their own; the classes come from the built-in loaders, which need none.
  cat "${lists[@]}" | grep -v '^#' | sed -E 's/ id: [0-9]+$//' | sort -u >"$train/all.lst"
  # The archive holds the class path as the launcher gives it (the .cfg's entries, in order), by
  # absolute path: an image moved elsewhere starts without it.
  app_abs=$(cd "$app_dir" && pwd)
  class_path=$(sed -n 's/^app\.classpath=\$APPDIR//p' "$cfg" | sed "s|^|$app_abs|" | paste -sd: -)
  "$runtime_java" -Xshare:dump -XX:SharedClassListFile="$train/all.lst" \
    -XX:SharedArchiveFile="$app_dir/$name.jsa" -cp "$class_path" >/dev/null 2>&1 &&
    sed -i "s|^\[JavaOptions\]\$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=\$APPDIR/$name.jsa\njava-options=-Xshare:auto|" \
      "$cfg" ||
    echo "packaging: no class-data-sharing archive (the dump failed); the app runs without" >&2
fi
rm -rf "$train"
