# check_figures.cmake - run by the book build after the chapters, before Doxygen:
# lists every figure a page shows (\image html NAME, \dotfile NAME) that the
# chapters did not draw, e.g. because gnuplot is not installed.
#
#   cmake -DPAGES=docs/pages -DFIGURES=build/docs/figures -P check_figures.cmake
file(GLOB pages ${PAGES}/*.md)
set(missing "")
foreach(page IN LISTS pages)
  file(STRINGS ${page} lines REGEX "^\\\\(image html|dotfile) ")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^\\\\(image html|dotfile) +([^ ]+).*" "\\2" figure "${line}")
    if(NOT EXISTS ${FIGURES}/${figure})
      get_filename_component(page_name ${page} NAME)
      list(APPEND missing "${figure} (shown in docs/pages/${page_name})")
    endif()
  endforeach()
endforeach()
if(missing)
  list(LENGTH missing count)
  list(JOIN missing "\n  " listed)
  message(WARNING "The book is missing ${count} figure(s):\n  ${listed}\n"
                  "The chapters draw them with gnuplot: apt-get install gnuplot-nox, then build "
                  "the book again.")
endif()
