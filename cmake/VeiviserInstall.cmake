# Install layout and packages (CPack: .deb and .tar.gz).
#
# The program finds its data relative to its own executable (<prefix>/bin/../share/veiviser, plugins in
# <prefix>/lib/veiviser/plugins), so the same files work installed under /usr, unpacked from the tarball anywhere,
# and in the build tree, which mirrors the layout (build/bin, build/share/veiviser).

set(VV_DATA_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/veiviser)
set(VV_PLUGIN_INSTALL_DIR lib/veiviser/plugins) # also in vv_add_engine_plugin (VeiviserCompileOptions.cmake)

# Shipped data folders; each is validated by the same loader the program uses before it is copied (see the
# modules that own them).
foreach(data_dir templates)
  if(EXISTS ${PROJECT_SOURCE_DIR}/${data_dir})
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/${data_dir}/ DESTINATION ${VV_DATA_INSTALL_DIR}/${data_dir}
            PATTERN "README*" EXCLUDE)
  endif()
endforeach()

set(CPACK_PACKAGE_NAME veiviser)
set(CPACK_PACKAGE_VENDOR "Veiviser")
set(CPACK_PACKAGE_CONTACT "Veiviser <support@veiviser.no>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://veiviser.no")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")
if(NOT CPACK_GENERATOR)
  set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian: library dependencies come from dpkg-shlibdeps; what is loaded or run at run time is listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libkf5syntaxhighlighting-tools, pandoc, hunspell-no, libqt6sql6-psql, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Regulatory workbench for AI in Norwegian health care
 Veiviser guides hospital AI teams, vendors and regulators through the regulatory
 checklists for AI in health care (EU AI Act, EU MDR, GDPR with Norwegian
 health-privacy law, Helsedirektoratet's quality framework), collects validation
 evidence, runs model-validation tests and builds signed documentation packages.")

include(CPack)
