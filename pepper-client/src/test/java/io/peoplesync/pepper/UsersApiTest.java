package io.peoplesync.pepper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.pepper.TestClients.APP_ID;
import static io.peoplesync.pepper.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.core.ServerException;
import io.peoplesync.core.testing.Fixtures;
import io.peoplesync.core.testing.Mode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UsersApiTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private final PepperClient pepper = TestClients.client(wm);

  private String fixture(String name) {
    return Fixtures.read(getClass(), name);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createsAUserWithAutoActivate(Mode mode) {
    wm.stubFor(
        post(urlEqualTo("/users?autoActivate=true"))
            .willReturn(okJson(fixture("users/create-200.json"))));
    NewPepperUser fake = newFake().autoActivate(true).build();

    PepperUser created =
        mode.call(() -> pepper.users().create(fake), () -> pepper.users().createAsync(fake));

    assertThat(created.id()).isEqualTo("65a0f1d2c3b4a59687766554");
    assertThat(created.extras().get("reviewCandidate").asText()).isEqualTo("false");
    assertThat(created.extras()).containsKeys("points", "balance", "demo", "addresses");
    wm.verify(
        postRequestedFor(urlEqualTo("/users?autoActivate=true"))
            .withHeader("Authorization", equalTo("Token " + TOKEN))
            .withHeader("x-application-id", equalTo(APP_ID))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(equalToJson(fixture("users/create-request.json"))));
  }

  @Test
  void createsWithoutTheQueryWhenAutoActivateIsOffAndMasksThePassword() {
    wm.stubFor(post(urlEqualTo("/users")).willReturn(okJson(fixture("users/create-200.json"))));
    NewPepperUser fake = newFake().build();

    pepper.users().create(fake);

    wm.verify(
        postRequestedFor(urlEqualTo("/users"))
            .withRequestBody(equalToJson(fixture("users/create-request.json"))));
    assertThat(fake.toString()).doesNotContain("userspassword").contains("****");
  }

  @Test
  void mapsAnAlreadyAssociatedCredentialTo422WithVendorDetails() {
    wm.stubFor(
        post(urlEqualTo("/users"))
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withBody(fixture("users/create-422.json"))));

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class, () -> pepper.users().create(newFake().build()));

    assertThat(e.statusCode()).isEqualTo(422);
    assertThat(e.vendorCode()).contains("Validation");
    assertThat(e.vendorMessage())
        .contains("test_mm_3@example.com is already associated with an account");
    assertThat(e).hasMessageContaining("pepper.users.create").hasMessageNotContaining(TOKEN);
    assertThat(PepperErrors.isValidation(e)).isTrue();
    assertThat(PepperErrors.isCredentialAlreadyAssociated(e)).isTrue();
  }

  @Test
  void tellsOtherFailuresFromAnAlreadyAssociatedCredential() {
    wm.stubFor(
        post(urlEqualTo("/users"))
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"Validation\",\"message\":\"firstName is too long\"}")));
    wm.stubFor(
        put(urlEqualTo("/users/u-1"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"Validation\",\"message\":\"is already associated\"}")));
    wm.stubFor(
        delete(urlEqualTo("/users/u-2"))
            .willReturn(aResponse().withStatus(404).withBody("<html>not found</html>")));

    BadRequestException invalid =
        catchThrowableOfType(
            BadRequestException.class, () -> pepper.users().create(newFake().build()));
    ServerException server =
        catchThrowableOfType(
            ServerException.class,
            () -> pepper.users().update("u-1", PepperUserUpdate.builder().firstName("A").build()));
    NotFoundException missing =
        catchThrowableOfType(NotFoundException.class, () -> pepper.users().delete("u-2"));

    assertThat(PepperErrors.isValidation(invalid)).isTrue();
    assertThat(PepperErrors.isCredentialAlreadyAssociated(invalid)).isFalse();
    assertThat(PepperErrors.isCredentialAlreadyAssociated(server)).isFalse();
    assertThat(PepperErrors.isCredentialAlreadyAssociated(missing)).isFalse();
    assertThat(missing.vendorCode()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updatesOnlyWhatIsSetOrClearedUnderAnEncodedId(Mode mode) {
    wm.stubFor(
        put(urlEqualTo("/users/a%2Fb%20c"))
            .willReturn(okJson("{\"_id\":\"a/b c\",\"id\":\"a/b c\",\"firstName\":\"Ann\"}")));
    PepperUserUpdate update =
        PepperUserUpdate.builder()
            .firstName("Ann")
            .hasAgreedToReceiveMarketing(false)
            .clear("lastName")
            .build();

    PepperUser changed =
        mode.call(
            () -> pepper.users().update("a/b c", update),
            () -> pepper.users().updateAsync("a/b c", update));

    assertThat(changed.firstName()).contains("Ann");
    wm.verify(
        putRequestedFor(urlEqualTo("/users/a%2Fb%20c"))
            .withHeader("x-api-version", equalTo("8"))
            .withRequestBody(equalToJson(fixture("users/update-request.json"))));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void deletesUnderAnEncodedIdAcceptingAnEmptyAnswer(Mode mode) {
    wm.stubFor(delete(urlEqualTo("/users/64e3%2F%3F")).willReturn(aResponse().withStatus(204)));
    wm.stubFor(delete(urlEqualTo("/users/u%20two")).willReturn(okJson("{\"ok\":true}")));

    mode.run(() -> pepper.users().delete("64e3/?"), () -> pepper.users().deleteAsync("64e3/?"));
    mode.run(() -> pepper.users().delete("u two"), () -> pepper.users().deleteAsync("u two"));

    wm.verify(
        deleteRequestedFor(urlEqualTo("/users/64e3%2F%3F"))
            .withHeader("Authorization", equalTo("Token " + TOKEN)));
    wm.verify(deleteRequestedFor(urlEqualTo("/users/u%20two")));
  }

  @Test
  void rejectsBadInputBeforeSending() {
    PepperUserUpdate ok = PepperUserUpdate.builder().firstName("A").build();

    assertThatThrownBy(() -> pepper.users().update(" ", ok))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
    assertThatThrownBy(() -> pepper.users().delete(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
    assertThatThrownBy(() -> pepper.users().deleteAsync(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
    assertThatThrownBy(() -> UserQuery.builder().limit(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be positive");
    assertThatThrownBy(() -> UserQuery.builder().credentialId(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credentialId must not be blank");
    assertThatThrownBy(() -> NewPepperUser.builder().addCredential(Credential.email("")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credential.id must not be blank");
    assertThatThrownBy(
            () ->
                NewPepperUser.builder()
                    .addCredential(Credential.builder().provider(" ").id("a@b.c").build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credential.provider must not be blank");
    assertThatThrownBy(() -> PepperUserUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("update must set or clear at least one field");
    assertThatThrownBy(() -> PepperUserUpdate.builder().lastName("Lee").clear("lastName").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lastName must not be both set and given as an extra");
    assertThatThrownBy(() -> NewPepperUser.builder().firstName(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstName must not be blank");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void reportsAUserWithoutIdAsASerializationError() {
    wm.stubFor(post(urlEqualTo("/users")).willReturn(okJson("{\"firstName\":\"Ann\"}")));

    assertThatThrownBy(() -> pepper.users().create(newFake().build()))
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageContaining("pepper.users.create");
  }

  @Test
  void sendsExtraFieldsOfANewUser() {
    wm.stubFor(post(urlEqualTo("/users")).willReturn(okJson("{\"_id\":\"u\"}")));

    pepper
        .users()
        .create(
            NewPepperUser.builder()
                .addCredential(Credential.mobile("+447700900123"))
                .putExtra("birthdate", "1990-04-01")
                .build());

    wm.verify(
        postRequestedFor(urlPathEqualTo("/users"))
            .withRequestBody(
                equalToJson(
                    "{\"credentials\":[{\"provider\":\"MOBILE\",\"id\":\"+447700900123\"}],"
                        + "\"birthdate\":\"1990-04-01\"}")));
  }

  private static NewPepperUser.Builder newFake() {
    return NewPepperUser.builder()
        .firstName("Fake")
        .lastName("Name")
        .addCredential(
            Credential.builder()
                .provider(Credential.EMAIL)
                .id("test_mm_3@example.com")
                .token("userspassword")
                .build())
        .hasAgreedToShareData(true)
        .hasAgreedToReceiveMarketing(Optional.of(true));
  }
}
