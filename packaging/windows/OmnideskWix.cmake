# CPack WIX (WiX Toolset v3) settings for the desktop MSI, included from
# cmake/OmnideskInstall.cmake on Windows. Build: packaging/README.md, "Windows MSI".

# Never change this GUID: it is what lets a newer MSI replace an older one
# (MajorUpgrade in CPack's template) instead of installing beside it.
set(CPACK_WIX_UPGRADE_GUID "F762F17D-DF3C-42DA-A0BB-83D6EF8552E0")
# The product code changes with every build (CPack generates it), as a major
# upgrade requires.

# Install for all users of the machine, into Program Files.
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
    set(CPACK_WIX_INSTALL_SCOPE "perMachine")
else()
    # Older CPack templates have no InstallScope: ALLUSERS=1 makes the install per machine.
    set(CPACK_WIX_PROPERTY_ALLUSERS "1")
endif()
set(CPACK_WIX_ARCHITECTURE "x64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Omnidesk")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Omnidesk")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/omnidesk.ico")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
# No "modify" in Add/Remove Programs: there is one feature only.
set(CPACK_WIX_PROPERTY_ARPNOMODIFY "1")
set(CPACK_PACKAGE_FILE_NAME "Omnidesk-${PROJECT_VERSION}-win64")

# The omnidesk:// URL protocol, written into the component of omnidesk.exe so
# it is installed and removed together with the program (clean uninstall).
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/omnidesk-url-protocol.patch.xml")
