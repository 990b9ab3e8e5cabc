# cmake -DLIST_PRESETS=program -DIN=template -DOUT=file -P generate.cmake
execute_process(COMMAND ${LIST_PRESETS} OUTPUT_VARIABLE names RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${LIST_PRESETS} failed (${status})")
endif()
string(STRIP "${names}" names)
string(REPLACE "\n" " " BP_PRESET_NAMES "${names}")
configure_file(${IN} ${OUT} @ONLY)
