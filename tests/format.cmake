# Every C++ source of the project follows the committed .clang-format (clang-format from Debian).
# Run `clang-format -i` on a file this names to fix it.
find_program(CLANG_FORMAT NAMES clang-format clang-format-14 REQUIRED)
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
    "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp")
execute_process(
    COMMAND "${CLANG_FORMAT}" --style=file --dry-run -Werror ${sources}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]*error: code should be clang-formatted[^\n]*" lines "${errors}")
    list(LENGTH lines count)
    string(REPLACE ";" "\n" lines "${lines}")
    message(FATAL_ERROR "${count} places are not formatted as .clang-format says:\n${lines}")
endif()
list(LENGTH sources count)
message(STATUS "${count} sources formatted as .clang-format says")
