# What a desktop needs besides the binaries: the launcher, the AppStream metainfo and the icons,
# installed under the prefix the freedesktop way (share/applications, share/metainfo, share/icons/hicolor).
include(GNUInstallDirs)

set(WAQTOR_APP_ID org.waqtor.WaQtorAdmin)
set(desktop_dir "${PROJECT_SOURCE_DIR}/resources/desktop")

install(FILES "${desktop_dir}/${WAQTOR_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
# The release line carries the project version, so the metainfo is configured rather than copied.
configure_file("${desktop_dir}/${WAQTOR_APP_ID}.metainfo.xml"
    "${CMAKE_BINARY_DIR}/share/metainfo/${WAQTOR_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${CMAKE_BINARY_DIR}/share/metainfo/${WAQTOR_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

set(app_svg "${PROJECT_SOURCE_DIR}/resources/icons/app/${WAQTOR_APP_ID}.svg")
install(FILES "${app_svg}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

# Panels, docks and older menus still look for fixed-size PNGs; render them from the SVG once per build.
set(icon_pngs "")
foreach(size 16 22 24 32 48 64 128 256)
    set(png "${CMAKE_BINARY_DIR}/share/icons/hicolor/${size}x${size}/apps/${WAQTOR_APP_ID}.png")
    add_custom_command(OUTPUT "${png}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/share/icons/hicolor/${size}x${size}/apps"
        COMMAND iconrender "${app_svg}" ${size} "${png}"
        DEPENDS iconrender "${app_svg}"
        VERBATIM)
    list(APPEND icon_pngs "${png}")
    install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
add_custom_target(app_icons ALL DEPENDS ${icon_pngs})
