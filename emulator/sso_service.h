#pragma once

#include "emulator/api_call.h"

namespace kinescope::emu {

// AWS IAM Identity Center portal (rest-json, sso 2019-06-10):
// GET /federation/credentials?role_name=&account_id= with x-amz-sso_bearer_token.
// Authenticated by the bearer token, not SigV4.
void addSsoRoutes(Router& router);

} // namespace kinescope::emu
