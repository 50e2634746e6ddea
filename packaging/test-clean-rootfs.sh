#!/usr/bin/env bash
# Proves the Linux packages work on a machine that has never seen Qt: a minimal
# Debian 12 rootfs made with debootstrap, entered with chroot.
#
#   sudo packaging/test-clean-rootfs.sh [--build DIR] [--only appdir|deb] [--screenshot FILE]
#
# (a) AppDir: copies BUILD/AppDir into a fresh rootfs (no Qt in it), starts it
#     there as an ordinary user on an X server, waits for the sign-in window,
#     checks every Qt library in the process comes from the AppDir and saves a
#     screenshot (default docs/screenshots/appimage-clean-rootfs.png).
# (b) Debian packages: installs BUILD/packages/*.deb with apt into another fresh
#     rootfs, runs `omnidesk --version` and `omnidesk-profiled --version`, checks
#     the system user and data folder, starts the service the way its systemd
#     unit does (ExecStart as User=) and asks GET /healthz; then removes and
#     purges the packages.
#
# The X server (Xvfb) runs on this machine; its socket is bind-mounted into the
# rootfs. So the rootfs gets no X server, only what a desktop has anyway: the
# GL/EGL libraries, fontconfig and a font (BASE_PKGS below). systemd does not run
# inside a chroot: the unit file is checked and its command run by hand, but
# `systemctl start` itself is not exercised.
#
# Needs root, debootstrap, Xvfb, xdotool, ImageMagick (import), unshare and ip
# (util-linux, iproute2), network access to deb.debian.org (the base rootfs is
# cached in build/rootfs-cache, apt downloads in build/rootfs-cache/apt-archives).
# Prints one PASS/FAIL line per check and exits 1 if any check failed.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD="$ROOT/build/pkg"
ONLY=""
SCREENSHOT="$ROOT/docs/screenshots/appimage-clean-rootfs.png"
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=bookworm
CACHE="$ROOT/build/rootfs-cache"
WORK="$ROOT/build/rootfs-work"

ARGS=("$@")
while [ $# -gt 0 ]; do
    case "$1" in
        --build) BUILD=$(realpath "$2"); shift 2 ;;
        --only) ONLY=$2; shift 2 ;;
        --screenshot) SCREENSHOT=$(realpath -m "$2"); shift 2 ;;
        -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

# What every desktop Linux has and the AppDir deliberately does not bundle
# (see packaging/appimage/build-appdir.sh), plus curl and CA certificates for
# the health check. No Qt, no X server.
BASE_PKGS=ca-certificates,curl,libgl1,libegl1,libopengl0,libfontconfig1,fonts-dejavu-core

PASSES=0
FAILS=0
pass() { printf '\033[1;32mPASS\033[0m %s\n' "$*"; PASSES=$((PASSES + 1)); }
fail() { printf '\033[1;31mFAIL\033[0m %s\n' "$*"; FAILS=$((FAILS + 1)); }
info() { printf '     %s\n' "$*"; }
die() { printf '\033[1;31mFAIL\033[0m %s\n' "$*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mount need it)"
# Every mount below lives in a private mount namespace: nothing can propagate
# to this machine's /dev or /proc, and the kernel drops them all when we exit.
if [ -z "${OMNIDESK_ROOTFS_NS:-}" ]; then
    command -v unshare >/dev/null || die "unshare (util-linux) is missing"
    OMNIDESK_ROOTFS_NS=1 exec unshare --mount --propagation private -- "$0" "${ARGS[@]}"
fi
for tool in debootstrap chroot unshare ip mount tar zstd; do
    command -v "$tool" >/dev/null || die "$tool is missing (tools/dev package installs what this script needs)"
done

# --- Cleanup: every mount and process we make is recorded and undone -------------------------
MOUNTS=()
PIDS=()
ROOTFS_DIRS=()
cleanup() {
    local i
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount -R "${MOUNTS[$i]}" 2>/dev/null || umount -R -l "${MOUNTS[$i]}" 2>/dev/null
    done
    for dir in "${ROOTFS_DIRS[@]}"; do
        if grep -q " $dir/" /proc/mounts; then
            info "not removing $dir: something is still mounted in it"
        else
            rm -rf --one-file-system "$dir"
        fi
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_into() { # <mount args…> <target>
    local target=${*: -1}
    mkdir -p "$target"
    mount "$@" && MOUNTS+=("$target")
}

# --- The cached base rootfs ----------------------------------------------------------------
BASE_KEY=$(printf '%s %s %s' "$SUITE" "$BASE_PKGS" "$MIRROR" | sha256sum | cut -c1-12)
BASE_TAR="$CACHE/debian-$SUITE-minbase-$BASE_KEY.tar.zst"

make_base() {
    [ -f "$BASE_TAR" ] && return 0
    mkdir -p "$CACHE"
    local tmp="$CACHE/debootstrap.$$"
    info "debootstrap $SUITE (minbase + $BASE_PKGS) from $MIRROR; cached in $BASE_TAR"
    ROOTFS_DIRS+=("$tmp")
    if ! debootstrap --variant=minbase --include="$BASE_PKGS" "$SUITE" "$tmp" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1; then
        tail -n 20 "$CACHE/debootstrap.log"
        die "debootstrap failed (log: $CACHE/debootstrap.log)"
    fi
    # debootstrap can leave /proc mounted inside.
    umount "$tmp/proc" 2>/dev/null || umount -l "$tmp/proc" 2>/dev/null || true
    tar -C "$tmp" --zstd -cf "$BASE_TAR.part" . && mv "$BASE_TAR.part" "$BASE_TAR"
    rm -rf "$tmp"
}

# Unpacks a fresh copy of the base rootfs into ROOTFS, with /proc, /sys, /dev and DNS.
ROOTFS=""
new_rootfs() { # <name>
    ROOTFS="$WORK/$1"
    rm -rf --one-file-system "$ROOTFS"
    mkdir -p "$ROOTFS"
    ROOTFS_DIRS+=("$ROOTFS")
    tar -C "$ROOTFS" --zstd -xf "$BASE_TAR" || return 1
    cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
    mount_into -t proc proc "$ROOTFS/proc"
    mount_into -t sysfs sys "$ROOTFS/sys"
    mount_into --rbind /dev "$ROOTFS/dev"
    # Never start services from package scripts in the chroot.
    printf '#!/bin/sh\nexit 101\n' >"$ROOTFS/usr/sbin/policy-rc.d"
    chmod 755 "$ROOTFS/usr/sbin/policy-rc.d"
}

free_display() {
    local n
    for n in $(seq 90 140); do
        [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { echo "$n"; return; }
    done
    return 1
}

# Starts Xvfb here and makes its socket visible in the rootfs; sets DISPLAY_NUM.
DISPLAY_NUM=""
start_x() { # <rootfs>
    if [ -z "$DISPLAY_NUM" ]; then
        DISPLAY_NUM=$(free_display) || { fail "no free X display number"; return 1; }
        Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp -ac >"$WORK/xvfb.log" 2>&1 &
        PIDS+=($!)
        local i
        for i in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.1; done
        [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] || { fail "Xvfb did not start (log: $WORK/xvfb.log)"; return 1; }
    fi
    mount_into --bind /tmp/.X11-unix "$1/tmp/.X11-unix"
}

# Waits up to 30 s for the sign-in window of process <pid>; prints its X id.
wait_for_sign_in() { # <pid>
    local i window=""
    for i in $(seq 1 300); do
        window=$(DISPLAY=":$DISPLAY_NUM" xdotool search --onlyvisible --name '^Sign in to Omnidesk' 2>/dev/null | head -n1)
        [ -n "$window" ] && break
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$window" ] && printf '%s\n' "$window"
}

# --- (a) The AppDir ------------------------------------------------------------------------
test_appdir() {
    local appdir="$BUILD/AppDir"
    echo "== AppDir on a clean Debian 12 rootfs"
    if [ ! -x "$appdir/AppRun" ]; then
        fail "no AppDir at $appdir (run packaging/appimage/build-appdir.sh first)"
        return
    fi
    for tool in Xvfb xdotool import; do
        command -v "$tool" >/dev/null || { fail "$tool is missing on this machine"; return; }
    done
    new_rootfs appdir || { fail "cannot unpack the base rootfs"; return; }
    local rootfs=$ROOTFS

    local qt_libs
    qt_libs=$(find "$rootfs/usr" "$rootfs/etc" -name 'libQt6*' -o -name 'libqt6*' -o -name 'qt6' 2>/dev/null | head -n 3)
    if [ -z "$qt_libs" ]; then pass "the rootfs has no Qt (no libQt6*, no qt6 folder)"; else fail "the rootfs has Qt: $qt_libs"; fi

    cp -a "$appdir" "$rootfs/opt/Omnidesk.AppDir"
    chroot "$rootfs" useradd --create-home --shell /bin/sh agent
    if chroot --userspec=agent:agent "$rootfs" env -i HOME=/home/agent /opt/Omnidesk.AppDir/AppRun --version \
        >"$WORK/appdir-version.txt" 2>&1; then
        pass "AppRun --version: $(cat "$WORK/appdir-version.txt")"
    else
        fail "AppRun --version: $(cat "$WORK/appdir-version.txt")"
    fi

    start_x "$rootfs" || return
    local display=$DISPLAY_NUM

    # Nothing listens on port 1: the desktop shows the sign-in window either way.
    chroot --userspec=agent:agent "$rootfs" env -i HOME=/home/agent DISPLAY=":$display" LANG=C.UTF-8 \
        /opt/Omnidesk.AppDir/AppRun --server ws://127.0.0.1:1 >"$WORK/appdir-run.log" 2>&1 &
    local app=$!
    PIDS+=("$app")

    local window
    window=$(wait_for_sign_in "$app")
    if [ -z "$window" ]; then
        fail "the sign-in window did not appear within 30 s (log: $WORK/appdir-run.log)"
        tail -n 20 "$WORK/appdir-run.log" | sed 's/^/     /'
        return
    fi
    pass "the sign-in window is shown (X window $window)"
    sleep 1 # let it finish painting

    # chroot, env, AppRun and omnidesk all exec: $app is the desktop itself.
    # Seen from here, its files carry the rootfs path in front.
    local mapped
    mapped=$(awk '$6 ~ /\.so/ { print $6 }' "/proc/$app/maps" | sort -u | sed "s#^$rootfs##")
    local qt outside
    qt=$(grep -E '/lib(Qt6|qt6|q)[^/]*\.so' <<<"$mapped" || true)
    outside=$(grep -v '^/opt/Omnidesk.AppDir/' <<<"$qt" || true)
    if [ -n "$qt" ] && [ -z "$outside" ]; then
        pass "all $(wc -l <<<"$qt") Qt libraries and plugins in the process come from the AppDir"
    else
        fail "Qt libraries from outside the AppDir: $outside"
    fi
    info "libraries taken from the rootfs: $(grep -v '^/opt/' <<<"$mapped" | xargs -n1 basename | tr '\n' ' ')"

    mkdir -p "$(dirname "$SCREENSHOT")"
    if import -display ":$display" -window root "$SCREENSHOT" 2>"$WORK/import.log"; then
        pass "screenshot saved: ${SCREENSHOT#"$ROOT"/}"
    else
        fail "screenshot failed: $(cat "$WORK/import.log")"
    fi
    kill "$app" 2>/dev/null
    wait "$app" 2>/dev/null
}

# --- (b) The Debian packages -----------------------------------------------------------------
test_debs() {
    echo "== Debian packages on a clean Debian 12 rootfs"
    local debs=("$BUILD"/packages/omnidesk_*.deb "$BUILD"/packages/omnidesk-profiled_*.deb)
    if [ ! -f "${debs[0]}" ] || [ ! -f "${debs[1]}" ]; then
        fail "no omnidesk_*.deb and omnidesk-profiled_*.deb in $BUILD/packages (run cpack there first)"
        return
    fi
    local version
    version=$(dpkg-deb -f "${debs[0]}" Version)
    version=${version%-*}
    new_rootfs debs || { fail "cannot unpack the base rootfs"; return; }
    local rootfs=$ROOTFS
    mkdir -p "$CACHE/apt-archives/partial"
    mount_into --bind "$CACHE/apt-archives" "$rootfs/var/cache/apt/archives"
    mkdir -p "$rootfs/tmp/debs"
    cp "${debs[@]}" "$rootfs/tmp/debs/"

    local log="$WORK/apt.log"
    if chroot "$rootfs" env DEBIAN_FRONTEND=noninteractive sh -c \
        'apt-get update -q && apt-get install -y -q --no-install-recommends /tmp/debs/*.deb' >"$log" 2>&1; then
        pass "apt installs $(cd "$rootfs/tmp/debs" && echo *.deb) with their dependencies"
    else
        fail "apt install failed (log: $log)"
        tail -n 20 "$log" | sed 's/^/     /'
        return
    fi

    local out
    out=$(chroot "$rootfs" env -i omnidesk --version 2>&1)
    [ "$out" = "omnidesk $version" ] && pass "omnidesk --version: $out" || fail "omnidesk --version: '$out' (expected 'omnidesk $version')"
    out=$(chroot "$rootfs" env -i omnidesk-profiled --version 2>&1)
    [ "$out" = "omnidesk-profiled $version" ] && pass "omnidesk-profiled --version: $out" ||
        fail "omnidesk-profiled --version: '$out' (expected 'omnidesk-profiled $version')"

    if chroot "$rootfs" getent passwd omnidesk | grep -q ':/var/lib/omnidesk:/usr/sbin/nologin$'; then
        pass "system user omnidesk exists (home /var/lib/omnidesk, no login shell)"
    else
        fail "system user omnidesk: '$(chroot "$rootfs" getent passwd omnidesk)'"
    fi
    out=$(chroot "$rootfs" stat -c '%U:%G %a' /var/lib/omnidesk 2>&1)
    [ "$out" = "omnidesk:omnidesk 750" ] && pass "data folder /var/lib/omnidesk is $out" || fail "data folder: $out"

    local unit="$rootfs/usr/lib/systemd/system/omnidesk-profiled.service"
    local exec_start user
    exec_start=$(sed -n 's/^ExecStart=//p' "$unit" 2>/dev/null)
    user=$(sed -n 's/^User=//p' "$unit" 2>/dev/null)
    if [ -n "$exec_start" ] && [ -x "$rootfs${exec_start%% *}" ] && [ "$user" = omnidesk ]; then
        pass "systemd unit installed: ExecStart=$exec_start, User=$user"
    else
        fail "systemd unit: '$unit' ExecStart='$exec_start' User='$user'"
    fi
    for f in usr/share/applications/org.omnidesk.Omnidesk.desktop \
        usr/share/icons/hicolor/scalable/apps/org.omnidesk.Omnidesk.svg \
        usr/share/metainfo/org.omnidesk.Omnidesk.metainfo.xml; do
        [ -f "$rootfs/$f" ] && pass "installed /$f" || fail "missing /$f"
    done

    # The unit's command as the unit's user, in a private network namespace so
    # port 8477 is free whatever runs on this machine.
    local health
    health=$(unshare --net -- bash -c '
        ip link set lo up
        chroot --userspec=omnidesk:omnidesk "$1" $2 >"$3" 2>&1 &
        svc=$!
        for _ in $(seq 1 100); do grep -q "listening on" "$3" && break; kill -0 $svc 2>/dev/null || break; sleep 0.1; done
        chroot "$1" curl -sS --max-time 5 -w " HTTP %{http_code}" http://127.0.0.1:8477/healthz
        kill -TERM $svc; wait $svc; echo " exit $?"' svc "$rootfs" "$exec_start" "$WORK/service.log" 2>&1)
    if [[ "$health" == *'"status":"ok"'* && "$health" == *"\"version\":\"$version\""* && "$health" == *"HTTP 200"* ]]; then
        pass "service started as in its unit; GET /healthz: $health"
    else
        fail "GET /healthz: '$health' (service log: $WORK/service.log)"
        tail -n 10 "$WORK/service.log" | sed 's/^/     /'
    fi
    if [ -f "$rootfs/var/lib/omnidesk/omnidesk.sqlite" ] &&
        [ "$(chroot "$rootfs" stat -c %U /var/lib/omnidesk/omnidesk.sqlite)" = omnidesk ]; then
        pass "the store was created in /var/lib/omnidesk, owned by omnidesk"
    else
        fail "no store owned by omnidesk in /var/lib/omnidesk: $(ls -l "$rootfs/var/lib/omnidesk" 2>&1 | tr '\n' ' ')"
    fi

    # The packaged desktop on an X server: its hand-written Depends (Qt plugins,
    # SQLite driver) must be enough.
    if command -v Xvfb >/dev/null && command -v xdotool >/dev/null && start_x "$rootfs"; then
        chroot "$rootfs" useradd --create-home --shell /bin/sh agent
        chroot --userspec=agent:agent "$rootfs" env -i HOME=/home/agent DISPLAY=":$DISPLAY_NUM" LANG=C.UTF-8 \
            PATH=/usr/bin:/bin omnidesk --server ws://127.0.0.1:1 >"$WORK/deb-desktop.log" 2>&1 &
        local app=$!
        PIDS+=("$app")
        if [ -n "$(wait_for_sign_in "$app")" ]; then
            pass "the installed desktop shows the sign-in window"
        else
            fail "the installed desktop showed no sign-in window (log: $WORK/deb-desktop.log)"
            tail -n 10 "$WORK/deb-desktop.log" | sed 's/^/     /'
        fi
        kill "$app" 2>/dev/null
        wait "$app" 2>/dev/null
    else
        info "no Xvfb/xdotool here: the installed desktop was not started"
    fi

    if chroot "$rootfs" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q omnidesk omnidesk-profiled \
        >"$WORK/purge.log" 2>&1 && [ ! -e "$rootfs/usr/bin/omnidesk-profiled" ] && [ ! -e "$unit" ]; then
        pass "apt purge removes both packages cleanly (data in /var/lib/omnidesk kept: $(ls "$rootfs/var/lib/omnidesk" | tr '\n' ' '))"
    else
        fail "apt purge (log: $WORK/purge.log)"
    fi
}

mkdir -p "$WORK"
make_base
[ "$ONLY" = deb ] || test_appdir
[ "$ONLY" = appdir ] || test_debs

echo "== $PASSES passed, $FAILS failed"
[ "$FAILS" -eq 0 ]
