# Where things go when installed. The program finds its data at <exe>/../share/veiviser and its plugins at
# <exe>/../lib/veiviser/plugins (core/Environment.h), so the layout only has to keep those two relations: FHS places
# on Linux and Windows, and everything inside Veiviser.app on macOS. The build tree mirrors it (build/bin,
# build/share/veiviser, build/lib/veiviser/plugins).
if(APPLE)
  set(VV_BIN_INSTALL_DIR Veiviser.app/Contents/MacOS)
  set(VV_DATA_INSTALL_DIR Veiviser.app/Contents/share/veiviser)
  set(VV_PLUGIN_INSTALL_DIR Veiviser.app/Contents/lib/veiviser/plugins)
else()
  set(VV_BIN_INSTALL_DIR ${CMAKE_INSTALL_BINDIR})
  set(VV_DATA_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/veiviser)
  set(VV_PLUGIN_INSTALL_DIR lib/veiviser/plugins)
endif()
