# cmake -P script run by the ctest test desktop_metadata_valid.
foreach(tool APPSTREAMCLI DESKTOP_FILE_VALIDATE)
    if(NOT ${tool} OR ${tool} MATCHES "NOTFOUND$")
        message(FATAL_ERROR "${tool} was not found at configure time: install the appstream and "
                            "desktop-file-utils packages (tools/dev deps) and configure again")
    endif()
endforeach()

execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${DESKTOP_FILE}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
# desktop-file-validate exits 0 on hints; any output line with "error" fails.
if(NOT result EQUAL 0 OR out MATCHES "error")
    message(FATAL_ERROR "desktop-file-validate ${DESKTOP_FILE}:\n${out}")
endif()
file(READ ${DESKTOP_FILE} desktop_entry)
if(NOT desktop_entry MATCHES "\nMimeType=[^\n]*x-scheme-handler/omnidesk;")
    message(FATAL_ERROR "${DESKTOP_FILE} does not register x-scheme-handler/omnidesk")
endif()

execute_process(COMMAND ${APPSTREAMCLI} validate --no-net ${METAINFO_FILE}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate --no-net ${METAINFO_FILE}:\n${out}")
endif()
message(STATUS "desktop file and AppStream metainfo are valid")
