package io.peoplesync.publisher;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.publisher.Wire.path;
import static io.peoplesync.publisher.Wire.respond;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.Paged;
import io.peoplesync.core.testing.Mode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PagingTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private static String page(MediaFormat format, int from, int to) {
    return format == MediaFormat.JSON
        ? IntStream.rangeClosed(from, to)
            .mapToObj(i -> "{\"id\":" + i + ",\"email\":\"user" + i + "@example.com\"}")
            .collect(Collectors.joining(",", "{\"users\":{\"user\":[", "]}}"))
        : IntStream.rangeClosed(from, to)
            .mapToObj(
                i ->
                    "<user><userid>"
                        + i
                        + "</userid><email>user"
                        + i
                        + "@example.com</email></user>")
            .collect(Collectors.joining("", "<users>", "</users>"));
  }

  private static int requests() {
    return wm.findAll(getRequestedFor(anyUrl())).size();
  }

  @ParameterizedTest
  @MethodSource("io.peoplesync.publisher.Wire#formatsAndModes")
  void fetchesFourHundredFiftyUsersOverThreePagesOnlyAsIterationReachesThem(
      MediaFormat format, Mode mode) {
    String first = path("/api/2/users?departments=Engineering&offset=0&limit=200");
    wm.stubFor(get(urlEqualTo(first)).willReturn(respond(200, format, page(format, 1, 200))));
    wm.stubFor(
        get(path("/api/2/users?departments=Engineering&offset=200&limit=200"))
            .willReturn(respond(200, format, page(format, 201, 400))));
    wm.stubFor(
        get(path("/api/2/users?departments=Engineering&offset=400&limit=200"))
            .willReturn(respond(200, format, page(format, 401, 450))));
    wm.stubFor(
        get(path("/api/2/users?departments=Engineering&offset=450&limit=200"))
            .willReturn(respond(200, format, page(format, 1, 0))));
    UsersApi users = Wire.client(wm, format).users();
    UserListQuery query = UserListQuery.builder().addDepartment("Engineering").build();

    Paged<UserSummary> all = mode.call(() -> users.list(query), () -> users.listAsync(query));

    assertThat(requests()).isEqualTo(mode == Mode.BLOCKING ? 0 : 1);
    Iterator<UserSummary> it = all.iterator();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ids.add(it.next().id().orElseThrow());
    }
    assertThat(requests()).isEqualTo(1);
    ids.add(it.next().id().orElseThrow());
    assertThat(requests()).isEqualTo(2);
    while (ids.size() < 400) {
      ids.add(it.next().id().orElseThrow());
    }
    assertThat(requests()).isEqualTo(2);
    it.forEachRemaining(u -> ids.add(u.id().orElseThrow()));
    // Publisher reports no page size, so only an empty page ends the listing.
    assertThat(requests()).isEqualTo(4);
    assertThat(ids)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 450).mapToObj(Integer::toString).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("io.peoplesync.publisher.Wire#formatsAndModes")
  void stopsAfterAFullLastPageAnsweredByAnEmptyOne(MediaFormat format, Mode mode) {
    wm.stubFor(
        get(path("/api/2/users?offset=10&limit=2"))
            .willReturn(respond(200, format, page(format, 11, 12))));
    wm.stubFor(
        get(path("/api/2/users?offset=12&limit=2"))
            .willReturn(respond(200, format, page(format, 1, 0))));
    UsersApi users = Wire.client(wm, format).users();
    UserListQuery query = UserListQuery.builder().offset(10).limit(2).build();

    Paged<UserSummary> all = mode.call(() -> users.list(query), () -> users.listAsync(query));

    assertThat(all.stream().map(u -> u.id().orElseThrow())).containsExactly("11", "12");
    assertThat(requests()).isEqualTo(2);
  }
}
