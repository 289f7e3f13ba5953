# One interface target carries the language standard, warnings and Qt's strictness switches;
# every SifaDesk target links it.
add_library(sifa_common_config INTERFACE)
target_compile_features(sifa_common_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(sifa_common_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SIFA_VERSION_STRING="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(sifa_common_config INTERFACE
        -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local -Wpedantic)
    if(SIFA_WERROR)
        target_compile_options(sifa_common_config INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(sifa_common_config INTERFACE /W4 /utf-8 /permissive-)
    if(SIFA_WERROR)
        target_compile_options(sifa_common_config INTERFACE /WX)
    endif()
endif()
