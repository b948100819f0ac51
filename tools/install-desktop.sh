#!/usr/bin/env bash
# Install briefcard for the current user as a desktop app: the binary (cargo install), the
# menu entry, the icon in every size, and the card file type (*.briefcard.json), all under
# ~/.local. `tools/install-desktop.sh --uninstall` removes them again.
# The Debian package (`cargo deb`) installs the same files system-wide instead.
set -euo pipefail
cd "$(dirname "$0")/.."

data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="${CARGO_HOME:-$HOME/.cargo}/bin"
sizes=(16 32 48 64 128 256)

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  cargo uninstall briefcard 2>/dev/null || true
  rm -f "$data/applications/briefcard.desktop" "$data/mime/packages/briefcard.xml" \
    "$data/icons/hicolor/scalable/apps/briefcard.svg"
  for n in "${sizes[@]}"; do rm -f "$data/icons/hicolor/${n}x${n}/apps/briefcard.png"; done
  refresh
  echo "briefcard removed"
  exit 0
fi

cargo install --locked --path .
install -Dm644 assets/desktop/briefcard.desktop "$data/applications/briefcard.desktop"
# The menu entry names the binary by its full path: ~/.cargo/bin is often not on the PATH
# that a desktop session starts programs with.
sed -i "s|^Exec=briefcard |Exec=$bin/briefcard |; s|^TryExec=briefcard$|TryExec=$bin/briefcard|" \
  "$data/applications/briefcard.desktop"
install -Dm644 assets/desktop/briefcard-mime.xml "$data/mime/packages/briefcard.xml"
install -Dm644 assets/icons/briefcard.svg "$data/icons/hicolor/scalable/apps/briefcard.svg"
for n in "${sizes[@]}"; do
  install -Dm644 "assets/icons/briefcard-$n.png" "$data/icons/hicolor/${n}x${n}/apps/briefcard.png"
done
refresh
echo "briefcard installed: $bin/briefcard, with its menu entry, icon and card file type in $data"
