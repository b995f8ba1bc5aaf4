#!/usr/bin/env bash
# Installs the Debian 12 packages WaQtor Admin needs to build, test and run.
# Only missing packages are installed; silent when everything is already there.
set -euo pipefail

# The one list of build/test/runtime packages; add new dependencies here.
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n  # qtbase_ar: Qt's own buttons and dialogs in Arabic
    qt6-charts-dev  # the Overview's charts (GPL-3: see LICENSE)
    libgl-dev libcrypt-dev libpq-dev zlib1g-dev
    postgresql postgresql-contrib
    libphonenumber-dev libqrencode-dev qtkeychain-qt6-dev
    # Tests: a real Secret Service for qtkeychain (GNOME Keyring in a D-Bus session of the test's own),
    # and openssl for the test server's certificate (the verify-ca / verify-full tests).
    gnome-keyring dbus-daemon openssl
    libicu-dev  # the import's list of regions by their names in the interface language
    xvfb xauth
    zbar-tools  # zbarimg: tst_qrcodeimage reads back the QR codes it draws
    # Qt's SVG image and icon-engine plugins: the icons are SVG, and the build renders the app icon's PNGs.
    libqt6svg6
    # tst_install runs the validators on the installed .desktop and AppStream files; dpkg-dev for cpack's dpkg-shlibdeps.
    desktop-file-utils appstream dpkg-dev
    # Contacts, campaign names and message texts are Arabic and Latin with emoji: without these
    # the Arabic shows in a fallback font (or as boxes) and emoji as empty boxes.
    fonts-noto-core fonts-noto-color-emoji
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    # dpkg-query fails for never-seen packages; treat that like "not installed".
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$pkg")
done
((${#missing[@]} == 0)) && exit 0

# apt needs root; a normal user goes through sudo. `env` because sudo resets the environment.
as_root() {
    if ((EUID == 0)); then
        env DEBIAN_FRONTEND=noninteractive "$@"
    else
        sudo env DEBIAN_FRONTEND=noninteractive "$@"
    fi
}
if ((EUID != 0)) && ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: missing packages: ${missing[*]}; run as root or install sudo" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}" >&2
as_root apt-get update -q
as_root apt-get install -y -q "${missing[@]}"
