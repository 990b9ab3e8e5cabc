# cmake -DGROFF=… -DPAGE=… -DOPTIONS_FROM=program -P check_man_page.cmake
# The page must render without a single groff warning, and name every --option of the program's
# --help (help2man wrote it from that help; a stale page would miss new options).
if(NOT EXISTS ${PAGE})
  message(FATAL_ERROR "${PAGE} was not built")
endif()
execute_process(COMMAND ${GROFF} -k -man -Tutf8 -ww -z ${PAGE} RESULT_VARIABLE status ERROR_VARIABLE warnings)
if(NOT status EQUAL 0 OR NOT warnings STREQUAL "")
  message(FATAL_ERROR "groff warns about ${PAGE}:\n${warnings}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${OPTIONS_FROM} --help
                OUTPUT_VARIABLE help RESULT_VARIABLE status)
# As plain ASCII without bold or underline, so that \- reads as "-".
execute_process(COMMAND ${GROFF} -k -man -Tascii -P-cbou ${PAGE} OUTPUT_VARIABLE text ERROR_QUIET)
string(REGEX MATCHALL "--[a-z][a-z-]*" options "${help}")
list(REMOVE_DUPLICATES options)
foreach(option IN LISTS options)
  string(FIND "${text}" "${option}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${PAGE} does not mention ${option}, which --help lists")
  endif()
endforeach()
list(LENGTH options count)
if(count LESS 3)
  message(FATAL_ERROR "found only ${count} options in ${OPTIONS_FROM} --help: ${options}")
endif()
