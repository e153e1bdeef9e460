# Debian package of Cairn: `cmake --build build/release --target package`; the ctests
# package_* build it, check it (desktop-file-validate, appstreamcli, lintian) and, as root,
# install it, run it and remove it (packaging/check-package.sh).
include(${CMAKE_CURRENT_LIST_DIR}/desktop.cmake)

set(CPACK_PACKAGE_NAME "cairn")
set(CPACK_PACKAGE_VENDOR "Cairn")
set(CPACK_PACKAGE_CONTACT "Cairn developers <cairn@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "IT strategy roadmaps scheduled across quarters")
# The extended description only: CPack puts the summary above it and indents its lines.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Cairn plans IT strategy roadmaps. A business owner, an IT manager or a
consultant enters the business goals, the systems the business runs with
their vendors' end-of-support dates, and candidate initiatives. Cairn keeps
them as one dependency graph and schedules the initiatives across quarters
within budget and staff capacity, meeting end-of-support deadlines and
delivering the most valuable work first. Every start is explained and every
problem named.

It shows the plan as a live roadmap, tables, charts and a dependency graph,
exports a roadmap PDF, CSV and Excel, imports spreadsheets, and has a
command line for headless work.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# libgvc6 also holds Graphviz's dot layout plugin, which is loaded at run time, not linked.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, coinor-libcbc3, libgvc6")
# Qt's own dialogs (files, message boxes) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
