package io.peoplesync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.internal.ApiResponse;
import io.peoplesync.core.internal.FormBody;
import io.peoplesync.core.internal.PathTemplate;
import io.peoplesync.core.internal.RetryAfter;
import io.peoplesync.core.internal.UriEncoding;
import io.peoplesync.core.spi.Call;
import io.peoplesync.core.spi.Endpoint;
import io.peoplesync.core.spi.Validate;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoreUnitsTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private static ApiResponse withHeader(String name, String value) {
    return ApiResponse.of(429, Map.of(name, List.of(value)), new byte[0]);
  }

  @Test
  void parsesRetryHintsDefensively() {
    assertThat(RetryAfter.parse(withHeader("Retry-After", "30"), NOW))
        .contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse(withHeader("Retry-After", "-5"), NOW)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse(withHeader("Retry-After", "Thu, 01 Jan 2026 00:01:00 GMT"), NOW))
        .contains(Duration.ofMinutes(1));
    assertThat(RetryAfter.parse(withHeader("Retry-After", "Wed, 31 Dec 2025 00:00:00 GMT"), NOW))
        .contains(Duration.ZERO);
    assertThat(RetryAfter.parse(withHeader("Retry-After", "tomorrow"), NOW)).isEmpty();
    assertThat(
            RetryAfter.parse(
                withHeader("X-Ratelimit-Reset", Long.toString(NOW.getEpochSecond() + 90)), NOW))
        .contains(Duration.ofSeconds(90));
    assertThat(RetryAfter.parse(withHeader("X-Ratelimit-Reset", "15"), NOW))
        .contains(Duration.ofSeconds(15));
    assertThat(RetryAfter.parse(withHeader("X-Ratelimit-Reset", "later"), NOW)).isEmpty();
    assertThat(RetryAfter.parse(ApiResponse.of(429, Map.of(), null), NOW)).isEmpty();
  }

  @Test
  void retryPolicyBacksOffExponentiallyWithCapAndJitter() {
    RetryPolicy p =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofSeconds(1))
            .jitter(0.5)
            .build();

    assertThat(p.backoff(1, 0)).isEqualTo(Duration.ofMillis(100));
    assertThat(p.backoff(3, 0)).isEqualTo(Duration.ofMillis(400));
    assertThat(p.backoff(10, 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.backoff(40, 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.backoff(1, 0.999)).isBetween(Duration.ofMillis(50), Duration.ofMillis(51));
    assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(3);
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.defaults().toString()).contains("maxAttempts=3");
    assertThat(p.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void retryPolicyRejectsNonsenseNamingTheSetting() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .hasMessage("maxAttempts must be at least 1 (was 0)");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(-1)))
        .hasMessageStartingWith("initialBackoff must not be negative");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
        .hasMessage("jitter must be between 0 and 1 (was 1.5)");
    assertThatThrownBy(
            () ->
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofSeconds(9))
                    .maxBackoff(Duration.ofSeconds(1))
                    .build())
        .hasMessage("initialBackoff must not exceed maxBackoff");
    assertThatThrownBy(() -> RetryPolicy.builder().maxElapsed(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("maxElapsed == null");
  }

  @Test
  void validatesWithMessagesNamingFieldAndRule() {
    assertThat(Validate.notBlank("id", "x")).isEqualTo("x");
    assertThatThrownBy(() -> Validate.notBlank("id", " ")).hasMessage("id must not be blank");
    assertThatThrownBy(() -> Validate.maxLength("firstName", "x".repeat(256), 255))
        .hasMessage("firstName must be at most 255 characters (was 256)");
    assertThat(Validate.maxLength("firstName", null, 3)).isNull();
    assertThatThrownBy(() -> Validate.length("firstName", "", 1, 100))
        .hasMessage("firstName must be 1 to 100 characters (was 0)");
    assertThat(Validate.email("email", "a.b@c.io")).isEqualTo("a.b@c.io");
    assertThatThrownBy(() -> Validate.email("email", "a@b"))
        .hasMessage("email must be an e-mail address like name@example.com");
    assertThat(Validate.date("birthdate", "2000-02-29", "uuuu-MM-dd"))
        .isEqualTo(LocalDate.of(2000, 2, 29));
    assertThatThrownBy(() -> Validate.date("birthdate", "2001-02-29", "uuuu-MM-dd"))
        .hasMessage("birthdate must be a valid date in the format uuuu-MM-dd");
    assertThatThrownBy(() -> Validate.oneOf("gender", "x", List.of("m", "f")))
        .hasMessage("gender must be one of [m, f]");
    assertThatThrownBy(() -> Validate.hasKey("name", Map.of("nl-BE", "x"), "en-US"))
        .hasMessage("name must have an entry for en-US");
    assertThatThrownBy(() -> Validate.check(false, "limit", "must be at most 1000"))
        .hasMessage("limit must be at most 1000");
  }

  @Test
  void encodesUriPartsPerRfc3986() {
    assertThat(UriEncoding.segment("a b/c?d#e%f")).isEqualTo("a%20b%2Fc%3Fd%23e%25f");
    assertThat(UriEncoding.segment(".")).isEqualTo("%2E");
    assertThat(UriEncoding.segment("a.b")).isEqualTo("a.b");
    assertThat(UriEncoding.query("2026-01-01T00:00:00.000Z")).isEqualTo("2026-01-01T00:00:00.000Z");
    assertThat(UriEncoding.query("a+b&c=d")).isEqualTo("a%2Bb%26c%3Dd");
    assertThat(UriEncoding.form("a b+c")).isEqualTo("a+b%2Bc");
  }

  @Test
  void parsesPathTemplatesOnce() {
    PathTemplate t = PathTemplate.parse("/users/{userId}/tags/{tagId}");

    assertThat(t.variables()).containsExactly("userId", "tagId");
    assertThat(t.expand(Map.of("userId", "u 1", "tagId", "t"))).isEqualTo("/users/u%201/tags/t");
    assertThatThrownBy(() -> t.expand(Map.of("userId", "u")))
        .hasMessage("tagId must not be blank (path /users/{userId}/tags/{tagId})");
    assertThatThrownBy(() -> PathTemplate.parse("/a/{b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathTemplate.parse("/a/{}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathTemplate.parse("/a/b}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void callsAreImmutableAndReplaceQueryValues() {
    Call<Void> c = Call.empty().withQuery("a", "1").withQuery("b", "2").withQuery("a", "3");
    Call<Void> replaced = c.replaceQuery("a", "9").replaceQuery("z", "0");

    assertThat(c.query("a")).contains("1");
    assertThat(replaced.query()).extracting(Map.Entry::getKey).containsExactly("a", "b", "z");
    assertThat(replaced.query("a")).contains("9");
    assertThat(c.withQuery("o", Optional.empty())).isSameAs(c);
    assertThat(c.withQuery("o", Optional.of(5)).query("o")).contains("5");
    assertThat(c.withHeader("X-A", "1").headers()).containsEntry("X-A", "1");
    assertThat(Call.body("b").body()).contains("b");
    assertThat(c.toString()).contains("query=3 params");
    assertThatThrownBy(() -> Call.path("id", null)).hasMessage("id == null");
  }

  @Test
  void endpointsDeriveIdempotencyFromTheMethod() {
    assertThat(Endpoint.get("g", "/x").returnsNothing().idempotent()).isTrue();
    assertThat(Endpoint.put("p", "/x").returnsNothing().idempotent()).isTrue();
    assertThat(Endpoint.delete("d", "/x").returnsNothing().idempotent()).isTrue();
    assertThat(Endpoint.post("p", "/x").returnsNothing().idempotent()).isFalse();
    assertThat(Endpoint.patch("p", "/x").returnsNothing().idempotent()).isFalse();
    assertThat(Endpoint.post("p", "/x").idempotent(true).returnsNothing().idempotent()).isTrue();
    Endpoint<Void, Void> e =
        Endpoint.of("n", HttpMethod.GET, "/x/{id}")
            .header("X-V", "1")
            .format(MediaFormat.XML)
            .rootName("r")
            .query("q")
            .returnsNothing();
    assertThat(e.headers()).containsEntry("X-V", "1");
    assertThat(e.format()).contains(MediaFormat.XML);
    assertThat(e.rootName()).contains("r");
    assertThat(e.queryNames()).isEqualTo(Set.of("q"));
    assertThat(e.toString()).isEqualTo("n GET /x/{id}");
  }

  @Test
  void formBodiesHideTheirValues() {
    FormBody f = FormBody.empty().with("client_secret", "hidden-value");

    assertThat(f.fields()).containsEntry("client_secret", "hidden-value");
    assertThat(f.toString()).isEqualTo("FormBody[client_secret]").doesNotContain("hidden-value");
  }

  @Test
  void buildersRejectBadSettingsNamingThem() {
    assertThatThrownBy(() -> FakeVendorClient.builder().baseUri(URI.create("ftp://x.io")))
        .hasMessage("baseUri must be an absolute http or https URI");
    assertThatThrownBy(() -> FakeVendorClient.builder().baseUri(URI.create("/relative")))
        .hasMessage("baseUri must be an absolute http or https URI");
    assertThatThrownBy(() -> FakeVendorClient.builder().baseUri(URI.create("https://x.io/?a=b")))
        .hasMessage("baseUri must not have a query or fragment");
    assertThatThrownBy(() -> FakeVendorClient.builder().requestTimeout(Duration.ZERO))
        .hasMessage("requestTimeout must be positive (was PT0S)");
    assertThatThrownBy(() -> FakeVendorClient.builder().connectTimeout(Duration.ofSeconds(-1)))
        .hasMessageStartingWith("connectTimeout must be positive");
    assertThatThrownBy(() -> FakeVendorClient.builder().userAgentSuffix("a\nb"))
        .hasMessage("userAgentSuffix must be non-blank printable text");
    assertThatThrownBy(() -> FakeVendorClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("baseUri is required");
    assertThatThrownBy(() -> FakeVendorClient.builder().httpClient(null))
        .hasMessage("httpClient == null");
  }

  @Test
  void usesTheCallersOwnHttpClient() {
    HttpClient mine = HttpClient.newHttpClient();
    ClientOptions o =
        FakeVendorClient.builder().baseUri(URI.create("https://x.io")).httpClient(mine).options();

    assertThat(o.httpClient()).isSameAs(mine);
    assertThat(o.requestTimeout()).contains(Duration.ofSeconds(30));
    assertThat(o.userAgent()).matches("peoplesync/\\S+ java/\\S+");
    assertThat(o.withBaseUri(URI.create("https://id.x.io/token")).baseUri()).hasHost("id.x.io");
  }

  @Test
  void apiResponsesAndRawResponsesReadHeadersCaseInsensitively() {
    ApiResponse r =
        ApiResponse.of(200, Map.of("Content-Type", List.of("application/json")), "{}".getBytes());
    io.peoplesync.core.RawResponse raw = new io.peoplesync.core.RawResponse(200, r.headers(), "{}");

    assertThat(r.header("CONTENT-TYPE")).contains("application/json");
    assertThat(r.toString()).isEqualTo("ApiResponse{status=200, bodyLength=2}");
    assertThat(raw.header("Content-Type")).contains("application/json");
    assertThat(raw.header("missing")).isEmpty();
    assertThat(raw.toString()).isEqualTo("RawResponse{status=200, bodyLength=2}");
  }
}
