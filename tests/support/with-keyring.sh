#!/usr/bin/env bash
# Runs a test in a D-Bus session of its own with a fresh GNOME Keyring, unlocked, as its Secret
# Service: qtkeychain then talks to a real keychain, and nothing touches the user's own.
#   with-keyring.sh TEST-BINARY [ARGS...]      (the test sees WAQTOR_TEST_KEYRING=1)
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
done
home=$(mktemp -d)
trap 'rm -rf -- "$home"' EXIT
mkdir -p "$home/data" "$home/config" "$home/run"
chmod 700 "$home/run"
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/run
unset DBUS_SESSION_BUS_ADDRESS
# --unlock with a password on stdin creates the "login" keyring, the default collection, and unlocks it.
exec dbus-run-session -- bash -c '
    printf "%s" "keyring-of-this-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    WAQTOR_TEST_KEYRING=1 exec "$@"' with-keyring "$@"
