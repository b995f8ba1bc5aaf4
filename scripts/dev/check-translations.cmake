# The check_translations test: is every translatable sentence of today's sources in the catalogue, finished?
# Runs lupdate over src/ and ui/ into a scratch copy (the real .ts is never touched), then
# check-translations.py, which exits 1 on unfinished, vanished or mismatched entries.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/translations")
file(COPY "${SOURCE_DIR}/translations/waqtor-admin_ar.ts" DESTINATION "${WORK_DIR}/translations")
set(scratch "${WORK_DIR}/translations/waqtor-admin_ar.ts")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete "${SOURCE_DIR}/src" "${SOURCE_DIR}/ui" -ts "${scratch}"
    RESULT_VARIABLE lupdate_result)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result})")
endif()
execute_process(COMMAND "${PYTHON}" "${SOURCE_DIR}/scripts/dev/check-translations.py" "${scratch}"
                RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
    message(FATAL_ERROR "The Arabic catalogue misses sentences of the sources (listed above): run "
                        "`cmake --build build --target update_translations` and translate them "
                        "(glossary: translations/README.md).")
endif()
