#!/usr/bin/env bash
# Builds OutsideIn's installers with the JDK's own tools: jlink makes a Java runtime that holds only
# the modules the app needs, and jpackage puts it with the app's jars into an app image (a folder
# with a launcher) and wraps that into an installer.
#
#   ./mvnw -Ppackage package              builds the jar, then runs this script
#   packaging/build.sh [--types "..."]    after ./mvnw package
#
# Linux (tried here): app-image, tar (the app image as .tar.gz) and deb (needs dpkg-deb and
# fakeroot); all three by default. Windows (app-image, msi) and macOS (app-image, dmg) read their
# settings from packaging/windows and packaging/macos: NOT BUILT OR TRIED HERE.
# Needs a JDK 17 or newer with its jmods (JAVA_HOME, else the java on the PATH), and objcopy on Linux.
# Writes target/packaging/: runtime/, image/NAME (the app image) and installers/.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s (at %d s)\n' "$*" "$((SECONDS - started))"; }
fail() {
  printf 'packaging: %s\n' "$*" >&2
  exit 1
}

case "$(uname -s)" in
  Linux) system=linux default_types="app-image tar deb" ;;
  Darwin) system=macos default_types="app-image dmg" ;;
  MINGW* | MSYS* | CYGWIN*) system=windows default_types="app-image msi" ;;
  *) fail "unknown system $(uname -s)" ;;
esac
types="${OUTSIDEIN_PACKAGE_TYPES:-$default_types}"
while [ $# -gt 0 ]; do
  case "$1" in
    --types)
      types="${2:?--types needs a list, e.g. \"app-image deb\"}"
      shift 2
      ;;
    -h | --help)
      sed -n '2,14p' "$0"
      exit 0
      ;;
    *) fail "unknown argument $1 (try --help)" ;;
  esac
done
if [ "$system" != linux ]; then
  echo "packaging: WARNING: packaging for $system has not been tried; see packaging/README.md" >&2
fi

# The JDK: JAVA_HOME, else the one whose java is on the PATH.
jdk="${JAVA_HOME:-}"
if [ -z "$jdk" ]; then
  java=$(command -v java) || fail "no JDK found: set JAVA_HOME to a JDK 17 or newer"
  jdk=$(dirname "$(dirname "$(readlink -f "$java")")")
fi
exe=""
[ "$system" = windows ] && exe=".exe"
for tool in jdeps jlink jpackage; do
  [ -x "$jdk/bin/$tool$exe" ] || fail "$jdk has no bin/$tool: use a full JDK 17 or newer"
done
[ -e "$jdk/jmods/java.base.jmod" ] ||
  fail "jlink needs the JDK's jmods in $jdk/jmods (Debian: openjdk-17-jdk-headless; Ubuntu: openjdk-17-jmods)"
if [ "$system" = linux ]; then
  command -v objcopy >/dev/null ||
    fail "jlink --strip-debug needs objcopy (Debian, Ubuntu: apt-get install binutils)"
fi
case " $types " in
  *" deb "*)
    command -v dpkg-deb >/dev/null || fail "the .deb needs dpkg-deb (apt-get install dpkg)"
    command -v fakeroot >/dev/null || fail "the .deb needs fakeroot (apt-get install fakeroot)"
    ;;
esac

# What ./mvnw package built.
[ -f target/outsidein.jar ] && [ -d target/lib ] ||
  fail "target/outsidein.jar and target/lib/ are missing: run ./mvnw package first"
version=$(sed -n 's/^version=//p' target/classes/com/outsidein/service/version.properties 2>/dev/null || true)
notice=target/classes/META-INF/THIRD-PARTY.txt
[ -n "$version" ] && [ -f "$notice" ] || fail "the build's version or $notice is missing: run ./mvnw package first"
app_version=${version%%-*} # jpackage takes one to three numbers: 0.2.0-SNAPSHOT is 0.2.0
name=$(sed -n 's/^--name //p' "packaging/$system/jpackage.args")
arch=$(uname -m)

started=$SECONDS
out=target/packaging
rm -rf "$out"
mkdir -p "$out/input" "$out/image" "$out/installers"

say "The Java modules the app needs (jdeps)"
modules=$("$jdk/bin/jdeps$exe" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "target/lib/*" target/outsidein.jar)
# jdeps sees what the classes refer to, not what is looked up at run time: the zip file system
# (jdk.zipfs) is a service that reading files inside zips may need.
modules="$modules,jdk.zipfs"
echo "$modules"

say "The Java runtime (jlink)"
"$jdk/bin/jlink$exe" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$out/runtime"

say "The app image (jpackage)"
cp target/outsidein.jar "$out/input/"
cp -R target/lib "$out/input/lib"
# The licences travel with the app, beside its jar (lib/app/ on Linux): OutsideIn's own and the
# third-party notice.
cp LICENSE "$out/input/LICENSE"
cp "$notice" "$out/input/THIRD-PARTY.txt"
extra=()
[ -f "packaging/$system/app-image.args" ] && extra+=("@packaging/$system/app-image.args")
"$jdk/bin/jpackage$exe" --type app-image \
  @packaging/jpackage.args "@packaging/$system/jpackage.args" ${extra[@]+"${extra[@]}"} \
  --app-version "$app_version" \
  --input "$out/input" --main-jar outsidein.jar --main-class com.outsidein.app.Main \
  --runtime-image "$out/runtime" --dest "$out/image"

image="$out/image/$name"
[ "$system" = macos ] && image="$image.app"
echo "$image"

# A class-data-sharing archive of the classes a start and a first export load (packaging/cds.sh).
if [ "$system" = linux ] && [ "${OUTSIDEIN_CDS:-1}" = 1 ]; then
  say "A class-data-sharing archive (training runs)"
  packaging/cds.sh "$image" "$name"
fi

for type in $types; do
  case "$type" in
    app-image) ;;
    tar)
      say "The app image as .tar.gz"
      tar -C "$out/image" -czf "$out/installers/$name-$version-$system-$arch.tar.gz" "$name"
      ;;
    deb | msi | dmg | rpm | pkg | exe)
      say "The .$type installer (jpackage)"
      "$jdk/bin/jpackage$exe" --type "$type" \
        @packaging/jpackage.args "@packaging/$system/jpackage.args" "@packaging/$system/$type.args" \
        --app-version "$app_version" --app-image "$image" --dest "$out/installers"
      ;;
    *) fail "unknown package type $type" ;;
  esac
done

printf '\n== Done in %d s\n' "$((SECONDS - started))"
du -sh "$out/runtime" "$image" "$out"/installers/* 2>/dev/null || true
