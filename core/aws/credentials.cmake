# Credentials, profiles and region (AwsSettings): resolved as the AWS CLI v2 does.
target_sources(kinescope_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/profile_config.cpp
    ${CMAKE_CURRENT_LIST_DIR}/caching_credential_provider.cpp
    ${CMAKE_CURRENT_LIST_DIR}/environment_credentials.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profile_credentials.cpp
    ${CMAKE_CURRENT_LIST_DIR}/process_credentials.cpp
    ${CMAKE_CURRENT_LIST_DIR}/assume_role_credentials.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sso_credentials.cpp
    ${CMAKE_CURRENT_LIST_DIR}/memory_secret_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/qt_keychain_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keychain_credentials.cpp
    ${CMAKE_CURRENT_LIST_DIR}/credential_chain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aws_settings.cpp
)
