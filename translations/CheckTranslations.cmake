# cmake -DTS_FILES="a.ts|b.ts" [-DLUPDATE=... -DSOURCES_LIST=... -DINCLUDE_DIRS=... -DWORK_DIR=...]
#       -P CheckTranslations.cmake
#
# Fails when a .ts file has an entry that is unfinished (no translation yet), obsolete or vanished
# (its source string is gone). With LUPDATE it first runs lupdate over the sources on a copy of
# each file, so a string added to the sources without a translation fails too; the committed
# .ts files are never modified.

string(REPLACE "|" ";" TS_FILES "${TS_FILES}")
string(REPLACE "|" ";" PLURAL_TS_FILES "${PLURAL_TS_FILES}")
string(REPLACE "|" ";" INCLUDE_DIRS "${INCLUDE_DIRS}")
set(files_to_check ${TS_FILES})
if(LUPDATE)
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    set(files_to_check "")
    set(include_args "")
    foreach(dir IN LISTS INCLUDE_DIRS)
        list(APPEND include_args "-I${dir}")
    endforeach()
    # The full catalogues, then those that hold only plural forms (English).
    foreach(group "" "-pluralonly")
        if(group STREQUAL "")
            set(group_files ${TS_FILES})
        else()
            set(group_files ${PLURAL_TS_FILES})
        endif()
        set(copies "")
        foreach(ts IN LISTS group_files)
            get_filename_component(name "${ts}" NAME)
            file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
            list(APPEND copies "${WORK_DIR}/${name}")
        endforeach()
        if(copies)
            execute_process(
                COMMAND "${LUPDATE}" -silent ${group} -locations relative ${include_args}
                        "@${SOURCES_LIST}" -ts ${copies}
                RESULT_VARIABLE lupdate_result)
            if(NOT lupdate_result EQUAL 0)
                message(FATAL_ERROR "lupdate failed (${lupdate_result})")
            endif()
            list(APPEND files_to_check ${copies})
        endif()
    endforeach()
endif()

set(problems 0)
foreach(ts IN LISTS files_to_check)
    file(STRINGS "${ts}" lines)
    set(source "")
    set(line_number 0)
    foreach(line IN LISTS lines)
        math(EXPR line_number "${line_number} + 1")
        if(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<source>(.*)")
            set(source "${CMAKE_MATCH_1}")
        endif()
        if(line MATCHES "type=\"(unfinished|obsolete|vanished)\"")
            message(SEND_ERROR "${ts}:${line_number}: ${CMAKE_MATCH_1}: \"${source}\"")
            math(EXPR problems "${problems} + 1")
        endif()
    endforeach()
endforeach()

if(problems GREATER 0)
    message(FATAL_ERROR "${problems} translation(s) to finish: run `ninja update_translations`, "
                        "translate the entries above in translations/*.ts, and drop vanished ones.")
endif()
