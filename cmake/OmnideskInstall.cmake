# Install layout and packages (CPack).
#
# `cmake --install` places everything with GNUInstallDirs. Two components:
#   desktop  omnidesk, its .desktop file (omnidesk:// handler), icon, AppStream metainfo
#   service  omnidesk-profiled, omnidesk-sim and the systemd unit
# On Linux CPack turns them into two Debian packages (omnidesk, omnidesk-profiled);
# on Windows into one MSI with the desktop (WiX, packaging/windows/).
# How to build each package: packaging/README.md.
include(GNUInstallDirs)

set(OMNIDESK_APP_ID "org.omnidesk.Omnidesk")
set(_omnidesk_pkg_dir "${PROJECT_SOURCE_DIR}/packaging")

# --- Programs -------------------------------------------------------------------
if(TARGET omnidesk)
    install(TARGETS omnidesk
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop
        BUNDLE DESTINATION . COMPONENT desktop)
endif()
install(TARGETS omnidesk-profiled omnidesk-sim
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT service)
# The shipped next-step rules (also compiled in): the file to copy for --rules FILE.
install(FILES "${PROJECT_SOURCE_DIR}/server/rules/default-rules.json"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/omnidesk-profiled COMPONENT service)

# --- Desktop integration (freedesktop) -----------------------------------------------
if(TARGET omnidesk AND UNIX AND NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/${OMNIDESK_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desktop)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${OMNIDESK_APP_ID}.svg COMPONENT desktop)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/metainfo/${OMNIDESK_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desktop)
endif()

# Every release needs its <release> entry in the AppStream file, so the version a
# software centre shows is the one set in project(VERSION).
file(READ "${PROJECT_SOURCE_DIR}/resources/metainfo/${OMNIDESK_APP_ID}.metainfo.xml" _omnidesk_metainfo)
if(NOT _omnidesk_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(WARNING "resources/metainfo/${OMNIDESK_APP_ID}.metainfo.xml has no "
                    "<release version=\"${PROJECT_VERSION}\"> entry: add one for this version.")
endif()

# --- Translations (hook) ----------------------------------------------------------------
# qt_add_translations() in ui/ embeds the .qm files into the binary by default, so
# there is nothing to install. If ui/ instead collects them in the global property
# OMNIDESK_QM_FILES (QM_FILES_OUTPUT_VARIABLE), they are installed here, and
# packaging/appimage/build-appdir.sh picks them up from the same folder.
set(OMNIDESK_TRANSLATIONS_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/omnidesk/translations")
get_property(_omnidesk_qm_files GLOBAL PROPERTY OMNIDESK_QM_FILES)
if(_omnidesk_qm_files AND TARGET omnidesk)
    install(FILES ${_omnidesk_qm_files} DESTINATION ${OMNIDESK_TRANSLATIONS_INSTALL_DIR} COMPONENT desktop)
endif()

# --- The service's systemd unit -------------------------------------------------------
if(UNIX AND NOT APPLE)
    # Relative to the prefix: /usr/lib/systemd/system for a /usr install, which
    # systemd reads on every merged-/usr system (Debian 12, Ubuntu, Fedora).
    set(OMNIDESK_SYSTEMD_UNIT_DIR "lib/systemd/system" CACHE STRING
        "Where the systemd unit of omnidesk-profiled goes (relative to the install prefix)")
    # The unit names the binary by its full path: follow the install prefix.
    file(READ "${_omnidesk_pkg_dir}/systemd/omnidesk-profiled.service" _omnidesk_unit)
    string(REPLACE "/usr/bin/omnidesk-profiled" "${CMAKE_INSTALL_FULL_BINDIR}/omnidesk-profiled"
        _omnidesk_unit "${_omnidesk_unit}")
    file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/packaging/omnidesk-profiled.service"
        CONTENT "${_omnidesk_unit}" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/packaging/omnidesk-profiled.service"
        DESTINATION ${OMNIDESK_SYSTEMD_UNIT_DIR} COMPONENT service)
endif()

# --- Windows: Qt runtime next to the executable ------------------------------------------
if(WIN32 AND TARGET omnidesk)
    # windeployqt through Qt's deploy script (Qt >= 6.3) copies the Qt DLLs, the
    # plugins (platforms, styles, imageformats, iconengines, sqldrivers, tls) and
    # Qt's translations into the install tree, so the MSI carries them.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET omnidesk OUTPUT_SCRIPT _omnidesk_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET omnidesk FILENAME_VARIABLE _omnidesk_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${_omnidesk_deploy_script}" COMPONENT desktop)
    # QtKeychain is not part of Qt, so windeployqt leaves it out.
    find_package(Qt6Keychain REQUIRED)
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop)
    # Start menu shortcut for the MSI.
    set_property(INSTALL "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:omnidesk>"
        PROPERTY CPACK_START_MENU_SHORTCUTS "Omnidesk")
endif()

# --- Packages ---------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "omnidesk")
set(CPACK_PACKAGE_VENDOR "Omnidesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Omnidesk maintainers <maintainers@omnidesk.example>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Omnidesk")
set(CPACK_OUTPUT_FILE_PREFIX "${PROJECT_BINARY_DIR}/packages")
set(CPACK_STRIP_FILES ON)
# `cpack --config CPackSourceConfig.cmake` (source tarball): never the build trees.
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/out/" "/\\\\.cache/" "/AppDir/" "\\\\.swp$")
# Per-generator adjustments made when cpack runs.
set(CPACK_PROJECT_CONFIG_FILE "${_omnidesk_pkg_dir}/CPackProjectConfig.cmake")

# Component descriptions: the first line is the one-line summary (Debian).
set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Omnidesk desktop")
string(JOIN "\n" CPACK_COMPONENT_DESKTOP_DESCRIPTION
    "contact-center agent desktop with the caller's live profile"
    "Omnidesk is the desktop of contact-center agents: when a call connects it"
    "shows the caller's profile, live online cart, cross-channel history and"
    "recommended next step, and logs the outcome to the Omnidesk profile service,"
    "exactly once. It opens omnidesk:// links from a CRM or telephony system in"
    "the running window.")
set(CPACK_COMPONENT_SERVICE_DISPLAY_NAME "Omnidesk profile service")
string(JOIN "\n" CPACK_COMPONENT_SERVICE_DESCRIPTION
    "central customer profile service for the Omnidesk desktop"
    "omnidesk-profiled takes XDM events from web shop, email and SMS platforms and"
    "calls from the telephony system, keeps each customer's profile in an embedded"
    "SQLite store and streams it to the agents' desktops over WebSocket. It runs"
    "as the systemd unit omnidesk-profiled.service under the system user omnidesk,"
    "with its data in /var/lib/omnidesk. Also ships omnidesk-sim, a simulator of"
    "callers and web-shop journeys.")

if(WIN32)
    set(CPACK_GENERATOR "WIX")
    set(CPACK_COMPONENTS_ALL desktop)
    include("${_omnidesk_pkg_dir}/windows/OmnideskWix.cmake")
elseif(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_COMPONENTS_ALL desktop service)
    if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
        message(STATUS "Debian packages: configure with -DCMAKE_INSTALL_PREFIX=/usr "
                       "(now ${CMAKE_INSTALL_PREFIX}) so the files land where Debian expects them.")
    endif()
    include("${_omnidesk_pkg_dir}/debian/OmnideskDeb.cmake")
endif()

include(CPack)
