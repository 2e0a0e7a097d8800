# check_sha256.cmake - fails unless FILE's SHA-256 is SHA256.
#   cmake -DFILE=path -DSHA256=hex -P check_sha256.cmake
file(SHA256 ${FILE} actual)
if(NOT actual STREQUAL SHA256)
  message(FATAL_ERROR "${FILE}: SHA-256 ${actual}, expected ${SHA256}: the file has changed")
endif()
message(STATUS "${FILE}: SHA-256 ${actual}, as published")
