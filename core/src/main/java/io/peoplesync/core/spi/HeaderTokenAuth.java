package io.peoplesync.core.spi;

import io.peoplesync.core.Secret;
import io.peoplesync.core.internal.ApiRequest;
import io.peoplesync.core.internal.ApiResponse;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends {@code Authorization: <scheme> <token>} (for example {@code Token abc}) plus fixed headers
 * such as an application id and an API version.
 */
public final class HeaderTokenAuth implements AuthStrategy {
  private final String scheme;
  private final Secret token;
  private final Map<String, String> headers;

  /** Creates the strategy; {@code headers} are sent as given and are not secret. */
  public HeaderTokenAuth(String scheme, Secret token, Map<String, String> headers) {
    this.scheme = Objects.requireNonNull(scheme, "scheme == null");
    this.token = Objects.requireNonNull(token, "token == null");
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  @Override
  public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
    ApiRequest r = request.withHeader("Authorization", scheme + " " + token.reveal());
    for (Map.Entry<String, String> h : headers.entrySet()) {
      r = r.withHeader(h.getKey(), h.getValue());
    }
    return chain.proceed(r);
  }

  @Override
  public Collection<String> secrets() {
    return List.of(token.reveal());
  }

  @Override
  public String toString() {
    return "HeaderTokenAuth{scheme=" + scheme + ", token=****, headers=" + headers.keySet() + "}";
  }
}
