# Packages: .deb and .tar.gz on Linux, an MSI on Windows, a DMG on macOS. The layout is in VeiviserLayout.cmake;
# because the program finds its data relative to its own executable, the same files work installed under /usr,
# unpacked from the tarball anywhere, and in the build tree.

# The shipped data (guidance packs, templates) is installed next to where the build checks it: app/cli.

set(CPACK_PACKAGE_NAME veiviser)
set(CPACK_PACKAGE_VENDOR "Veiviser")
set(CPACK_PACKAGE_CONTACT "Veiviser <support@veiviser.no>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://veiviser.no")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")
if(NOT CPACK_GENERATOR)
  if(WIN32)
    set(CPACK_GENERATOR "WIX")
  elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
  else()
    set(CPACK_GENERATOR "DEB;TGZ")
  endif()
endif()

# Windows: one MSI per machine, which hospital software distribution (SCCM, Intune) expects. The upgrade code must
# never change, or upgrades install side by side. Untested here; see installer/README.md for the build steps.
set(CPACK_WIX_UPGRADE_GUID "6C1F3E0A-8E1B-4F5B-9D47-2B7A5C3E9F10")
set(CPACK_WIX_INSTALL_SCOPE perMachine)
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_BINARY_DIR}/share/icons/no.veiviser.Veiviser.ico) # rendered by installer/
set(CPACK_WIX_PROGRAM_MENU_FOLDER Veiviser)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Veiviser)
set(CPACK_PACKAGE_EXECUTABLES veiviser Veiviser)
set(CPACK_WIX_PATCH_FILE ${PROJECT_SOURCE_DIR}/installer/windows/file-association.wxs)

# macOS: a drag-and-drop disk image holding Veiviser.app (see app/gui/CMakeLists.txt for the bundle layout).
set(CPACK_DMG_VOLUME_NAME Veiviser)

# Debian: library dependencies come from dpkg-shlibdeps; what is loaded or run at run time is listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libkf5syntaxhighlighting-tools, pandoc, hunspell-no, libqt6sql6-psql, qt6-translations-l10n, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Regulatory workbench for AI in Norwegian health care
 Veiviser guides hospital AI teams, vendors and regulators through the regulatory
 checklists for AI in health care (EU AI Act, EU MDR, GDPR with Norwegian
 health-privacy law, Helsedirektoratet's quality framework), collects validation
 evidence, runs model-validation tests and builds signed documentation packages.")

include(CPack)
