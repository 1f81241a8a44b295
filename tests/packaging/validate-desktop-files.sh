#!/usr/bin/env bash
# Validates the desktop integration files in the source tree: the .desktop entry, the AppStream
# metainfo (offline), the man pages and the package's copyright file. Exit 77 (skipped) without the validators.
set -euo pipefail
top=$1
app_id=org.example.TokenDesk
for tool in desktop-file-validate appstreamcli groff; do
    command -v $tool >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
desktop-file-validate "$top/resources/desktop/$app_id.desktop"
grep -q '^Exec=tokendesk %f$' "$top/resources/desktop/$app_id.desktop"
grep -q '^MimeType=text/csv;$' "$top/resources/desktop/$app_id.desktop"
appstreamcli validate --no-net "$top/resources/desktop/$app_id.metainfo.xml"
# groff -ww warns about every malformed request; a clean page prints nothing on stderr.
warnings=$(groff -man -ww -z "$top/packaging/man/tokendesk.1" "$top/packaging/man/tokendesk-cli.1" 2>&1)
if [ -n "$warnings" ]; then
    echo "$warnings"
    exit 1
fi
# Debian's machine-readable copyright format: a header paragraph, then Files paragraphs.
head -n1 "$top/packaging/copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/'
grep -q '^Files: \*$' "$top/packaging/copyright"
echo PASS
