# mutant.cmake - one known bug, as a patch (mutants/NAME.patch), for the
# check that the exercise tests catch it.
#
#   cmake -DMODE=apply -DPATCH_PROGRAM=patch -DREFERENCE=chapters/.../x.cpp
#         -DPATCH=mutants/NAME.patch -DOUT=variants/mutant_NAME/x.cpp -P mutant.cmake
#       At build time: OUT = REFERENCE with the patch applied. If the patch no
#       longer applies (the reference was changed), OUT is the unchanged
#       reference and OUT.status says why: the build goes on, and only this
#       mutant's test fails.
#   cmake -DMODE=run -DOUT=... -DTESTS=exercise_tests_mutant_NAME -P mutant.cmake
#       At test time: fails if the patch did not apply, or if no exercise test
#       failed on the mutant (the bug went unnoticed).
cmake_minimum_required(VERSION 3.25)
get_filename_component(name ${OUT} DIRECTORY)
get_filename_component(name ${name} NAME)

if(MODE STREQUAL "apply")
  execute_process(COMMAND ${PATCH_PROGRAM} --silent --force --output=${OUT}.new
                          ${REFERENCE} ${PATCH}
                  RESULT_VARIABLE failed OUTPUT_VARIABLE said ERROR_VARIABLE said)
  file(REMOVE ${OUT}.new.rej ${OUT}.new.orig)
  if(failed)
    file(WRITE ${OUT}.status "${PATCH} no longer applies to ${REFERENCE}: ${said}")
    file(COPY_FILE ${REFERENCE} ${OUT}.new)
  else()
    file(WRITE ${OUT}.status "applied")
  endif()
  # Only a changed file is rewritten, so the variant is not rebuilt for nothing.
  file(COPY_FILE ${OUT}.new ${OUT} ONLY_IF_DIFFERENT)
  file(REMOVE ${OUT}.new)
elseif(MODE STREQUAL "run")
  file(READ ${OUT}.status status)
  if(NOT status STREQUAL "applied")
    message(FATAL_ERROR "${name}: ${status}\nUpdate the patch to match the reference "
                        "solution (make the same bug again, then diff -u).")
  endif()
  execute_process(COMMAND ${TESTS} RESULT_VARIABLE result OUTPUT_VARIABLE output
                  ERROR_VARIABLE output)
  message("${output}")
  if(NOT output MATCHES "test cases:[^\n]*[1-9][0-9]* failed")
    message(FATAL_ERROR "${name}: the bug was not caught: no exercise test failed "
                        "(exit code ${result})")
  endif()
  message("${name}: caught")
else()
  message(FATAL_ERROR "mutant.cmake: MODE must be apply or run")
endif()
