package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.fakevendor.FakeUser;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private FakeVendorClient client() {
    return FakeVendorClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private void stubCursorPages() {
    wm.stubFor(
        get(urlEqualTo("/users?limit=2"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"external_id\":\"a\"},{\"external_id\":\"b\"}],\"next\":\"c2\"}")));
    wm.stubFor(
        get(urlEqualTo("/users?limit=2&cursor=c2"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"external_id\":\"c\"},{\"external_id\":\"d\"}],\"next\":\"c3\"}")));
    wm.stubFor(
        get(urlEqualTo("/users?limit=2&cursor=c3"))
            .willReturn(okJson("{\"items\":[{\"external_id\":\"e\"}]}")));
  }

  @Test
  void makesNoRequestBeforeIterationStarts() {
    client().list(2);

    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void makesNoRequestForPageTwoWhenOnlyPageOneIsConsumed() {
    stubCursorPages();

    List<String> firstTwo =
        client().list(2).stream().limit(2).map(FakeUser::externalId).collect(Collectors.toList());

    assertThat(firstTwo).containsExactly("a", "b");
    wm.verify(1, getRequestedFor(urlPathEqualTo("/users")));
  }

  @Test
  void followsCursorsToTheLastPage() {
    stubCursorPages();

    List<String> all = new ArrayList<>();
    for (FakeUser u : client().list(2)) {
      all.add(u.externalId());
    }

    assertThat(all).containsExactly("a", "b", "c", "d", "e");
    wm.verify(3, getRequestedFor(urlPathEqualTo("/users")));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/users")).withQueryParam("cursor", equalTo("c3")));
  }

  @Test
  void exposesPagesWithTheirCursors() {
    stubCursorPages();

    List<Page<FakeUser>> pages = new ArrayList<>();
    client().list(2).pages().forEach(pages::add);

    assertThat(pages)
        .extracting(Page::nextCursor)
        .containsExactly(Optional.of("c2"), Optional.of("c3"), Optional.empty());
    assertThat(pages.get(2).toString()).isEqualTo("Page{items=1, hasNext=false}");
  }

  @Test
  void asyncListingFetchesTheFirstPageAheadAndReusesIt() {
    stubCursorPages();

    Paged<FakeUser> paged = client().listAsync(2).join();
    wm.verify(1, getRequestedFor(urlPathEqualTo("/users")));
    List<String> ids = paged.stream().map(FakeUser::externalId).collect(Collectors.toList());

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    wm.verify(3, getRequestedFor(urlPathEqualTo("/users")));
  }

  @Test
  void followsOffsetsUntilAnEmptyPage() {
    wm.stubFor(
        get(urlEqualTo("/users-by-offset?limit=2"))
            .willReturn(okJson("{\"items\":[{\"external_id\":\"a\"},{\"external_id\":\"b\"}]}")));
    wm.stubFor(
        get(urlEqualTo("/users-by-offset?limit=2&offset=2"))
            .willReturn(okJson("{\"items\":[{\"external_id\":\"c\"},{\"external_id\":\"d\"}]}")));
    wm.stubFor(
        get(urlEqualTo("/users-by-offset?limit=2&offset=4")).willReturn(okJson("{\"items\":[]}")));

    assertThat(client().listByOffset(2).stream().map(FakeUser::externalId))
        .containsExactly("a", "b", "c", "d");
    wm.verify(3, getRequestedFor(urlPathEqualTo("/users-by-offset")));
  }

  @Test
  void followsCursorsWhenTheServerCapsThePageSizeBelowTheRequestedLimit() {
    wm.stubFor(
        get(urlEqualTo("/users?limit=5"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"external_id\":\"a\"},{\"external_id\":\"b\"}],"
                        + "\"next\":\"c2\",\"page_size\":2}")));
    wm.stubFor(
        get(urlEqualTo("/users?limit=5&cursor=c2"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"external_id\":\"c\"},{\"external_id\":\"d\"}],"
                        + "\"next\":\"c3\",\"page_size\":2}")));
    wm.stubFor(
        get(urlEqualTo("/users?limit=5&cursor=c3"))
            .willReturn(
                okJson("{\"items\":[{\"external_id\":\"e\"}],\"next\":\"c4\",\"page_size\":2}")));

    assertThat(client().list(5).stream().map(FakeUser::externalId))
        .containsExactly("a", "b", "c", "d", "e");
    wm.verify(3, getRequestedFor(urlPathEqualTo("/users")));
  }

  @Test
  void endsACursorListingOnARepeatedCursor() {
    wm.stubFor(
        get(urlEqualTo("/users?limit=1"))
            .willReturn(okJson("{\"items\":[{\"external_id\":\"a\"}],\"next\":\"c2\"}")));
    wm.stubFor(
        get(urlEqualTo("/users?limit=1&cursor=c2"))
            .willReturn(okJson("{\"items\":[{\"external_id\":\"b\"}],\"next\":\"c2\"}")));

    assertThat(client().list(1).stream().map(FakeUser::externalId)).containsExactly("a", "b");
    wm.verify(2, getRequestedFor(urlPathEqualTo("/users")));
  }

  @Test
  void endsACursorListingOnAnEmptyPageEvenWithACursor() {
    wm.stubFor(
        get(urlEqualTo("/users?limit=2"))
            .willReturn(okJson("{\"items\":[],\"next\":\"c2\",\"page_size\":2}")));

    assertThat(client().list(2).stream()).isEmpty();
    wm.verify(1, getRequestedFor(urlPathEqualTo("/users")));
  }

  @Test
  void followsOffsetsPastPagesShorterThanTheRequestedLimit() {
    wm.stubFor(
        get(urlEqualTo("/users-by-offset?limit=5"))
            .willReturn(okJson("{\"items\":[{\"external_id\":\"a\"},{\"external_id\":\"b\"}]}")));
    wm.stubFor(
        get(urlEqualTo("/users-by-offset?limit=5&offset=2"))
            .willReturn(okJson("{\"items\":[{\"external_id\":\"c\"}]}")));
    wm.stubFor(
        get(urlEqualTo("/users-by-offset?limit=5&offset=3")).willReturn(okJson("{\"items\":[]}")));

    assertThat(client().listByOffset(5).stream().map(FakeUser::externalId))
        .containsExactly("a", "b", "c");
    wm.verify(3, getRequestedFor(urlPathEqualTo("/users-by-offset")));
  }

  @Test
  void endsAnOffsetListingOnAPageShorterThanTheServerReportedSize() {
    wm.stubFor(
        get(urlEqualTo("/users-by-offset?limit=5"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"external_id\":\"a\"},{\"external_id\":\"b\"}],"
                        + "\"page_size\":2}")));
    wm.stubFor(
        get(urlEqualTo("/users-by-offset?limit=5&offset=2"))
            .willReturn(okJson("{\"items\":[{\"external_id\":\"c\"}],\"page_size\":2}")));

    assertThat(client().listByOffset(5).stream().map(FakeUser::externalId))
        .containsExactly("a", "b", "c");
    wm.verify(2, getRequestedFor(urlPathEqualTo("/users-by-offset")));
  }

  @Test
  void iteratorsEndCleanly() {
    Paged<String> paged = Paged.of(cursor -> Page.last(List.of()));
    Iterator<String> it = paged.iterator();

    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    Iterator<Page<String>> pages = paged.pages().iterator();
    pages.next();
    assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
  }
}
