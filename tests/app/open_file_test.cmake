# backprop-studio FILE opens that experiment: a run of the xor lesson saved by backprop-cli is what
# the window trains, not the default 8-3-8 lesson; a missing file is refused with its name.
#   cmake -DSTUDIO=… -DCLI=… -DWORK=… -P open_file_test.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{XDG_CONFIG_HOME} ${WORK}/config)
set(ENV{XDG_DATA_HOME} ${WORK}/data)
set(ENV{BP_RECOVERY_DIR} ${WORK}/recovery)
execute_process(COMMAND ${CLI} train --preset xor --epochs 20 --quiet --save-experiment ${WORK}/run.bpx.json
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "backprop-cli could not save the experiment (${status})")
endif()
execute_process(COMMAND ${STUDIO} --measure-frames 0.3 ${WORK}/run.bpx.json
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status TIMEOUT 60)
if(NOT status EQUAL 0 OR NOT out MATCHES "\"lesson\": \"xor\"")
  message(FATAL_ERROR "backprop-studio FILE did not train the saved xor run (${status}):\n${out}\n${err}")
endif()
execute_process(COMMAND ${STUDIO} ${WORK}/missing.bpx.json
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status TIMEOUT 60)
if(NOT status EQUAL 2 OR NOT err MATCHES "missing.bpx.json: no such experiment file")
  message(FATAL_ERROR "a missing file was not refused by name (${status}):\n${err}")
endif()
