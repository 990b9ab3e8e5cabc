# The application icon must be well-formed SVG with a square viewBox (icon themes scale it to
# square sizes), and icons.qrc must be well-formed and embed it.
# cmake "-DXMLLINT=<xmllint or a failing command>" -DICON=<svg> -DQRC=<qrc> -P check_icon.cmake
list(LENGTH XMLLINT xmllint_words)
if(NOT xmllint_words EQUAL 1)
  # bp_require_tool passed the command that reports the missing package.
  execute_process(COMMAND ${XMLLINT})
  message(FATAL_ERROR "xmllint is needed to check ${ICON}")
endif()

execute_process(COMMAND ${XMLLINT} --noout ${ICON} ${QRC}
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "not well-formed XML:\n${errors}")
endif()

execute_process(COMMAND ${XMLLINT} --xpath "name(/*)" ${ICON}
                OUTPUT_VARIABLE root OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT root STREQUAL "svg")
  message(FATAL_ERROR "${ICON}: the root element is <${root}>, expected <svg>")
endif()

execute_process(COMMAND ${XMLLINT} --xpath "string(/*/@viewBox)" ${ICON}
                OUTPUT_VARIABLE view_box OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REGEX REPLACE "[ ,\t]+" ";" fields "${view_box}")
list(LENGTH fields field_count)
if(NOT field_count EQUAL 4)
  message(FATAL_ERROR "${ICON}: viewBox \"${view_box}\" is not four numbers")
endif()
list(GET fields 2 width)
list(GET fields 3 height)
if(NOT width MATCHES "^0*[1-9][0-9]*(\\.[0-9]+)?$" OR NOT width STREQUAL height)
  message(FATAL_ERROR "${ICON}: viewBox \"${view_box}\" is not a positive square")
endif()

execute_process(COMMAND ${XMLLINT} --xpath
                        "string(/RCC/qresource[@prefix='/icons']/file[.='backprop-studio.svg'])" ${QRC}
                OUTPUT_VARIABLE listed OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT listed STREQUAL "backprop-studio.svg")
  message(FATAL_ERROR "${QRC} does not list backprop-studio.svg under the prefix /icons")
endif()
message(STATUS "${ICON}: viewBox ${view_box}")
