# SigV4 signing and endpoint resolution (owner: signer).
target_sources(kinescope_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/sigv4_signer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/endpoint_resolver.cpp)
