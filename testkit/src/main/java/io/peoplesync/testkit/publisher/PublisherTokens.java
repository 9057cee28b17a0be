package io.peoplesync.testkit.publisher;

import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.RecordedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Publisher's tokens: one static access token, and the OAuth2 refresh-token grant at {@code POST
 * /api/oauth2/token} (form-encoded {@code grant_type=refresh_token}, {@code refresh_token}, {@code
 * client_id}, {@code client_secret}). Each grant issues a new access token and a new refresh token;
 * earlier refresh tokens stay valid (Publisher's last a year). Token errors use OAuth2's {@code
 * {"error", "error_description"}} body. Not thread-safe: the fake calls it under its lock.
 */
final class PublisherTokens {
  static final long ACCESS_TOKEN_SECONDS = 3600;
  private static final long REFRESH_TOKEN_SECONDS = 31_536_000;

  private String staticToken;
  private String clientId;
  private String clientSecret;
  private final Set<String> refreshTokens = new HashSet<>();
  private final Set<String> liveAccessTokens = new HashSet<>();
  private final List<String> issuedAccessTokens = new ArrayList<>();
  private int grants;

  PublisherTokens(String staticToken, String clientId, String clientSecret, String refreshToken) {
    this.staticToken = staticToken;
    useClient(clientId, clientSecret, refreshToken);
  }

  void useStaticToken(String token) {
    this.staticToken = token;
  }

  String staticToken() {
    return staticToken;
  }

  void useClient(String clientId, String clientSecret, String refreshToken) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    refreshTokens.clear();
    refreshTokens.add(refreshToken);
  }

  /** Returns whether {@code Authorization} carries the static token or a live issued one. */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    String token = authorization.substring(7).trim();
    return token.equals(staticToken) || liveAccessTokens.contains(token);
  }

  void revokeAccessTokens() {
    liveAccessTokens.clear();
  }

  List<String> issuedAccessTokens() {
    return List.copyOf(issuedAccessTokens);
  }

  /** Answers a token request. */
  FakeResponse grant(RecordedRequest request) {
    String type = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      return oauthError(400, "invalid_request", "The token request must be form-encoded");
    }
    Map<String, String> form = form(request.bodyText());
    if (!"refresh_token".equals(form.get("grant_type"))) {
      return oauthError(
          400, "unsupported_grant_type", "Only grant_type=refresh_token is supported");
    }
    if (!clientId.equals(form.get("client_id"))
        || !clientSecret.equals(form.get("client_secret"))) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    String refresh = form.get("refresh_token");
    if (refresh == null || !refreshTokens.contains(refresh)) {
      return oauthError(400, "invalid_grant", "The refresh token is invalid");
    }
    grants++;
    String access = "fake-publisher-access-" + grants;
    String rotated = "fake-publisher-refresh-" + grants;
    liveAccessTokens.add(access);
    issuedAccessTokens.add(access);
    refreshTokens.add(rotated);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", access);
    body.put("token_type", "bearer");
    body.put("expires_in", ACCESS_TOKEN_SECONDS);
    body.put("refresh_token", rotated);
    body.put("refresh_token_expires_in", REFRESH_TOKEN_SECONDS);
    return FakeResponse.json(200, body).withHeader("Cache-Control", "no-store");
  }

  private static FakeResponse oauthError(int status, String error, String description) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    return FakeResponse.json(status, body);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.putIfAbsent(
            decode(pair.substring(0, eq)).toLowerCase(Locale.ROOT), decode(pair.substring(eq + 1)));
      }
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
