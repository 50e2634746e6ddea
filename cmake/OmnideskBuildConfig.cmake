# One INTERFACE target carries the language level, warnings and strict Qt
# defines. Every target in the project links it; nothing is set directory-wide.
add_library(omnidesk_build_config INTERFACE)
add_library(Omnidesk::BuildConfig ALIAS omnidesk_build_config)

target_compile_features(omnidesk_build_config INTERFACE cxx_std_20)
target_compile_options(omnidesk_build_config INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive- /utf-8>)
target_compile_definitions(omnidesk_build_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    OMNIDESK_VERSION="${PROJECT_VERSION}")

# Sanitizers for the asan preset: OMNIDESK_SANITIZE=ON adds ASan + UBSan to
# every target that links the config target (executables included).
option(OMNIDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(OMNIDESK_SANITIZE)
    target_compile_options(omnidesk_build_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(omnidesk_build_config INTERFACE -fsanitize=address,undefined)
endif()
