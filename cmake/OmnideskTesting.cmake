# omnidesk_add_test(<name> SOURCES <files…> LIBRARIES <targets…> [ENVIRONMENT <VAR=value…>] [LABELS <labels…>])
# One Qt Test executable, registered with CTest. Every test runs with the
# offscreen platform and with the XDM fixtures directory in OMNIDESK_XDM_FIXTURES.
set(OMNIDESK_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "The shared design and fixtures folder")
get_filename_component(OMNIDESK_SHARED_DIR "${OMNIDESK_SHARED_DIR}" ABSOLUTE)
if(NOT EXISTS "${OMNIDESK_SHARED_DIR}/fixtures/xdm")
    message(WARNING "No XDM fixtures at ${OMNIDESK_SHARED_DIR}/fixtures/xdm: the ingest tests will fail. "
                    "Put the shared folder beside the project or set -DOMNIDESK_SHARED_DIR=<path>.")
endif()

function(omnidesk_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBRARIES;ENVIRONMENT;LABELS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test omnidesk_build_config ${T_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        OMNIDESK_XDM_FIXTURES="${OMNIDESK_SHARED_DIR}/fixtures/xdm"
        OMNIDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=omnidesk.*.debug=false;${T_ENVIRONMENT}")
endfunction()
