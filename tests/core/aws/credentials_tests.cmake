# Credentials, profiles, region and AwsSettings.
kinescope_add_test(NAME test_profile_config
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_profile_config.cpp
    LABELS unit)
