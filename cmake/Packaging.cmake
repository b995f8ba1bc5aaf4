# `cpack -G DEB` (or the `package` target) builds a Debian package of what `cmake --install` puts under /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME waqtor-admin)
set(CPACK_PACKAGE_VENDOR "WaQtor Admin contributors")
set(CPACK_PACKAGE_CONTACT "WaQtor Admin contributors <admin@waqtor.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Administer the PostgreSQL database of a WaQtor WhatsApp campaign server")
set(CPACK_PACKAGE_DESCRIPTION
    "A Qt desktop application (waqtor-admin) and a command-line tool (waqtor-db) for the users, sessions,\ncontacts, groups, campaigns and messages of a WaQtor database.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debug information (RelWithDebInfo) makes the binaries ten times larger; a package ships them stripped.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/waqtor")

# Libraries the binaries link come from dpkg-shlibdeps. Qt plugins are loaded at run time, so no linker
# sees them: the PostgreSQL SQL driver, the SVG icon engine and the X11/Wayland platform plugins are named here.
set(waqtor_runtime_plugins "libqt6sql6-psql, libqt6svg6, qt6-qpa-plugins")
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
if(DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${waqtor_runtime_plugins}")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6sql6 (>= 6.4), libpq5, libphonenumber8, libqrencode4, libcrypt1, zlib1g, ${waqtor_runtime_plugins}")
endif()
# Backup and restore run pg_dump / pg_restore; without them the rest still works.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
include(CPack)
