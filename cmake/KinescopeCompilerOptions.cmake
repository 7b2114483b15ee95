# Warning and sanitizer flags shared by every Kinescope target.
add_library(kinescope_options INTERFACE)
target_compile_options(kinescope_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
                                                   -Wnon-virtual-dtor -Woverloaded-virtual)
target_compile_definitions(kinescope_options INTERFACE QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING
                                                       QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(KINESCOPE_WERROR)
    target_compile_options(kinescope_options INTERFACE -Werror)
endif()
if(KINESCOPE_SANITIZE)
    target_compile_options(kinescope_options INTERFACE -fsanitize=address,undefined
                                                       -fno-sanitize-recover=all
                                                       -fno-omit-frame-pointer)
    target_link_options(kinescope_options INTERFACE -fsanitize=address,undefined)
endif()

find_program(KINESCOPE_CCACHE ccache)
if(KINESCOPE_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${KINESCOPE_CCACHE}")
endif()
