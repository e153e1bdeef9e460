#!/bin/sh
# The Debian package's checks, run by ctest (tests/CMakeLists.txt):
#   check-package.sh build BUILD_DIR    make the .deb with CPack into BUILD_DIR/package
#   check-package.sh lint BUILD_DIR     desktop-file-validate, appstreamcli, lintian (no errors)
#   check-package.sh install BUILD_DIR  as root: install the .deb, run the installed cairn
#                                       (--version, sample, check, export --pdf), find its
#                                       files, its MIME type and desktop entry, then remove it
# Exit 77 (skipped) for install when not root.
set -eu
step=$1
build=$(cd "$2" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
out="$build/package"
id=invalid.example.Cairn

deb() {
    set -- "$out"/cairn_*.deb
    [ -f "$1" ] || { echo "check-package: no .deb in $out (run the build step first)"; exit 1; }
    echo "$1"
}

case "$step" in
build)
    rm -rf "$out"
    mkdir -p "$out"
    cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out/cpack.log" 2>&1 \
        || { cat "$out/cpack.log"; exit 1; }
    echo "check-package: built $(deb)"
    ;;
lint)
    desktop-file-validate "$src/packaging/linux/$id.desktop"
    appstreamcli validate --no-net "$src/packaging/linux/$id.metainfo.xml"
    # The package as built: its files, its control data, its man page, its desktop entry.
    lintian --fail-on error "$(deb)"
    echo "check-package: lint passed"
    ;;
install)
    if [ "$(id -u)" -ne 0 ]; then
        echo "check-package: installing a .deb needs root; skipped"
        exit 77
    fi
    pkg=$(deb)
    work=$(mktemp -d)
    cleanup() {
        dpkg -r cairn > "$work/remove.log" 2>&1 || cat "$work/remove.log"
        rm -rf "$work"
    }
    trap cleanup EXIT
    if dpkg-query -W -f='${Status}' cairn 2>/dev/null | grep -q "install ok installed"; then
        echo "check-package: note: replacing the installed cairn package; it is removed after"
    fi
    dpkg -i "$pkg" > "$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
    for f in /usr/bin/cairn /usr/share/applications/$id.desktop \
        /usr/share/metainfo/$id.metainfo.xml /usr/share/mime/packages/$id.xml \
        /usr/share/icons/hicolor/scalable/apps/$id.svg \
        /usr/share/icons/hicolor/48x48/apps/$id.png \
        /usr/share/icons/hicolor/256x256/mimetypes/application-x-cairn-plan.png \
        /usr/share/man/man1/cairn.1.gz /usr/share/doc/cairn/copyright; do
        [ -f "$f" ] || { echo "check-package: $f is not installed"; exit 1; }
    done
    desktop-file-validate /usr/share/applications/$id.desktop
    # Run as a person would, with a clean environment and from an unrelated folder.
    cd "$work"
    run() { env -i HOME="$work" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
    run cairn --version | grep -q "^cairn [0-9]" || { echo "check-package: cairn --version"; exit 1; }
    run cairn sample "$work/sample.cairn"
    run cairn check "$work/sample.cairn" > "$work/check.txt" || [ $? -eq 1 ]
    grep -q "Brightwater" "$work/check.txt" || { cat "$work/check.txt"; exit 1; }
    run cairn export "$work/sample.cairn" --pdf "$work/roadmap.pdf"
    head -c 5 "$work/roadmap.pdf" | grep -q "%PDF-" || { echo "check-package: not a PDF"; exit 1; }
    [ "$(stat -c %s "$work/roadmap.pdf")" -gt 20000 ] || { echo "check-package: PDF too small"; exit 1; }
    # The shared MIME database knows a plan by its name and by its content (SQLite header and
    # application_id), and the desktop entry opens it.
    cp "$work/sample.cairn" "$work/plan-without-extension"
    for f in sample.cairn plan-without-extension; do
        type=$(run gio info -a standard::content-type "$work/$f" | sed -n 's/.*content-type: //p')
        [ "$type" = application/x-cairn-plan ] || { echo "check-package: $f is '$type'"; exit 1; }
    done
    grep -q "application/x-cairn-plan=$id.desktop" /usr/share/applications/mimeinfo.cache \
        || { echo "check-package: the desktop entry does not open plans"; exit 1; }
    echo "check-package: the installed cairn ran (version, sample, check, export --pdf)"
    ;;
*)
    echo "usage: check-package.sh build|lint|install BUILD_DIR"
    exit 64
    ;;
esac
