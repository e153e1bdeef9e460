# Every context lupdate files strings under (translations/cairn_de.ts) is one the program looks
# them up in: a translate("CONTEXT", ...) or QT_TRANSLATE_NOOP("CONTEXT", ...), a class with
# Q_DECLARE_TR_FUNCTIONS(CONTEXT), or a Q_OBJECT class Cairn::CLASS. A tr() that lupdate files
# under another context than the one it asks for at run time is never translated (the workshop
# record, the vote's and the workshop's undo steps and a report section were English in German).
file(READ "${SOURCE_DIR}/translations/cairn_de.ts" ts)
string(REGEX MATCHALL "<name>[^<]+</name>" names "${ts}")
file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
set(all "")
foreach(f IN LISTS sources)
    file(READ "${f}" text)
    string(APPEND all "${text}\n")
endforeach()
set(unknown "")
set(count 0)
foreach(tag IN LISTS names)
    string(REGEX REPLACE "</?name>" "" context "${tag}")
    math(EXPR count "${count} + 1")
    string(FIND "${all}" "\"${context}\"" literal)
    string(FIND "${all}" "Q_DECLARE_TR_FUNCTIONS(${context})" declared)
    if(NOT literal EQUAL -1 OR NOT declared EQUAL -1)
        continue()
    endif()
    if(context MATCHES "^Cairn::([A-Za-z0-9_]+)$")
        string(REGEX MATCH "class ${CMAKE_MATCH_1}[^;{]*{[ \t\r\n]*Q_OBJECT" object "${all}")
        if(object)
            continue()
        endif()
    endif()
    list(APPEND unknown "${context}")
endforeach()
if(unknown)
    message(FATAL_ERROR "lupdate files strings under contexts the program never looks up: "
        "${unknown}")
endif()
message(STATUS "${count} translation contexts, each one the program looks up")
