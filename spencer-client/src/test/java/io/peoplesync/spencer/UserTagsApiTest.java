package io.peoplesync.spencer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.peoplesync.spencer.SpencerFixtures.API;
import static io.peoplesync.spencer.SpencerFixtures.TOKEN;
import static io.peoplesync.spencer.SpencerFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.ConflictException;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.core.testing.Mode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UserTagsApiTest {
  @RegisterExtension static WireMockExtension wm = SpencerFixtures.wireMock();

  private final UserTagsApi tags = SpencerFixtures.client(wm).userTags();

  private static UserTag marketing() {
    return UserTag.builder()
        .id("mkt")
        .putTranslation("en-US", "Marketing")
        .putTranslation("nl-BE", "Marketing NL")
        .build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createsTagWithItsTranslationsAsTheDocumentedArray(Mode mode) {
    wm.stubFor(
        post(API + "/users/tags")
            .willReturn(okJson(fixture("tags/create-201.json")).withStatus(201)));

    UserTag created =
        mode.call(() -> tags.create(marketing()), () -> tags.createAsync(marketing()));

    assertThat(created.id()).isEqualTo("mkt");
    assertThat(created.translations())
        .containsExactly(
            Map.entry("en-US", "Marketing"),
            Map.entry("nl-BE", "Marketing NL"),
            Map.entry("fr-BE", "Marketing FR"));
    assertThat(created.permanent()).contains(false);
    assertThat(created.extras()).containsEntry("created_at", "2026-01-01T09:30:00Z");
    wm.verify(
        postRequestedFor(urlEqualTo(API + "/users/tags"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(equalToJson(fixture("tags/create-request.json"))));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updatesTagByIdWithTheWholeTag(Mode mode) {
    UserTag renamed =
        UserTag.builder()
            .id("mkt")
            .putTranslation("en-US", "Marketing & Sales")
            .permanent(true)
            .build();
    wm.stubFor(
        put(API + "/users/tags/mkt").willReturn(okJson(fixture("tags/update-request.json"))));

    UserTag updated =
        mode.call(() -> tags.update("mkt", renamed), () -> tags.updateAsync("mkt", renamed));

    assertThat(updated).isEqualTo(renamed);
    wm.verify(
        putRequestedFor(urlEqualTo(API + "/users/tags/mkt"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withRequestBody(equalToJson(fixture("tags/update-request.json"))));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void answersTagExistsFromTheHeadStatus(Mode mode) {
    wm.stubFor(head(urlEqualTo(API + "/users/tags/mkt")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlEqualTo(API + "/users/tags/old")).willReturn(aResponse().withStatus(404)));

    assertThat(mode.call(() -> tags.exists("mkt"), () -> tags.existsAsync("mkt"))).isTrue();
    assertThat(mode.call(() -> tags.exists("old"), () -> tags.existsAsync("old"))).isFalse();
    wm.verify(
        headRequestedFor(urlEqualTo(API + "/users/tags/mkt"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void reportsAnExistingTagAsConflict() {
    wm.stubFor(
        post(API + "/users/tags")
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"tag mkt exists\"}")));

    ConflictException e =
        catchThrowableOfType(ConflictException.class, () -> tags.create(marketing()));

    assertThat(e.vendorMessage()).contains("tag mkt exists");
    assertThat(e).hasMessage("POST /users/tags -> 409 Conflict [spencer.userTags.create]");
  }

  @Test
  void reportsAMissingTagOnUpdateAsNotFound() {
    wm.stubFor(put(API + "/users/tags/mkt").willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> tags.update("mkt", marketing())).isInstanceOf(NotFoundException.class);
  }

  static Stream<Arguments> invalidTagWrites() {
    UserTag noEnUs = UserTag.builder().id("mkt").putTranslation("nl-BE", "M").build();
    UserTag noNames = UserTag.builder().id("mkt").build();
    UserTag blankId = UserTag.builder().id(" ").putTranslation("en-US", "M").build();
    UserTag longName = UserTag.builder().id("mkt").putTranslation("en-US", "m".repeat(256)).build();
    UserTag blankEnUs = UserTag.builder().id("mkt").putTranslation("en-US", "").build();
    String enUs = "translations must have an entry for en-US";
    return Stream.of(
        Arguments.of(noEnUs, enUs),
        Arguments.of(noNames, enUs),
        Arguments.of(blankId, "id must not be blank"),
        Arguments.of(longName, "translations[en-US] must be at most 255 characters (was 256)"),
        Arguments.of(blankEnUs, "translations[en-US] must not be blank"));
  }

  @ParameterizedTest
  @MethodSource("invalidTagWrites")
  void refusesToSendATagBreakingARuleBeforeAnyRequest(UserTag invalid, String message) {
    List<ThrowingCallable> writes =
        List.of(
            () -> tags.create(invalid),
            () -> tags.createAsync(invalid),
            () -> tags.update("mkt", invalid),
            () -> tags.updateAsync("mkt", invalid));
    for (ThrowingCallable write : writes) {
      assertThatThrownBy(write).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
    assertThatThrownBy(() -> tags.exists(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tagId must not be blank");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void readsATagAnswerThatBreaksTheSendRules(Mode mode) {
    String longName = "n".repeat(300);
    wm.stubFor(
        put(API + "/users/tags/mkt")
            .willReturn(
                okJson(
                    "{\"id\":\"\",\"translations\":[{\"locale\":\"nl-BE\",\"name\":\""
                        + longName
                        + "\"}]}")));

    UserTag answer =
        mode.call(
            () -> tags.update("mkt", marketing()), () -> tags.updateAsync("mkt", marketing()));

    assertThat(answer.id()).isEmpty();
    assertThat(answer.translations()).containsExactly(Map.entry("nl-BE", longName));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void writesBackACreatedTagWithoutSpencersTimestamps(Mode mode) {
    wm.stubFor(
        post(API + "/users/tags")
            .willReturn(okJson(fixture("tags/create-201.json")).withStatus(201)));
    wm.stubFor(put(API + "/users/tags/mkt").willReturn(aResponse().withStatus(204)));
    UserTag created = tags.create(marketing());
    UserTag permanent = UserTag.builder().from(created).permanent(true).build();

    UserTag answer =
        mode.call(() -> tags.update("mkt", permanent), () -> tags.updateAsync("mkt", permanent));

    assertThat(answer.permanent()).contains(true);
    assertThat(answer.extras()).isEmpty();
    wm.verify(
        putRequestedFor(urlEqualTo(API + "/users/tags/mkt"))
            .withRequestBody(
                equalToJson(
                    "{\"id\":\"mkt\",\"is_permanent\":true,\"translations\":["
                        + "{\"locale\":\"en-US\",\"name\":\"Marketing\"},"
                        + "{\"locale\":\"nl-BE\",\"name\":\"Marketing NL\"},"
                        + "{\"locale\":\"fr-BE\",\"name\":\"Marketing FR\"}]}")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void returnsTheSentTagWhenACreateIsAnsweredWithAnEmpty201(Mode mode) {
    wm.stubFor(post(API + "/users/tags").willReturn(aResponse().withStatus(201)));

    UserTag created =
        mode.call(() -> tags.create(marketing()), () -> tags.createAsync(marketing()));

    assertThat(created).isEqualTo(marketing());
    wm.verify(
        1,
        postRequestedFor(urlEqualTo(API + "/users/tags"))
            .withRequestBody(equalToJson(fixture("tags/create-request.json"))));
  }
}
