# What makes Cairn a desktop application once installed: the desktop entry, AppStream metainfo,
# the MIME type of plan files, hicolor icons (SVG and PNG sizes), the man page cairn(1), and the
# Debian documents (copyright, changelog). Included by cpack.cmake.
set(CAIRN_APP_ID "invalid.example.Cairn")
set(cairn_linux "${PROJECT_SOURCE_DIR}/packaging/linux")
set(cairn_icons "${PROJECT_SOURCE_DIR}/resources/icons")
set(cairn_generated "${PROJECT_BINARY_DIR}/packaging")

# PNG icons for the desktops that do not take SVG, rendered by rsvg-convert (librsvg2-bin);
# gzip -n for the man page and changelog (no timestamp: lintian and reproducible builds).
find_program(RSVG_CONVERT rsvg-convert REQUIRED)
find_program(GZIP gzip REQUIRED)
set(cairn_icon_sizes 16 22 24 32 48 64 128 256 512)
set(cairn_desktop_outputs)
foreach(size IN LISTS cairn_icon_sizes)
    foreach(icon app mime)
        if(icon STREQUAL app)
            set(svg "${cairn_icons}/cairn.svg")
            set(png "${cairn_generated}/icons/${size}/apps/${CAIRN_APP_ID}.png")
            set(context apps)
        else()
            set(svg "${cairn_icons}/application-x-cairn-plan.svg")
            set(png "${cairn_generated}/icons/${size}/mimetypes/application-x-cairn-plan.png")
            set(context mimetypes)
        endif()
        add_custom_command(OUTPUT "${png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${cairn_generated}/icons/${size}/${context}"
            COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o "${png}" "${svg}"
            DEPENDS "${svg}" VERBATIM)
        list(APPEND cairn_desktop_outputs "${png}")
        install(FILES "${png}" DESTINATION "share/icons/hicolor/${size}x${size}/${context}")
    endforeach()
endforeach()
foreach(doc cairn.1 changelog)
    add_custom_command(OUTPUT "${cairn_generated}/${doc}.gz"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${cairn_generated}"
        COMMAND ${GZIP} -9n -c "${cairn_linux}/${doc}" > "${cairn_generated}/${doc}.gz"
        DEPENDS "${cairn_linux}/${doc}" VERBATIM)
    list(APPEND cairn_desktop_outputs "${cairn_generated}/${doc}.gz")
endforeach()
add_custom_target(cairn_desktop_files ALL DEPENDS ${cairn_desktop_outputs})

install(FILES "${cairn_linux}/${CAIRN_APP_ID}.desktop" DESTINATION share/applications)
install(FILES "${cairn_linux}/${CAIRN_APP_ID}.metainfo.xml" DESTINATION share/metainfo)
install(FILES "${cairn_linux}/${CAIRN_APP_ID}.mime.xml" DESTINATION share/mime/packages
    RENAME "${CAIRN_APP_ID}.xml")
install(FILES "${cairn_icons}/cairn.svg" DESTINATION share/icons/hicolor/scalable/apps
    RENAME "${CAIRN_APP_ID}.svg")
install(FILES "${cairn_icons}/application-x-cairn-plan.svg"
    DESTINATION share/icons/hicolor/scalable/mimetypes)
install(FILES "${cairn_generated}/cairn.1.gz" DESTINATION share/man/man1)
install(FILES "${cairn_generated}/changelog.gz" "${cairn_linux}/copyright"
    DESTINATION share/doc/cairn)
