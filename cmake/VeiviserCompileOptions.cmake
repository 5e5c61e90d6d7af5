# Warnings and sanitizer flags shared by every Veiviser target.
add_compile_options(-Wall -Wextra -Wpedantic)
if(VEIVISER_WERROR)
  add_compile_options(-Werror)
endif()
if(VEIVISER_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# The repository root, also when a module is built from another CMake project (tests/fuzz).
get_filename_component(VV_SOURCE_ROOT ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)

# vv_add_module(NAME SOURCES ... PUBLIC_LIBS ... PRIVATE_LIBS ...)
# One library per folder under modules/; headers are included as <module/Header.h>.
function(vv_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${VV_SOURCE_ROOT}/modules ${PROJECT_BINARY_DIR}/modules)
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# vv_add_engine_plugin(NAME SOURCES ... [LIBS ...] [OUTPUT_DIRECTORY dir])
# An evaluation-engine plugin (a Qt plugin implementing vv::validation::EvaluationEngine, its manifest embedded with
# Q_PLUGIN_METADATA). Shipped plugins go to build/lib/veiviser/plugins, mirroring the installed
# lib/veiviser/plugins; test plugins give their own OUTPUT_DIRECTORY and are not installed.
function(vv_add_engine_plugin name)
  cmake_parse_arguments(ARG "" "OUTPUT_DIRECTORY" "SOURCES;LIBS" ${ARGN})
  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE vv_validation ${ARG_LIBS})
  set(dir ${ARG_OUTPUT_DIRECTORY})
  if(NOT dir)
    set(dir ${PROJECT_BINARY_DIR}/lib/veiviser/plugins)
    install(TARGETS ${name} LIBRARY DESTINATION ${VV_PLUGIN_INSTALL_DIR})
  endif()
  set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${dir} PREFIX "" CXX_VISIBILITY_PRESET hidden
                        VISIBILITY_INLINES_HIDDEN ON)
endfunction()
