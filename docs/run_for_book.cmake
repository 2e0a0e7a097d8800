# run_for_book.cmake - runs one chapter program for the book and writes its
# transcript: the command that repeats the run, then everything it printed.
#
#   cmake -DTRANSCRIPT=FILE -P run_for_book.cmake PROGRAM ARG...
#
# The first line shows the program as build/bin/NAME with the arguments that
# change what it prints: --figures DIR and --no-figures, which only say
# where the pictures go, are left out ("$ build/bin/chapter_5 --lr 50"). A
# program that fails, or cannot write all it printed, fails the build; its
# messages (stderr) go to the terminal.
set(words "")
set(after_script FALSE)
set(skip_next FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  set(word "${CMAKE_ARGV${i}}")
  if(NOT after_script)
    if(word MATCHES "run_for_book\\.cmake$")
      set(after_script TRUE)
    endif()
    continue()
  endif()
  list(APPEND command "${word}")
  if(NOT program)
    set(program "${word}")
    get_filename_component(name "${word}" NAME)
    set(shown "$ build/bin/${name}")
  elseif(skip_next)
    set(skip_next FALSE)
  elseif(word STREQUAL "--figures")
    set(skip_next TRUE)
  elseif(NOT word STREQUAL "--no-figures")
    if(NOT word MATCHES "^[A-Za-z0-9_./:=,+%@-]+$")
      message(FATAL_ERROR "run_for_book: '${word}' would need quoting in the transcript's "
                          "first line; the book's runs (docs/book_runs.cmake) use plain words")
    endif()
    string(APPEND shown " ${word}")
  endif()
endforeach()
execute_process(COMMAND ${command} OUTPUT_FILE "${TRANSCRIPT}.part" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE "${TRANSCRIPT}.part")
  message(FATAL_ERROR "${shown} (for the book) failed: exit status ${status}")
endif()
file(READ "${TRANSCRIPT}.part" printed)
file(WRITE "${TRANSCRIPT}" "${shown}\n${printed}")
file(REMOVE "${TRANSCRIPT}.part")
