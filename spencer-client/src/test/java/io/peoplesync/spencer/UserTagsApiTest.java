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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

  @Test
  void rejectsInvalidTagsBeforeAnyRequest() {
    assertThatThrownBy(() -> UserTag.builder().id("mkt").putTranslation("nl-BE", "M").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("translations must have an entry for en-US");
    assertThatThrownBy(() -> UserTag.builder().id("mkt").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("translations must have an entry for en-US");
    assertThatThrownBy(() -> UserTag.builder().id(" ").putTranslation("en-US", "M").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
    assertThatThrownBy(
            () -> UserTag.builder().id("mkt").putTranslation("en-US", "m".repeat(256)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("translations[en-US] must be at most 255 characters (was 256)");
    assertThatThrownBy(() -> tags.exists(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tagId must not be blank");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
