#!/usr/bin/env bash
# Builds the DEB from a configured and built tree, installs it with apt (which must pull in the
# declared dependencies), runs what it installed, validates the desktop integration it installed,
# and removes it again — also when a step fails, so a failing run leaves the machine as it was.
# Usage: deb-install-test.sh BUILD_DIR VERSION     (exit 77: skipped, not root or no apt)
set -euo pipefail
build=$1
version=$2
app_id=org.example.TokenDesk

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "SKIP: installing a package needs root and apt-get"
    exit 77
fi
if dpkg-query -W -f='${Status}' tokendesk 2>/dev/null | grep -q "install ok installed"; then
    echo "SKIP: a tokendesk package is already installed; not replacing it"
    exit 77
fi

work=$(mktemp -d /tmp/tokendesk-deb-test.XXXXXX)
installed=no
cleanup() {
    if [ "$installed" = yes ]; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=300 tokendesk >/dev/null 2>&1 ||
            dpkg --purge tokendesk >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step() { echo "--- $*"; }

step "cpack -G DEB"
cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    exit 1
}
deb="$work/tokendesk_${version}_amd64.deb"
test -f "$deb" || { echo "FAIL: $deb was not produced"; ls "$work"; exit 1; }

step "package contents and metadata"
dpkg-deb -c "$deb" >"$work/contents"
for path in ./usr/bin/tokendesk ./usr/bin/tokendesk-cli \
    ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg ./usr/share/icons/hicolor/48x48/apps/$app_id.png \
    ./usr/share/man/man1/tokendesk.1.gz ./usr/share/man/man1/tokendesk-cli.1.gz \
    ./usr/share/doc/tokendesk/copyright ./usr/share/doc/tokendesk/changelog.gz; do
    grep -q " $path\$" "$work/contents" || { echo "FAIL: $path is not in the package"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6keychain1; do
    case ", $depends," in
    *", $dep"[\ ,]*) ;;
    *) echo "FAIL: Depends lacks $dep"; exit 1 ;;
    esac
done

step "apt-get install"
installed=yes
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    exit 1
}

step "the installed programs run"
cli_version=$(/usr/bin/tokendesk-cli --version)
echo "$cli_version"
grep -q "$version" <<<"$cli_version" || { echo "FAIL: tokendesk-cli --version lacks $version"; exit 1; }
gui_version=$(QT_QPA_PLATFORM=offscreen /usr/bin/tokendesk --version)
echo "$gui_version"
grep -q "$version" <<<"$gui_version" || { echo "FAIL: tokendesk --version lacks $version"; exit 1; }

step "the installed GUI starts and opens a SQLite store (platform and SQL driver plugins)"
store="$work/smoke/tokens.sqlite"
mkdir -p "$work/smoke"
set +e
HOME="$work/smoke" XDG_RUNTIME_DIR="$work/smoke" QT_QPA_PLATFORM=offscreen \
    timeout 15 /usr/bin/tokendesk --store "sqlite:$store" --no-demo >"$work/gui.log" 2>&1
gui_status=$?
set -e
if [ $gui_status -ne 124 ]; then
    echo "FAIL: tokendesk exited with $gui_status instead of running until stopped"
    cat "$work/gui.log"
    exit 1
fi
test -s "$store" || { echo "FAIL: tokendesk did not create $store"; cat "$work/gui.log"; exit 1; }

step "a first start to import a file makes no demo data, in a store for its owner alone"
first="$work/first"
mkdir -p "$first"
printf 'authentication_code\nFIRST-1\n' >"$first/new.csv"
set +e
HOME="$first" XDG_RUNTIME_DIR="$first" XDG_DATA_HOME= XDG_CONFIG_HOME= QT_QPA_PLATFORM=offscreen \
    timeout 10 /usr/bin/tokendesk "$first/new.csv" >"$work/first.log" 2>&1
set -e
data="$first/.local/share/TokenDesk"
test -s "$data/tokens.sqlite" || { echo "FAIL: no store in $data"; cat "$work/first.log"; exit 1; }
test "$(stat -c %a "$data")" = 700 || { echo "FAIL: $data is $(stat -c %a "$data"), not 700"; exit 1; }
test "$(stat -c %a "$data/tokens.sqlite")" = 600 || { echo "FAIL: the store is $(stat -c %a "$data/tokens.sqlite"), not 600"; exit 1; }
listed=$(/usr/bin/tokendesk-cli --store "sqlite:$data/tokens.sqlite" --json list --limit 5 | tr -d '[:space:]')
test "$listed" = "[]" || { echo "FAIL: the store holds demo tokens: $listed"; exit 1; }

step "desktop integration"
desktop-file-validate /usr/share/applications/$app_id.desktop
grep -q '^Exec=tokendesk %f$' /usr/share/applications/$app_id.desktop
grep -q '^MimeType=text/csv;$' /usr/share/applications/$app_id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml
zcat /usr/share/man/man1/tokendesk-cli.1.gz | grep -q '^\.TH TOKENDESK-CLI' || { echo "FAIL: tokendesk-cli.1.gz is no man page"; exit 1; }
zcat /usr/share/doc/tokendesk/changelog.gz | grep -q "^tokendesk ($version)" || { echo "FAIL: the changelog does not start with $version"; exit 1; }
# Built as Debian hardens its own: full RELRO with every symbol bound at load.
for program in /usr/bin/tokendesk /usr/bin/tokendesk-cli; do
    readelf -d "$program" | grep -q 'BIND_NOW' || { echo "FAIL: $program is not linked with -z now"; exit 1; }
    readelf -lW "$program" | grep -q 'GNU_RELRO' || { echo "FAIL: $program has no RELRO segment"; exit 1; }
done

step "removal leaves nothing behind"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=300 tokendesk >"$work/purge.log" 2>&1 || {
    cat "$work/purge.log"
    exit 1
}
installed=no
for path in /usr/bin/tokendesk /usr/bin/tokendesk-cli /usr/share/applications/$app_id.desktop; do
    test ! -e "$path" || { echo "FAIL: $path is still there after purge"; exit 1; }
done
echo "PASS"
