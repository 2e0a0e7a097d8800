# Removes the pages Doxygen writes for the folders the book's .md files live
# in (dir_*.html, titled with a path of the build machine): no page of the
# book links to them.
file(GLOB folder_pages ${HTML}/dir_*.html ${HTML}/dir_*.map ${HTML}/dir_*.md5 ${HTML}/dir_*.svg)
if(folder_pages)
  file(REMOVE ${folder_pages})
endif()
