package io.peoplesync.core.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The RFC 6749 token response fields the provider reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
final class TokenResponse {
  @JsonProperty("access_token")
  String accessToken;

  @JsonProperty("expires_in")
  Long expiresIn;

  @JsonProperty("refresh_token")
  String refreshToken;

  @Override
  public String toString() {
    return "TokenResponse{access_token=****, expires_in=" + expiresIn + "}";
  }
}
