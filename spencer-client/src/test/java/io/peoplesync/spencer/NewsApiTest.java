package io.peoplesync.spencer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.peoplesync.spencer.SpencerFixtures.API;
import static io.peoplesync.spencer.SpencerFixtures.TOKEN;
import static io.peoplesync.spencer.SpencerFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.testing.Mode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class NewsApiTest {
  private static final String USER_LIST = "0b9f3c52-6f0e-4c1e-9d4a-2f7f5b8f1a11";

  @RegisterExtension static WireMockExtension wm = SpencerFixtures.wireMock();

  private final NewsApi news = SpencerFixtures.client(wm).news();

  @ParameterizedTest
  @EnumSource(Mode.class)
  void fetchesPublicationsWithTheDeclaredQueryParameters(Mode mode) {
    wm.stubFor(
        get(urlPathEqualTo(API + "/news/publications"))
            .willReturn(okJson(fixture("news/publications-200.json"))));
    NewsQuery query =
        NewsQuery.builder()
            .publishedAfter(Instant.parse("2026-01-01T00:00:00Z"))
            .publishedBefore(Instant.parse("2026-03-01T00:00:00Z"))
            .limit(20)
            .offset(40)
            .build();

    List<NewsPublication> found =
        mode.call(() -> news.publications(query), () -> news.publicationsAsync(query));

    assertThat(found).extracting(p -> p.id().orElseThrow()).containsExactly("pub-1", "pub-2");
    NewsPublication first = found.get(0);
    assertThat(first.title())
        .containsExactly(
            Map.entry("en-US", "Canteen reopens"), Map.entry("nl-BE", "Kantine weer open"));
    assertThat(first.body()).containsEntry("en-US", "From Monday on.");
    assertThat(first.publishedAt()).contains(Instant.parse("2026-02-01T08:00:00Z"));
    assertThat(first.extras()).containsEntry("cover_image", "https://cdn.example.com/c.png");
    assertThat(found.get(1).title()).containsEntry("en-US", "Parking works");
    wm.verify(
        getRequestedFor(
                urlEqualTo(
                    API
                        + "/news/publications?published_after=2026-01-01T00:00:00Z"
                        + "&published_before=2026-03-01T00:00:00Z&limit=20&offset=40"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void sendsNoQueryParametersForAnEmptyQuery() {
    wm.stubFor(get(urlEqualTo(API + "/news/publications")).willReturn(okJson("[]")));

    assertThat(news.publications(NewsQuery.all())).isEmpty();
  }

  @Test
  void readsPublicationsWrappedInAnEnvelope() {
    wm.stubFor(
        get(urlEqualTo(API + "/news/publications"))
            .willReturn(okJson(fixture("news/publications-envelope-200.json"))));

    List<NewsPublication> found = news.publications(NewsQuery.all());

    assertThat(found).singleElement().extracting(p -> p.id().orElseThrow()).isEqualTo("pub-9");
  }

  @Test
  void reportsAnUnreadableListingAsASerializationErrorNamingTheEndpoint() {
    wm.stubFor(get(urlEqualTo(API + "/news/publications")).willReturn(okJson("{\"total\": 3}")));

    assertThatThrownBy(() -> news.publications(NewsQuery.all()))
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageStartingWith("spencer.news.publications");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void fetchesThePublicationsOfOneUserList(Mode mode) {
    String path = API + "/news/user-lists/" + USER_LIST + "/publications";
    wm.stubFor(get(urlEqualTo(path)).willReturn(okJson(fixture("news/publications-200.json"))));

    List<NewsPublication> found =
        mode.call(
            () -> news.publicationsForUserList(USER_LIST),
            () -> news.publicationsForUserListAsync(USER_LIST));

    assertThat(found).hasSize(2);
    wm.verify(
        getRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createsADraftWithTranslatedTitleAndBody(Mode mode) {
    wm.stubFor(
        post(API + "/news/drafts")
            .willReturn(okJson(fixture("news/draft-201.json")).withStatus(201)));
    NewsDraft draft =
        NewsDraft.builder()
            .putTitle("en-US", "Town hall on Friday")
            .putTitle("nl-BE", "Town hall op vrijdag")
            .putBody("en-US", "Join us in the atrium at 4 pm.")
            .addUserListId(USER_LIST)
            .putExtra("category", "events")
            .build();

    NewsDraft saved = mode.call(() -> news.createDraft(draft), () -> news.createDraftAsync(draft));

    assertThat(saved.id()).contains("draft-77");
    assertThat(saved.extras()).containsEntry("status", "draft");
    wm.verify(
        postRequestedFor(urlEqualTo(API + "/news/drafts"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(equalToJson(fixture("news/draft-request.json"))));
  }

  @Test
  void sendsDraftBodiesLongerThan255Characters() {
    wm.stubFor(post(API + "/news/drafts").willReturn(aResponse().withStatus(201)));
    NewsDraft d =
        NewsDraft.builder().putTitle("en-US", "T").putBody("en-US", "b".repeat(5000)).build();

    assertThat(news.createDraft(d).body().get("en-US")).hasSize(5000);
    wm.verify(1, postRequestedFor(urlEqualTo(API + "/news/drafts")));
  }

  static Stream<Arguments> invalidDrafts() {
    return Stream.of(
        Arguments.of(
            NewsDraft.builder().putTitle("nl-BE", "Nieuws").build(),
            "title must have an entry for en-US"),
        Arguments.of(NewsDraft.builder().build(), "title must have an entry for en-US"),
        Arguments.of(
            NewsDraft.builder().putTitle("en-US", "t".repeat(256)).build(),
            "title[en-US] must be at most 255 characters (was 256)"),
        Arguments.of(
            NewsDraft.builder().putTitle("en-US", "T").putBody("fr-BE", "Corps").build(),
            "body must have an entry for en-US"),
        Arguments.of(
            NewsDraft.builder().putTitle("en-US", "T").addUserListId(" ").build(),
            "userListIds entry must not be blank"));
  }

  @ParameterizedTest
  @MethodSource("invalidDrafts")
  void refusesToSendADraftBreakingARuleBeforeAnyRequest(NewsDraft invalid, String message) {
    assertThatThrownBy(() -> news.createDraft(invalid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> news.createDraftAsync(invalid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void rejectsInvalidQueriesBeforeAnyRequest() {
    assertThatThrownBy(() -> NewsQuery.builder().limit(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1");
    assertThatThrownBy(
            () ->
                NewsQuery.builder()
                    .publishedAfter(Instant.parse("2026-02-01T00:00:00Z"))
                    .publishedBefore(Instant.parse("2026-01-01T00:00:00Z"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("publishedAfter must not be after publishedBefore");
    assertThatThrownBy(() -> news.publicationsForUserList(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userListId must not be blank");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  private static String outOfRulesPublications() {
    return "[{\"id\":\"pub-3\",\"title\":[{\"locale\":\"nl-BE\",\"value\":\""
        + "t".repeat(300)
        + "\"}],\"body\":{\"fr-BE\":\"Corps\"}},{\"title\":[]}]";
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void readsPublicationsThatBreakTheSendRules(Mode mode) {
    String path = API + "/news/user-lists/" + USER_LIST + "/publications";
    wm.stubFor(
        get(urlEqualTo(API + "/news/publications")).willReturn(okJson(outOfRulesPublications())));
    wm.stubFor(get(urlEqualTo(path)).willReturn(okJson(outOfRulesPublications())));

    List<NewsPublication> all =
        mode.call(
            () -> news.publications(NewsQuery.all()),
            () -> news.publicationsAsync(NewsQuery.all()));
    List<NewsPublication> forList =
        mode.call(
            () -> news.publicationsForUserList(USER_LIST),
            () -> news.publicationsForUserListAsync(USER_LIST));

    assertThat(forList).isEqualTo(all);
    assertThat(all).hasSize(2);
    assertThat(all.get(0).title()).containsExactly(Map.entry("nl-BE", "t".repeat(300)));
    assertThat(all.get(0).body()).containsExactly(Map.entry("fr-BE", "Corps"));
    assertThat(all.get(1).id()).isEmpty();
    assertThat(all.get(1).title()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void readsADraftAnswerThatBreaksTheSendRules(Mode mode) {
    wm.stubFor(
        post(API + "/news/drafts")
            .willReturn(
                okJson(
                        "{\"id\":\"draft-9\",\"title\":{\"nl-BE\":\""
                            + "t".repeat(300)
                            + "\"},\"user_list_ids\":[\"\"]}")
                    .withStatus(201)));
    NewsDraft draft = NewsDraft.builder().putTitle("en-US", "Town hall").build();

    NewsDraft saved = mode.call(() -> news.createDraft(draft), () -> news.createDraftAsync(draft));

    assertThat(saved.id()).contains("draft-9");
    assertThat(saved.title()).containsOnlyKeys("nl-BE");
    assertThat(saved.userListIds()).containsExactly("");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void returnsTheSentDraftWhenACreateIsAnsweredWithAnEmpty201(Mode mode) {
    wm.stubFor(post(API + "/news/drafts").willReturn(aResponse().withStatus(201)));
    NewsDraft draft = NewsDraft.builder().putTitle("en-US", "Town hall").build();

    NewsDraft saved = mode.call(() -> news.createDraft(draft), () -> news.createDraftAsync(draft));

    assertThat(saved).isEqualTo(draft);
    assertThat(saved.id()).isEmpty();
  }

  @Test
  void sendsADraftSpencerReturnedWithoutItsIdStatusAndTimestamps() {
    wm.stubFor(
        post(API + "/news/drafts")
            .willReturn(okJson(fixture("news/draft-201.json")).withStatus(201)));
    NewsDraft saved =
        NewsDraft.builder()
            .from(news.createDraft(NewsDraft.builder().putTitle("en-US", "T").build()))
            .putExtra("created_at", "2026-02-01T08:00:00Z")
            .build();
    wm.resetRequests();

    news.createDraft(saved);

    wm.verify(
        1,
        postRequestedFor(urlEqualTo(API + "/news/drafts"))
            .withRequestBody(equalToJson(fixture("news/draft-request.json"))));
  }
}
