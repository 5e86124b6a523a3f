#!/bin/sh
# Remove Kvinnofrid Västmanland installed by install.sh.
#
#   ./uninstall.sh                 the current user's installation (~/.local/…)
#   sudo ./uninstall.sh --system   the installation for all users (/opt, /usr/share …)
#   ./uninstall.sh --purge         also delete this user's settings and installed content
#                                  packs (never done without --purge)
set -eu

APP=kvinnofrid-desktop
APP_ID=se.kvinnofrid_vastmanland
SIZES="16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512 scalable"

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    echo
    echo "Usage: uninstall.sh [--system] [--destdir DIR] [--purge]"
}

die() {
    echo "uninstall.sh: $*" >&2
    exit 1
}

system=0
destdir=""
purge=0
while [ $# -gt 0 ]; do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --system) system=1 ;;
        --user) system=0 ;;
        --purge) purge=1 ;;
        --destdir) [ $# -ge 2 ] || die "--destdir needs a folder"; destdir=$2; shift ;;
        --destdir=*) destdir=${1#--destdir=} ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
done

if [ "$system" = 1 ]; then
    if [ -z "$destdir" ] && [ "$(id -u)" != 0 ]; then
        die "--system removes files from /opt and /usr: run it with sudo"
    fi
    appdir="$destdir/opt/$APP"
    bindir="$destdir/usr/local/bin"
    share="$destdir/usr/share"
else
    [ -n "${HOME:-}" ] || die "HOME is not set"
    data_home=${XDG_DATA_HOME:-$HOME/.local/share}
    appdir="$destdir$HOME/.local/opt/$APP"
    bindir="$destdir$HOME/.local/bin"
    share="$destdir$data_home"
fi

[ -e "$appdir" ] || [ -e "$share/applications/$APP_ID.desktop" ] ||
    die "not installed here ($appdir)"

# Only a link that points into our folder is ours.
if [ -L "$bindir/$APP" ]; then
    case "$(readlink "$bindir/$APP")" in
        */"$APP"/"$APP") rm -f "$bindir/$APP" ;;
    esac
fi
rm -f "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
rm -f "$share/mime/packages/$APP_ID.xml"
for size in $SIZES; do
    rm -f "$share/icons/hicolor/$size/apps/$APP_ID.png" "$share/icons/hicolor/$size/apps/$APP_ID.svg"
done
# The program folder last: this script may be running from it (the open file stays readable).
rm -rf "$appdir"

if [ -z "$destdir" ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" 2>/dev/null || true
    fi
    if [ -d "$share/mime/packages" ] && command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$share/mime" >/dev/null 2>&1 || true
    fi
    if [ -f "$share/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$share/icons/hicolor" 2>/dev/null || true
    fi
fi
echo "Removed $APP from $appdir"

config="${XDG_CONFIG_HOME:-$HOME/.config}/Kvinnofrid Västmanland/$APP"
data="${KVINNOFRID_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/$APP}"
if [ "$purge" = 1 ]; then
    rm -rf "$config" "$data"
    rmdir "${XDG_CONFIG_HOME:-$HOME/.config}/Kvinnofrid Västmanland" 2>/dev/null || true
    echo "Deleted this user's settings ($config) and content packs ($data)"
else
    echo "Kept this user's settings ($config) and content packs ($data); --purge deletes them"
fi
