# cmake -DSOURCE=... -DNOTES=... -DVERSION=... -P check-release-notes.cmake
# Converts NOTES as the build does, for a project at VERSION; fails (as the configure step would) when they disagree.
list(APPEND CMAKE_MODULE_PATH ${SOURCE}/cmake)
include(VeiviserReleaseNotes)
set(PROJECT_VERSION ${VERSION})
vv_appstream_releases(${NOTES} xml)
if(NOT xml MATCHES "<release version=\"${VERSION}\" date=\"[0-9-]+\">")
  message(FATAL_ERROR "no AppStream release entry for ${VERSION}:\n${xml}")
endif()
if(NOT xml MATCHES "<li>[^<]+</li>")
  message(FATAL_ERROR "the release entry for ${VERSION} has no items:\n${xml}")
endif()
