# Translations of the desktop (Qt Linguist .ts files beside this file).
#
#   omnidesk_add_translations(<target>)
#
# extracts every tr()/translate() string of app/, ui/, net/ and models/ into
# the shipped .ts files (target update_translations, run by hand) and compiles
# them into .qm files embedded in <target> (omnidesk_models) under :/i18n, so the installers
# need nothing beside the binary. tests/translations checks that every string
# is translated. How to add a string or a language: README.md in this folder.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(OMNIDESK_TRANSLATIONS_DIR "${CMAKE_CURRENT_LIST_DIR}")
# The shipped languages. English is the source language; its file carries the
# plural forms of %n strings ("%n item(s)" → "1 item" / "3 items").
set(OMNIDESK_LANGUAGES en pt_BR nl es de)
set(OMNIDESK_TRANSLATION_SOURCE_DIRS app ui net models)
# No line numbers (they churn with every edit) and no leftovers of removed strings.
set(OMNIDESK_LUPDATE_OPTIONS -locations none -no-obsolete)

function(omnidesk_add_translations target)
    set(globs "")
    foreach(dir IN LISTS OMNIDESK_TRANSLATION_SOURCE_DIRS)
        list(APPEND globs "${PROJECT_SOURCE_DIR}/${dir}/*.cpp" "${PROJECT_SOURCE_DIR}/${dir}/*.h")
    endforeach()
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${globs})
    set(ts_files "")
    foreach(language IN LISTS OMNIDESK_LANGUAGES)
        list(APPEND ts_files "${OMNIDESK_TRANSLATIONS_DIR}/omnidesk_${language}.ts")
    endforeach()
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/net
                            ${PROJECT_SOURCE_DIR}/net/protocol ${PROJECT_SOURCE_DIR}/models
        RESOURCE_PREFIX "/i18n"
        LUPDATE_OPTIONS ${OMNIDESK_LUPDATE_OPTIONS})
endfunction()
