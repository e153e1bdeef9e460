# Debian package of Cairn: `cmake --build build/release --target package`.
set(CPACK_PACKAGE_NAME "cairn")
set(CPACK_PACKAGE_VENDOR "Cairn")
set(CPACK_PACKAGE_CONTACT "Cairn developers <cairn@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# libgvc6 also holds Graphviz's dot layout plugin, which is loaded at run time, not linked.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, coinor-libcbc3, libgvc6")
include(CPack)
