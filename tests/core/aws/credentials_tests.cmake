# Credentials, profiles, region and AwsSettings.
kinescope_add_test(NAME test_profile_config
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_profile_config.cpp
    LABELS unit)
kinescope_add_test(NAME test_credential_providers
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_credential_providers.cpp
    LABELS unit)
kinescope_add_test(NAME test_aws_settings
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_aws_settings.cpp
    LABELS unit)
kinescope_add_test(NAME test_credentials_emulator
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_credentials_emulator.cpp
    LABELS integration)
kinescope_add_test(NAME test_qt_keychain_store
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_qt_keychain_store.cpp
    LIBS Qt6Keychain::Qt6Keychain
    LABELS integration)
