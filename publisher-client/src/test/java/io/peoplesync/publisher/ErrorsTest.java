package io.peoplesync.publisher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.publisher.Wire.GRACE;
import static io.peoplesync.publisher.Wire.fixture;
import static io.peoplesync.publisher.Wire.ok;
import static io.peoplesync.publisher.Wire.path;
import static io.peoplesync.publisher.Wire.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.peoplesync.core.ApiResponseException;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.core.RateLimitException;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.ServerException;
import io.peoplesync.core.testing.ManualClock;
import io.peoplesync.core.testing.Mode;
import io.peoplesync.core.testing.RecordingDelayer;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorsTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  static Stream<Arguments> documentedErrors() {
    return Stream.of(
            Arguments.of(
                404,
                "errors/not-found",
                NotFoundException.class,
                "108",
                "The requested user does not exist"),
            Arguments.of(
                400,
                "errors/missing-body",
                BadRequestException.class,
                "74",
                "Request parameters are missing"),
            Arguments.of(
                403,
                "errors/api-disabled",
                AuthenticationException.class,
                "51",
                "API is not enabled"),
            Arguments.of(
                401,
                "errors/ip-not-registered",
                AuthenticationException.class,
                "53",
                "IP address is not registered for this application API"))
        .flatMap(
            a ->
                Stream.of(MediaFormat.values())
                    .flatMap(
                        f ->
                            Stream.of(Mode.values())
                                .map(m -> Arguments.of(concat(a.get(), f, m)))));
  }

  private static Object[] concat(Object[] args, MediaFormat format, Mode mode) {
    Object[] all = Arrays.copyOf(args, args.length + 2);
    all[args.length] = format;
    all[args.length + 1] = mode;
    return all;
  }

  @ParameterizedTest
  @MethodSource("documentedErrors")
  void mapsDocumentedErrorBodiesToExceptionsWithRefAndSummary(
      int status,
      String fixture,
      Class<? extends ApiResponseException> type,
      String ref,
      String summary,
      MediaFormat format,
      Mode mode) {
    wm.stubFor(
        get(path("/api/2/users/3")).willReturn(respond(status, format, fixture(fixture, format))));
    UsersApi users = Wire.client(wm, format).users();

    ApiResponseException e =
        catchThrowableOfType(
            ApiResponseException.class,
            () -> mode.call(() -> users.get("3"), () -> users.getAsync("3")));

    assertThat(e).isInstanceOf(type).hasMessageNotContaining(Wire.TOKEN);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.vendorCode()).contains(ref);
    assertThat(e.vendorMessage()).contains(summary);
    Matcher link =
        java.util.regex.Pattern.compile("(https://[^\"<]+/api/2/error/\\d+)")
            .matcher(fixture(fixture, format));
    assertThat(e.details().properties().get("link")).isEqualTo(link.find() ? link.group(1) : null);
    assertThat(e.endpoint()).isEqualTo("publisher.users.get");
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void reportsARejectedListLimitWithItsRef(MediaFormat format) {
    wm.stubFor(
        get(path("/api/2/users?offset=0&limit=5000"))
            .willReturn(respond(400, format, fixture("errors/bad-limit", format))));
    UserListQuery query = UserListQuery.builder().limit(5000).build();

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () -> Wire.client(wm, format).users().list(query).iterator().hasNext());

    assertThat(e.vendorCode()).contains("107");
    assertThat(e.vendorMessage()).contains("Invalid parameter: limit");
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void leavesVendorFieldsEmptyForABodyInAnotherFormat(MediaFormat format) {
    wm.stubFor(
        get(path("/api/2/users/3"))
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Bad gateway</body></html>")));

    ServerException e =
        catchThrowableOfType(ServerException.class, () -> Wire.client(wm, format).users().get("3"));

    assertThat(e.vendorCode()).isEmpty();
    assertThat(e.vendorMessage()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.peoplesync.publisher.Wire#formatsAndModes")
  void waitsUntilTheRateLimitResetsAndRetriesEvenAnAdd(MediaFormat format, Mode mode) {
    ManualClock clock = new ManualClock();
    RecordingDelayer delayer = new RecordingDelayer(clock);
    long reset = clock.instant().getEpochSecond() + 30;
    wm.stubFor(
        post(path("/api/2/users"))
            .inScenario("rate limit")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                respond(429, format, fixture("errors/rate-limited", format))
                    .withHeader("X-Ratelimit-Reset", Long.toString(reset)))
            .willSetStateTo("reset"));
    wm.stubFor(
        post(path("/api/2/users"))
            .inScenario("rate limit")
            .whenScenarioStateIs("reset")
            .willReturn(ok("users/summary-200", format)));
    UsersApi users =
        Wire.builder(wm, format)
            .bearerToken(Wire.TOKEN)
            .retryPolicy(RetryPolicy.defaults())
            .clock(clock)
            .delayer(delayer)
            .build()
            .users();

    UserSummary summary = mode.call(() -> users.add(GRACE), () -> users.addAsync(GRACE));

    assertThat(summary.id()).contains("3");
    assertThat(delayer.delays()).containsExactly(Duration.ofSeconds(30));
    wm.verify(2, postRequestedFor(urlEqualTo(path("/api/2/users"))));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void reportsTheResetTimeWhenRetriesAreUsedUp(MediaFormat format) {
    ManualClock clock = new ManualClock();
    long reset = clock.instant().getEpochSecond() + 45;
    wm.stubFor(
        get(path("/api/2/users/3"))
            .willReturn(
                respond(429, format, fixture("errors/rate-limited", format))
                    .withHeader("X-Ratelimit-Reset", Long.toString(reset))));
    UsersApi users = Wire.builder(wm, format).bearerToken(Wire.TOKEN).clock(clock).build().users();

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> users.get("3"));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(45));
    assertThat(e.vendorMessage()).contains("Rate limit exceeded");
    wm.verify(1, getRequestedFor(urlEqualTo(path("/api/2/users/3"))));
  }
}
