#!/usr/bin/env bash
# Builds a self-contained AppDir of the Omnidesk desktop from a configured and
# built CMake tree:
#   packaging/appimage/build-appdir.sh [BUILD_DIR] [APPDIR]
# (defaults: build/pkg and BUILD_DIR/AppDir). appimagetool turns the AppDir
# into an AppImage (the release workflow does that); packaging/test-clean-rootfs.sh
# runs it on a Debian rootfs without Qt.
#
# What goes in:
#   - `DESTDIR=AppDir cmake --install BUILD_DIR --component desktop --prefix /usr`
#     (omnidesk, .desktop file, icon, AppStream metainfo, translations if any)
#   - Qt plugins: platforms xcb, offscreen and wayland (when installed), the xcb
#     GL integrations, input contexts, image formats (SVG too), the SVG icon
#     engine, SQL drivers SQLite and PostgreSQL, TLS backends, network information
#   - libraries loaded at run time by name: libsecret (QtKeychain), OpenSSL (Qt TLS)
#   - the ldd closure of all of that, except the libraries every Linux desktop
#     has and that must match the running system (EXCLUDED below)
#   - usr/bin/qt.conf pointing Qt at the bundled plugins, RUNPATHs set with
#     patchelf, and AppRun
# Needs: cmake, patchelf, ldd, file; the Qt the build used.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=$(realpath -m "${1:-$ROOT/build/pkg}")
APPDIR=$(realpath -m "${2:-$BUILD/AppDir}")
APP_ID=org.omnidesk.Omnidesk

log() { printf 'appdir: %s\n' "$*" >&2; }
die() { printf 'appdir: error: %s\n' "$*" >&2; exit 1; }

[ -f "$BUILD/CMakeCache.txt" ] || die "$BUILD is not a configured CMake build directory"
[ -x "$BUILD/app/omnidesk" ] || die "$BUILD/app/omnidesk is missing: build the omnidesk target first"
for tool in patchelf ldd file; do
    command -v "$tool" >/dev/null || die "$tool is missing (tools/dev package installs it)"
done

# Qt's plugin folder: the one of the Qt the build used.
QMAKE=$(sed -n 's/^QT_QMAKE_EXECUTABLE:[A-Z]*=//p' "$BUILD/CMakeCache.txt" | head -n1)
QT_DIR=$(sed -n 's/^Qt6_DIR:[A-Z]*=//p' "$BUILD/CMakeCache.txt" | head -n1)
QT_PLUGINS=${QT_PLUGINS:-}
if [ -z "$QT_PLUGINS" ]; then
    for q in "$QMAKE" "$(dirname "$QT_DIR")/../qt6/bin/qtpaths6" /usr/lib/qt6/bin/qtpaths6 qtpaths6 qmake6; do
        if [ -n "$q" ] && command -v "$q" >/dev/null 2>&1; then
            QT_PLUGINS=$("$q" -query QT_INSTALL_PLUGINS 2>/dev/null || "$q" --query QT_INSTALL_PLUGINS 2>/dev/null || true)
            [ -d "$QT_PLUGINS" ] && break
        fi
    done
fi
[ -d "$QT_PLUGINS" ] || die "cannot find Qt's plugin folder (set QT_PLUGINS=/path/to/qt6/plugins)"
QT_TRANSLATIONS=$(dirname "$QT_PLUGINS")/translations
[ -d "$QT_TRANSLATIONS" ] || QT_TRANSLATIONS=/usr/share/qt6/translations

# Never bundled: glibc (must be the system's), the GL/EGL vendor stack (must
# match the graphics driver), fontconfig and FreeType (must read the system's
# font configuration), and the C++ runtime (the GL driver loads the system's,
# which must not meet an older copy). Every desktop Linux has these; the
# AppDir needs glibc >= the build machine's (2.36 on Debian 12).
EXCLUDED_RE='^(ld-linux.*|libc|libm|libmvec|libdl|libpthread|librt|libresolv|libutil|libanl|libnsl|libBrokenLocale|libthread_db|libnss_.*|libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libGLESv2|libglapi|libgbm|libdrm|libvulkan|libfontconfig|libfreetype|libstdc\+\+|libgcc_s)\.so(\..*)?$'

log "installing the desktop component into $APPDIR"
rm -rf "$APPDIR"
DESTDIR="$APPDIR" cmake --install "$BUILD" --component desktop --prefix /usr --strip >/dev/null

USR="$APPDIR/usr"
mkdir -p "$USR/lib" "$USR/plugins"

# --- Qt plugins ------------------------------------------------------------------
copy_plugin() { # <group> <file glob>; quietly skips what this Qt does not have
    local group=$1 pattern=$2 f copied=0
    for f in "$QT_PLUGINS/$group"/$pattern; do
        [ -e "$f" ] || continue
        mkdir -p "$USR/plugins/$group"
        cp -L "$f" "$USR/plugins/$group/"
        copied=1
    done
    [ $copied -eq 1 ] && log "plugin $group/$pattern"
    return 0
}
copy_plugin platforms 'libqxcb.so'
copy_plugin platforms 'libqoffscreen.so'
copy_plugin platforms 'libqwayland-*.so'
copy_plugin xcbglintegrations '*.so'
copy_plugin platforminputcontexts '*.so'
copy_plugin imageformats '*.so'
copy_plugin iconengines 'libqsvgicon.so'
copy_plugin sqldrivers 'libqsqlite.so'
copy_plugin sqldrivers 'libqsqlpsql.so'
copy_plugin tls '*.so'
copy_plugin networkinformation '*.so'
copy_plugin platformthemes 'libqxdgdesktopportal.so'
for group in wayland-shell-integration wayland-decoration-client wayland-graphics-integration-client; do
    copy_plugin "$group" '*.so'
done
[ -f "$USR/plugins/platforms/libqxcb.so" ] || die "Qt's xcb platform plugin is missing in $QT_PLUGINS"
[ -f "$USR/plugins/imageformats/libqsvg.so" ] || die "Qt's SVG image plugin is missing (install the Qt SVG module)"

# --- Libraries loaded by name at run time (not visible to ldd) ----------------------------
find_system_lib() { # <soname> -> path
    ldconfig -p | awk -v n="$1" '$1 == n && /x86-64|64bit|AArch64/ { print $NF; exit }'
}
for soname in libsecret-1.so.0 libssl.so.3 libcrypto.so.3; do
    path=$(find_system_lib "$soname")
    [ -n "$path" ] || die "$soname not found on this machine (QtKeychain/Qt TLS load it at run time)"
    cp -L "$path" "$USR/lib/$soname"
done

# --- Dependency closure through ldd --------------------------------------------------------
elf_files() {
    find "$USR/bin" "$USR/lib" "$USR/plugins" -type f | while read -r f; do
        file -b "$f" | grep -q '^ELF' && printf '%s\n' "$f"
    done
}
declare -A SEEN=()
added=1
while [ $added -gt 0 ]; do
    added=0
    while read -r elf; do
        [ -n "${SEEN[$elf]:-}" ] && continue
        SEEN[$elf]=1
        while read -r name path; do
            [ -n "$name" ] || continue
            [[ "$name" =~ $EXCLUDED_RE ]] && continue
            [ -e "$USR/lib/$name" ] && continue
            [ "$path" = "not" ] && die "$(basename "$elf") needs $name, which is not on this machine"
            cp -L "$path" "$USR/lib/$name"
            added=$((added + 1))
        done < <(ldd "$elf" 2>/dev/null | awk '/=>/ { print $1, $3 }')
    done < <(elf_files)
done
log "bundled $(find "$USR/lib" -name '*.so*' | wc -l) libraries"

# --- RUNPATHs: every ELF finds its libraries inside the AppDir ------------------------------
while read -r elf; do
    rel=$(realpath --relative-to="$(dirname "$elf")" "$USR/lib")
    if [ "$rel" = "." ]; then runpath='$ORIGIN'; else runpath="\$ORIGIN/$rel"; fi
    patchelf --set-rpath "$runpath" "$elf"
done < <(elf_files)

# --- Qt configuration, translations, AppRun, desktop entry ---------------------------------
cat >"$USR/bin/qt.conf" <<'CONF'
# Written by packaging/appimage/build-appdir.sh: Qt looks for its plugins and
# translations inside the AppDir, never in the system's Qt.
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
Translations = translations
Data = share
CONF

mkdir -p "$USR/translations"
# Qt's own texts (standard buttons, dialogs) in the languages of the desktop,
# when qt6-translations-l10n is installed on the build machine.
for lang in de es nl pt_BR; do
    qm="$QT_TRANSLATIONS/qtbase_$lang.qm"
    if [ -f "$qm" ]; then cp "$qm" "$USR/translations/"; fi
done
# Omnidesk's own .qm files are embedded in the binary by qt_add_translations,
# or installed to usr/share/omnidesk/translations by `cmake --install` (see
# cmake/OmnideskInstall.cmake); both are already in place.

install -m 0755 "$ROOT/packaging/appimage/AppRun" "$APPDIR/AppRun"
cp "$USR/share/applications/$APP_ID.desktop" "$APPDIR/$APP_ID.desktop"
cp "$USR/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$APPDIR/$APP_ID.svg"
ln -sf "$APP_ID.svg" "$APPDIR/.DirIcon"

# --- Checks ----------------------------------------------------------------------------------
missing=$(elf_files | while read -r elf; do
    env -u LD_LIBRARY_PATH ldd "$elf" 2>/dev/null | awk -v f="$(basename "$elf")" '/not found/ { print f ": " $1 }'
done)
[ -z "$missing" ] || die "unresolved libraries:
$missing"
version=$(env -i "$APPDIR/AppRun" --version)
log "AppRun --version: $version"
log "done: $APPDIR ($(du -sh "$APPDIR" | cut -f1))"
