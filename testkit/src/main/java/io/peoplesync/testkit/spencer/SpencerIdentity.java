package io.peoplesync.testkit.spencer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.RecordedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The identity side of the fake: a ForgeRock-style client-credentials token endpoint for one realm
 * (the customer) and the bearer check of every API call. Not thread-safe: {@link FakeSpencer}
 * guards it.
 */
final class SpencerIdentity {
  private static final List<String> TOKEN_PATH_PREFIX =
      List.of("auth", "oauth2", "realms", "root", "realms");

  private final String customer;
  private String clientId;
  private String clientSecret;
  private long lifetimeSeconds = 3600;
  private final Set<String> activeTokens = new HashSet<>();
  private int tokenRequests;

  SpencerIdentity(String customer, String clientId, String clientSecret) {
    this.customer = customer;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  String customer() {
    return customer;
  }

  String clientId() {
    return clientId;
  }

  String clientSecret() {
    return clientSecret;
  }

  String tokenPath() {
    return "/" + String.join("/", TOKEN_PATH_PREFIX) + "/" + customer + "/access_token";
  }

  void credentials(String clientId, String clientSecret) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  void lifetimeSeconds(long seconds) {
    this.lifetimeSeconds = seconds;
  }

  void revokeAll() {
    activeTokens.clear();
  }

  int tokenRequests() {
    return tokenRequests;
  }

  int activeTokens() {
    return activeTokens.size();
  }

  /** Returns whether {@code request} is aimed at a realm's token endpoint, this one or another. */
  static boolean isTokenRequest(RecordedRequest request) {
    List<String> s = request.segments();
    return s.size() == 7
        && s.subList(0, 5).equals(TOKEN_PATH_PREFIX)
        && s.get(6).equals("access_token");
  }

  /** Answers a token request: a fresh bearer token, or the OAuth2 error RFC 6749 prescribes. */
  FakeResponse token(RecordedRequest request) {
    tokenRequests++;
    if (!request.method().equals("POST")) {
      return oauthError(405, "invalid_request", "use POST").withHeader("Allow", "POST");
    }
    if (!request.segments().get(5).equals(customer)) {
      return oauthError(400, "invalid_request", "Invalid realm");
    }
    boolean form =
        request
            .header("Content-Type")
            .map(t -> t.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
            .orElse(false);
    if (!form) {
      return oauthError(400, "invalid_request", "expected application/x-www-form-urlencoded");
    }
    Map<String, String> fields = parseForm(request.bodyText());
    basicCredentials(request, fields);
    String grant = fields.get("grant_type");
    if (grant == null) {
      return oauthError(400, "invalid_request", "grant_type is required");
    }
    if (!grant.equals("client_credentials")) {
      return oauthError(400, "unsupported_grant_type", "only client_credentials is supported");
    }
    if (!clientId.equals(fields.get("client_id"))
        || !clientSecret.equals(fields.get("client_secret"))) {
      return oauthError(401, "invalid_client", "Client authentication failed")
          .withHeader("WWW-Authenticate", "Basic realm=\"" + customer + "\"");
    }
    String token = "fake-spencer-" + UUID.randomUUID();
    activeTokens.add(token);
    ObjectNode body =
        SpencerReplies.JSON
            .createObjectNode()
            .put("access_token", token)
            .put("token_type", "Bearer")
            .put("expires_in", lifetimeSeconds);
    return FakeResponse.json(200, body)
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
  }

  /** Returns whether the request carries {@code Authorization: Bearer <an active token>}. */
  boolean authorized(RecordedRequest request) {
    String header = request.header("Authorization").orElse("");
    int space = header.indexOf(' ');
    return space > 0
        && header.substring(0, space).equalsIgnoreCase("Bearer")
        && activeTokens.contains(header.substring(space + 1).trim());
  }

  FakeResponse unauthorized() {
    return SpencerReplies.error(401, "unauthorized", "missing, invalid or expired access token")
        .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
  }

  private static FakeResponse oauthError(int status, String error, String description) {
    ObjectNode body =
        SpencerReplies.JSON
            .createObjectNode()
            .put("error", error)
            .put("error_description", description);
    return FakeResponse.json(status, body);
  }

  /**
   * Takes client credentials from HTTP Basic when the form does not carry them (RFC 6749 2.3.1).
   */
  private static void basicCredentials(RecordedRequest request, Map<String, String> fields) {
    String header = request.header("Authorization").orElse("");
    if (!header.regionMatches(true, 0, "Basic ", 0, 6) || fields.containsKey("client_id")) {
      return;
    }
    try {
      String pair =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon > 0) {
        fields.put("client_id", decode(pair.substring(0, colon)));
        fields.put("client_secret", decode(pair.substring(colon + 1)));
      }
    } catch (IllegalArgumentException e) {
      // Not Base64: the credentials stay missing and the request fails as invalid_client.
    }
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      out.putIfAbsent(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
