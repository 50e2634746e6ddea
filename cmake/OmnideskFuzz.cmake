# OMNIDESK_FUZZ=ON (preset fuzz): every project target is built with
# libFuzzer's coverage instrumentation, AddressSanitizer (leaks included)
# and UndefinedBehaviorSanitizer; the fuzz_* executables in tests/fuzz add
# the libFuzzer driver. Qt itself stays the system build (gcc, not
# instrumented): it links fine with clang.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "OMNIDESK_FUZZ needs clang (libFuzzer): configure with the fuzz preset "
                        "or -DCMAKE_CXX_COMPILER=clang++-14")
endif()
target_compile_options(omnidesk_build_config INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
target_link_options(omnidesk_build_config INTERFACE -fsanitize=address,undefined)
