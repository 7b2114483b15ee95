target_sources(kinescope_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/aws_error.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aws_client.cpp
    ${CMAKE_CURRENT_LIST_DIR}/error_parser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quota_budget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/retry_policy.cpp
)
target_compile_definitions(kinescope_core PRIVATE KINESCOPE_VERSION="${PROJECT_VERSION}")
