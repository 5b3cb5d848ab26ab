#!/bin/sh
# Adds Qalam to this user's application menu, pointing at this folder (run it again after moving the folder).
# Nothing is installed system-wide; to undo, delete the two files it names.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps"
cp "$here/qalam.png" "$data/icons/hicolor/256x256/apps/qalam.png"
sed -e "s|^Exec=.*|Exec=\"$here/qalam\"|" -e "s|^TryExec=.*|TryExec=$here/qalam|" \
    "$here/qalam.desktop" > "$data/applications/qalam.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$data/applications" || true; fi
echo "Added Qalam to the application menu:"
echo "  $data/applications/qalam.desktop"
echo "  $data/icons/hicolor/256x256/apps/qalam.png"
