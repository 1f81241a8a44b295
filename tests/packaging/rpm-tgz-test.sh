#!/usr/bin/env bash
# Builds the RPM and the TGZ from a configured and built tree and checks what they hold: the same
# files as the DEB, the RPM's declared Qt and QtKeychain requirements, and programs that run from
# the unpacked TGZ. Needs no root: nothing is installed into the system.
# Usage: rpm-tgz-test.sh BUILD_DIR VERSION     (exit 77: skipped, rpmbuild missing)
set -euo pipefail
build=$1
version=$2
app_id=org.example.TokenDesk

if ! command -v rpmbuild >/dev/null || ! command -v rpm >/dev/null; then
    echo "SKIP: building the RPM needs rpmbuild and rpm (apt-get install rpm)"
    exit 77
fi

work=$(mktemp -d /tmp/tokendesk-rpm-tgz-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
step() { echo "--- $*"; }

expected="/usr/bin/tokendesk /usr/bin/tokendesk-cli /usr/share/applications/$app_id.desktop
/usr/share/metainfo/$app_id.metainfo.xml
/usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/icons/hicolor/48x48/apps/$app_id.png
/usr/share/man/man1/tokendesk-cli.1.gz /usr/share/doc/tokendesk/copyright"

step "cpack -G RPM"
cpack -G RPM -B "$work/rpm" --config "$build/CPackConfig.cmake" >"$work/rpm.log" 2>&1 || {
    cat "$work/rpm.log"
    exit 1
}
rpmfile=$(ls "$work"/rpm/tokendesk-"$version"-*.rpm 2>/dev/null | head -n1)
test -n "$rpmfile" || { echo "FAIL: no tokendesk-$version RPM was produced"; ls "$work/rpm"; exit 1; }
rpm -qpl "$rpmfile" >"$work/rpm-files"
for path in $expected; do
    grep -qx "$path" "$work/rpm-files" || { echo "FAIL: $path is not in the RPM"; exit 1; }
done
# The RPM must not claim directories that belong to the filesystem package.
for dir in /usr/share/applications /usr/share/icons /usr/share/man/man1; do
    ! grep -qx "$dir" "$work/rpm-files" || { echo "FAIL: the RPM owns $dir"; exit 1; }
done
rpm -qpR "$rpmfile" >"$work/rpm-requires"
for requirement in qt6-qtbase qt6-qtbase-gui qt6-qtbase-postgresql qt6-qtsvg qtkeychain-qt6; do
    grep -q "^$requirement\b" "$work/rpm-requires" || { echo "FAIL: the RPM does not require $requirement"; exit 1; }
done
test "$(rpm -qp --qf '%{VERSION}' "$rpmfile")" = "$version" || { echo "FAIL: RPM version"; exit 1; }

step "cpack -G TGZ"
cpack -G TGZ -B "$work/tgz" --config "$build/CPackConfig.cmake" >"$work/tgz.log" 2>&1 || {
    cat "$work/tgz.log"
    exit 1
}
tgz=$(ls "$work"/tgz/tokendesk-"$version"-*.tar.gz 2>/dev/null | head -n1)
test -n "$tgz" || { echo "FAIL: no tokendesk-$version tar.gz was produced"; ls "$work/tgz"; exit 1; }
mkdir "$work/unpacked"
tar -xzf "$tgz" -C "$work/unpacked"
root=$(find "$work/unpacked" -mindepth 1 -maxdepth 1 -type d | head -n1)
for path in $expected; do
    # The archive holds the install tree without the /usr prefix.
    test -e "$root/${path#/usr/}" || { echo "FAIL: ${path#/usr/} is not in the TGZ"; exit 1; }
done

step "the unpacked programs run"
cli_version=$("$root/bin/tokendesk-cli" --version)
echo "$cli_version"
grep -q "$version" <<<"$cli_version" || { echo "FAIL: tokendesk-cli --version lacks $version"; exit 1; }
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/bin/tokendesk" --version)
echo "$gui_version"
grep -q "$version" <<<"$gui_version" || { echo "FAIL: tokendesk --version lacks $version"; exit 1; }
echo "PASS"
