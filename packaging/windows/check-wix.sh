#!/usr/bin/env bash
# Checks the Windows installer sources as far as Linux allows:
#   packaging/windows/check-wix.sh
# 1. the CPack WiX patch is well-formed XML with the expected fragment id;
# 2. its URL-protocol keys compile with wixl (msitools) inside a stand-in
#    package (check/omnidesk-check.wxs.in: per machine, CPack's ids, the real
#    upgrade GUID, a Start menu shortcut) into an MSI;
# 3. the MSI's tables hold the omnidesk:// registration, the shortcut, the
#    upgrade code and the per-machine flag.
# Not checked here (needs Windows): CPack's own WIX generation with candle and
# light, windeployqt, installing and uninstalling. The Windows workflow does those.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PATCH="$HERE/omnidesk-url-protocol.patch.xml"
FAILS=0
pass() { printf 'PASS %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; FAILS=$((FAILS + 1)); }

for tool in wixl msiinfo xmllint; do
    command -v "$tool" >/dev/null || { echo "FAIL $tool is missing (apt-get install wixl msitools libxml2-utils)"; exit 1; }
done

WORK=$(mktemp -d)
trap '[ -n "${KEEP_WORK:-}" ] && echo "kept $WORK" || rm -rf "$WORK"' EXIT

if xmllint --noout "$PATCH" 2>"$WORK/xmllint.log"; then
    pass "patch file is well-formed XML"
else
    fail "patch file: $(cat "$WORK/xmllint.log")"
fi
fragment_id=$(xmllint --xpath 'string(/CPackWiXPatch/CPackWiXFragment/@Id)' "$PATCH" 2>/dev/null)
[ "$fragment_id" = "CM_CP_desktop.bin.omnidesk.exe" ] &&
    pass "patch targets CPack's component of bin/omnidesk.exe ($fragment_id)" ||
    fail "patch fragment id is '$fragment_id'"

upgrade_guid=$(sed -n 's/.*CPACK_WIX_UPGRADE_GUID "\([0-9A-F-]*\)".*/\1/p' "$HERE/OmnideskWix.cmake")
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$ROOT/CMakeLists.txt" | head -n1)
[[ "$upgrade_guid" =~ ^[0-9A-F]{8}-([0-9A-F]{4}-){3}[0-9A-F]{12}$ ]] &&
    pass "fixed upgrade GUID $upgrade_guid" || fail "upgrade GUID '$upgrade_guid' is not an upper-case GUID"

# The children of the fragment, as they go into CPack's component.
xmllint --xpath '/CPackWiXPatch/CPackWiXFragment/*' "$PATCH" >"$WORK/patch-content.xml" 2>/dev/null
printf 'MZ stub standing in for omnidesk.exe\n' >"$WORK/omnidesk.exe"
python3 - "$HERE/check/omnidesk-check.wxs.in" "$WORK/check.wxs" "$WORK/patch-content.xml" \
    "$upgrade_guid" "$version" omnidesk.exe <<'PY'
import sys
template, out, patch, guid, version, stub = sys.argv[1:]
text = open(template, encoding="utf-8").read()
for key, value in (("@PATCH_CONTENT@", open(patch, encoding="utf-8").read()), ("@UPGRADE_GUID@", guid),
                   ("@VERSION@", version), ("@STUB_EXE@", stub)):
    text = text.replace(key, value)
open(out, "w", encoding="utf-8").write(text)
PY

if (cd "$WORK" && wixl -a x64 -o check.msi check.wxs) >"$WORK/wixl.log" 2>&1; then
    pass "wixl compiles the URL protocol keys and the shortcut into an MSI"
else
    fail "wixl: $(cat "$WORK/wixl.log")"
    exit 1
fi

# Tables as tab-separated text; wixl writes keys with a trailing backslash, which
# Windows Installer ignores: drop it so the rows compare with the patch as written.
export_table() { msiinfo export "$WORK/check.msi" "$1" | tr -d '\r' | sed 's/\\\t/\t/g' >"$WORK/$2"; }
export_table Registry registry.idt
export_table Shortcut shortcut.idt
export_table Property property.idt
has_row() { # <file> <tab-separated fields…>
    local file=$1; shift
    local pattern
    pattern=$(printf '%s\t' "$@")
    grep -qF -- "${pattern%$'\t'}" "$file"
}
# Registry columns: Registry Root Key Name Value Component_ (Root 2 = HKLM).
has_row "$WORK/registry.idt" 2 'Software\Classes\omnidesk' '' 'URL:Omnidesk link' &&
    pass "registry: HKLM\\Software\\Classes\\omnidesk = URL:Omnidesk link" || fail "registry: no protocol key"
has_row "$WORK/registry.idt" 2 'Software\Classes\omnidesk' 'URL Protocol' '' &&
    pass "registry: \"URL Protocol\" value" || fail "registry: no \"URL Protocol\" value"
has_row "$WORK/registry.idt" 2 'Software\Classes\omnidesk\shell\open\command' '' \
    '"[#CM_FP_desktop.bin.omnidesk.exe]" "%1"' &&
    pass "registry: shell\\open\\command runs \"omnidesk.exe\" \"%1\"" || fail "registry: no open command"
grep -q 'CM_CP_desktop.bin.omnidesk.exe' "$WORK/registry.idt" &&
    pass "registry keys belong to omnidesk.exe's component (removed with it)" || fail "registry keys in another component"
grep -qF 'Omnidesk' "$WORK/shortcut.idt" && grep -q 'PROGRAM_MENU_FOLDER' "$WORK/shortcut.idt" &&
    pass "Start menu shortcut Omnidesk" || fail "no Start menu shortcut"
grep -qi "^UpgradeCode	{$upgrade_guid}" "$WORK/property.idt" &&
    pass "UpgradeCode is {$upgrade_guid}" || fail "UpgradeCode: $(grep UpgradeCode "$WORK/property.idt")"
grep -q '^ALLUSERS	1' "$WORK/property.idt" && pass "ALLUSERS=1 (per machine)" || fail "not per machine"

echo "== $FAILS failed"
[ "$FAILS" -eq 0 ]
