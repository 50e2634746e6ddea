# CPack DEB settings, included from cmake/OmnideskInstall.cmake.
# One package per component: omnidesk (desktop) and omnidesk-profiled (service).
set(CPACK_DEB_COMPONENT_INSTALL ON)
# The files are installed where the build was configured to put them (the unit's
# ExecStart follows the same prefix): configure packages with -DCMAKE_INSTALL_PREFIX=/usr.
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)             # <name>_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Each package's summary is the first line of its component description
# (packaging/CPackProjectConfig.cmake keeps CPack from prepending the project's).
# Library dependencies come from dpkg-shlibdeps; what is loaded at run time
# (Qt plugins, libsecret through QtKeychain) is listed by hand below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME "omnidesk")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION "net")
# libqt6sql6-sqlite: the outbox; libsecret-1-0: QtKeychain loads it at run time
# (remember me); libqt6svg6 carries the SVG image and icon plugins.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0, libqt6svg6")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")

set(CPACK_DEBIAN_SERVICE_PACKAGE_NAME "omnidesk-profiled")
set(CPACK_DEBIAN_SERVICE_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_SERVICE_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVICE_PACKAGE_RECOMMENDS "libqt6sql6-psql, curl")
set(CPACK_DEBIAN_SERVICE_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/omnidesk-profiled/postinst"
    "${CMAKE_CURRENT_LIST_DIR}/omnidesk-profiled/prerm"
    "${CMAKE_CURRENT_LIST_DIR}/omnidesk-profiled/postrm")
