target_sources(kinescope_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/fragment.h
    ${CMAKE_CURRENT_LIST_DIR}/kvs_types.h
    ${CMAKE_CURRENT_LIST_DIR}/data_endpoint_cache.h
    ${CMAKE_CURRENT_LIST_DIR}/data_endpoint_cache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kvs_json.h
    ${CMAKE_CURRENT_LIST_DIR}/kvs_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kvs_client.h
    ${CMAKE_CURRENT_LIST_DIR}/kvs_client.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fragment_list_job.h
    ${CMAKE_CURRENT_LIST_DIR}/fragment_list_job.cpp
)
