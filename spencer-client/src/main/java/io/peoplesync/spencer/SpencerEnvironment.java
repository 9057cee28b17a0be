package io.peoplesync.spencer;

import java.net.URI;

/**
 * The two Spencer environments and how each derives its hosts from the customer name. The name is
 * validated as a DNS label before it reaches here, so plain concatenation is safe.
 */
enum SpencerEnvironment {
  PRODUCTION("-api.spencer.co", "https://spencermultissov2-production-identity.spencer.co"),
  STAGING("-stag-api.spencer.co", "https://spencermultissov2-staging-identity.spencer.co");

  static final String API_BASE_PATH = "/agent/integration/api/v1";

  private final String apiHostSuffix;
  private final String identityOrigin;

  SpencerEnvironment(String apiHostSuffix, String identityOrigin) {
    this.apiHostSuffix = apiHostSuffix;
    this.identityOrigin = identityOrigin;
  }

  URI apiUri(String customer) {
    return URI.create("https://" + customer + apiHostSuffix + API_BASE_PATH);
  }

  URI tokenUri(String customer) {
    return URI.create(
        identityOrigin + "/auth/oauth2/realms/root/realms/" + customer + "/access_token");
  }
}
