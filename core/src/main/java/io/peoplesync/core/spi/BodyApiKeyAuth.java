package io.peoplesync.core.spi;

import io.peoplesync.core.Secret;
import io.peoplesync.core.internal.ApiRequest;
import io.peoplesync.core.internal.ApiResponse;
import io.peoplesync.core.internal.RequestBody;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Merges credentials as top-level fields into every JSON request body (ORTEC's {@code feed} and
 * {@code apikey}); a request without a body (GET) gets them as query parameters instead.
 *
 * <pre>{@code
 * new BodyApiKeyAuth.Builder().field("feed", feed).secretField("apikey", Secret.of("apiKey", key)).build();
 * }</pre>
 */
public final class BodyApiKeyAuth implements AuthStrategy {
  private final Map<String, Object> fields;

  private BodyApiKeyAuth(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
    ApiRequest r = request;
    if (request.body().isPresent()) {
      RequestBody body = request.body().get();
      for (Map.Entry<String, Object> f : fields.entrySet()) {
        body = body.withField(f.getKey(), plain(f.getValue()));
      }
      r = r.withBody(body);
    } else {
      for (Map.Entry<String, Object> f : fields.entrySet()) {
        r = r.withQueryParam(f.getKey(), plain(f.getValue()));
      }
    }
    return chain.proceed(r);
  }

  private static String plain(Object value) {
    return value instanceof Secret ? ((Secret) value).reveal() : (String) value;
  }

  @Override
  public Collection<String> secrets() {
    List<String> secrets = new ArrayList<>();
    fields.values().stream().filter(v -> v instanceof Secret).forEach(v -> secrets.add(plain(v)));
    return secrets;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BodyApiKeyAuth{");
    fields.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
    return sb.toString().trim() + "}";
  }

  /** Builds a {@link BodyApiKeyAuth}; fields are written in the order they are added. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a field that is not secret (shown in {@code toString()}). */
    public Builder field(String name, String value) {
      fields.put(
          Objects.requireNonNull(name, "name == null"),
          Objects.requireNonNull(value, () -> name + " == null"));
      return this;
    }

    /** Adds a secret field (masked everywhere). */
    public Builder secretField(String name, Secret value) {
      fields.put(
          Objects.requireNonNull(name, "name == null"),
          Objects.requireNonNull(value, () -> name + " == null"));
      return this;
    }

    /** Returns the strategy. */
    public BodyApiKeyAuth build() {
      return new BodyApiKeyAuth(Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
    }
  }
}
