# One application id everywhere: the desktop file's name and Icon key, the metainfo's id and
# launchable, and the id that resources/CMakeLists.txt installs them under. A mismatch leaves the
# running window without its launcher icon and software centres without the app.
# cmake -DAPP_ID=<id> -DDESKTOP=<file> -DMETAINFO=<file> -DMIME=<file> -DRESOURCES_CMAKE=<file> -P check_app_id.cmake
set(failures "")

get_filename_component(desktop_name ${DESKTOP} NAME)
if(NOT desktop_name STREQUAL "${APP_ID}.desktop")
  string(APPEND failures "desktop file is named ${desktop_name}, expected ${APP_ID}.desktop\n")
endif()

file(STRINGS ${DESKTOP} icon_lines REGEX "^Icon=")
if(NOT icon_lines STREQUAL "Icon=${APP_ID}")
  string(APPEND failures "${desktop_name}: \"${icon_lines}\", expected \"Icon=${APP_ID}\"\n")
endif()
file(STRINGS ${DESKTOP} exec_lines REGEX "^Exec=")
if(NOT exec_lines STREQUAL "Exec=backprop-studio %f")
  string(APPEND failures "${desktop_name}: \"${exec_lines}\", expected \"Exec=backprop-studio %f\"\n")
endif()

# The launcher opens the experiment files that the MIME package declares, and the metainfo says so.
file(READ ${MIME} mime)
string(REGEX MATCH "<mime-type type=\"([^\"]*)\"" unused "${mime}")
set(mime_type "${CMAKE_MATCH_1}")
file(STRINGS ${DESKTOP} mime_lines REGEX "^MimeType=")
string(REPLACE "\\;" ";" mime_lines "${mime_lines}")
if(NOT mime_type OR NOT mime_lines STREQUAL "MimeType=${mime_type};")
  string(APPEND failures "${desktop_name}: \"${mime_lines}\", expected \"MimeType=${mime_type};\"\n")
endif()
file(READ ${METAINFO} metainfo_text)
if(NOT metainfo_text MATCHES "<mediatype>${mime_type}</mediatype>")
  string(APPEND failures "metainfo does not provide <mediatype>${mime_type}</mediatype>\n")
endif()
get_filename_component(mime_name ${MIME} NAME)
if(NOT mime_name STREQUAL "${APP_ID}.xml")
  string(APPEND failures "MIME package is named ${mime_name}, expected ${APP_ID}.xml\n")
endif()

file(READ ${METAINFO} metainfo)
string(REGEX MATCH "<id>([^<]*)</id>" unused "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL APP_ID)
  string(APPEND failures "metainfo id is \"${CMAKE_MATCH_1}\", expected \"${APP_ID}\"\n")
endif()
string(REGEX MATCH "<launchable type=\"desktop-id\">([^<]*)</launchable>" unused "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL "${APP_ID}.desktop")
  string(APPEND failures "metainfo launchable is \"${CMAKE_MATCH_1}\", expected \"${APP_ID}.desktop\"\n")
endif()

file(STRINGS ${RESOURCES_CMAKE} id_lines REGEX "^set\\(BP_APP_ID ")
if(NOT id_lines STREQUAL "set(BP_APP_ID ${APP_ID})")
  string(APPEND failures "${RESOURCES_CMAKE}: \"${id_lines}\", expected \"set(BP_APP_ID ${APP_ID})\"\n")
endif()

if(failures)
  message(FATAL_ERROR "the application id differs between files:\n${failures}")
endif()
