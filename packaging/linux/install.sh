#!/bin/sh
# Install Kvinnofrid Västmanland from its tarball (or from the unpacked folder this script is in).
#
#   ./install.sh                         for the current user, no root needed:
#                                          ~/.local/opt/kvinnofrid-desktop/   the program
#                                          ~/.local/bin/kvinnofrid-desktop    command-line link
#                                          ~/.local/share/applications, icons, metainfo
#   sudo ./install.sh --system           for all users:
#                                          /opt/kvinnofrid-desktop/, /usr/local/bin link,
#                                          /usr/share/applications, icons, metainfo
#   ./install.sh kvinnofrid-desktop-0.1.0-linux-x86_64.tar.gz     install from a tarball
#   ./install.sh --system --destdir /tmp/stage                    stage for an OS package
#
# Settings and content packs are never touched: they live in the user's folders (see
# packaging/README.md). Installing again replaces the program (an upgrade).
set -eu

APP=kvinnofrid-desktop
APP_ID=se.kvinnofrid_vastmanland

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    echo
    echo "Usage: install.sh [--system] [--destdir DIR] [TARBALL|FOLDER]"
}

die() {
    echo "install.sh: $*" >&2
    exit 1
}

system=0
destdir=""
source=""
while [ $# -gt 0 ]; do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --system) system=1 ;;
        --user) system=0 ;;
        --destdir) [ $# -ge 2 ] || die "--destdir needs a folder"; destdir=$2; shift ;;
        --destdir=*) destdir=${1#--destdir=} ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) [ -z "$source" ] || die "only one tarball or folder, please"; source=$1 ;;
    esac
    shift
done

here=$(cd "$(dirname "$0")" && pwd)
if [ -z "$source" ]; then
    [ -x "$here/$APP" ] || die "no $APP here; pass the tarball: install.sh $APP-VERSION-linux-x86_64.tar.gz"
    source=$here
fi
[ -e "$source" ] || die "$source: no such file or folder"

if [ "$system" = 1 ]; then
    if [ -z "$destdir" ] && [ "$(id -u)" != 0 ]; then
        die "--system installs into /opt and /usr: run it with sudo (or install for yourself without --system)"
    fi
    appdir="$destdir/opt/$APP"
    bindir="$destdir/usr/local/bin"
    share="$destdir/usr/share"
    installed_appdir="/opt/$APP"
else
    [ -n "${HOME:-}" ] || die "HOME is not set"
    data_home=${XDG_DATA_HOME:-$HOME/.local/share}
    appdir="$destdir$HOME/.local/opt/$APP"
    bindir="$destdir$HOME/.local/bin"
    share="$destdir$data_home"
    installed_appdir="$HOME/.local/opt/$APP"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/$APP-install.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# 1. The program folder, complete, next to the old one; then swap them.
mkdir -p "$(dirname "$appdir")"
staged="$appdir.new.$$"
rm -rf "$staged"
if [ -d "$source" ]; then
    [ -x "$source/$APP" ] || die "$source does not contain the program ($APP)"
    cp -a "$source" "$staged"
else
    [ -f "$source" ] || die "$source: no such file"
    echo "Unpacking $(basename "$source") …"
    tar -xzf "$source" -C "$work" || die "$source is not a readable .tar.gz"
    [ -x "$work/$APP/$APP" ] || die "$source does not contain $APP/$APP"
    mv "$work/$APP" "$staged"
fi
"$staged/$APP" --version >/dev/null 2>&1 || {
    rm -rf "$staged"
    die "the program does not start on this machine ($staged/$APP --version failed); nothing was changed"
}
if [ -e "$appdir" ]; then
    rm -rf "$appdir.old.$$"
    mv "$appdir" "$appdir.old.$$"
fi
mv "$staged" "$appdir"
rm -rf "$appdir.old.$$"

# 2. Desktop integration: menu entry (with the absolute path), icons, AppStream metadata.
mkdir -p "$share/applications" "$share/metainfo" "$bindir"
sed -e "s|^Exec=.*|Exec=\"$installed_appdir/$APP\" %f|" \
    -e "s|^TryExec=.*|TryExec=$installed_appdir/$APP|" \
    "$appdir/share/applications/$APP_ID.desktop" > "$share/applications/$APP_ID.desktop"
chmod 644 "$share/applications/$APP_ID.desktop"
cp "$appdir/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/"
if [ -f "$appdir/share/mime/packages/$APP_ID.xml" ]; then  # the .kvpack file type
    mkdir -p "$share/mime/packages"
    cp "$appdir/share/mime/packages/$APP_ID.xml" "$share/mime/packages/"
fi
for icon in "$appdir"/share/icons/hicolor/*/apps/"$APP_ID".*; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$share/icons/hicolor/$size/apps"
    cp "$icon" "$share/icons/hicolor/$size/apps/"
done
ln -sf "$installed_appdir/$APP" "$bindir/$APP"

# 3. Caches (best effort: a missing tool only means the menu refreshes at next login).
if [ -z "$destdir" ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" 2>/dev/null || true
    fi
    if [ -d "$share/mime/packages" ] && command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$share/mime" >/dev/null 2>&1 || true
    fi
    touch "$share/icons/hicolor" 2>/dev/null || true
    if [ -f "$share/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$share/icons/hicolor" 2>/dev/null || true
    fi
fi

echo "Installed $("$appdir/$APP" --version 2>/dev/null | head -n 1) in $appdir"
echo "Start it from the applications menu (Kvinnofrid Västmanland) or run: $bindir/$APP"
if [ "$system" = 0 ]; then
    case ":${PATH:-}:" in
        *":$HOME/.local/bin:"*) ;;
        *) echo "Note: $HOME/.local/bin is not in PATH; the menu entry works anyway." ;;
    esac
fi
echo "Uninstall: $installed_appdir/uninstall.sh$([ "$system" = 1 ] && echo " --system")"
