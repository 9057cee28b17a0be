package io.peoplesync.testkit.spencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.testkit.FakeVendorsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeVendorsExtension.class)
class FakeSpencerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORM = "application/x-www-form-urlencoded";

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder tokenRequest(URI uri, String form) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", FORM)
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private static String token(FakeSpencer fake) throws Exception {
    String form =
        "grant_type=client_credentials&client_id="
            + fake.clientId()
            + "&client_secret="
            + fake.clientSecret();
    return JSON.readTree(send(tokenRequest(fake.tokenUri(), form)).body())
        .path("access_token")
        .asText();
  }

  private static HttpRequest.Builder api(FakeSpencer fake, String path, String token) {
    return HttpRequest.newBuilder(URI.create(fake.baseUri() + path))
        .header("Authorization", "Bearer " + token);
  }

  @Test
  void issuesBearerTokensForTheConfiguredClientOnly(FakeSpencer fake) throws Exception {
    HttpResponse<String> ok =
        send(
            tokenRequest(
                fake.tokenUri(),
                "grant_type=client_credentials&client_id=fake-spencer-client"
                    + "&client_secret=fake-spencer-secret"));
    JsonNode body = JSON.readTree(ok.body());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.path("expires_in").asLong()).isEqualTo(3600);
    assertThat(ok.headers().firstValue("Cache-Control")).contains("no-store");

    HttpResponse<String> wrong =
        send(
            tokenRequest(
                fake.tokenUri(),
                "grant_type=client_credentials&client_id=fake-spencer-client&client_secret=x"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(wrong.body()).path("error").asText()).isEqualTo("invalid_client");
    assertThat(wrong.body()).doesNotContain("fake-spencer-secret");
    assertThat(fake.tokenRequests()).isEqualTo(2);
    assertThat(fake.activeTokens()).isEqualTo(1);
  }

  @Test
  void acceptsHttpBasicClientAuthentication(FakeSpencer fake) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                "fake-spencer-client:fake-spencer-secret".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> r =
        send(
            tokenRequest(fake.tokenUri(), "grant_type=client_credentials")
                .header("Authorization", "Basic " + basic));

    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void refusesOtherGrantsRealmsContentTypesAndMethods(FakeSpencer fake) throws Exception {
    String creds = "&client_id=fake-spencer-client&client_secret=fake-spencer-secret";
    URI otherRealm = fake.tokenUri().resolve("/auth/oauth2/realms/root/realms/other/access_token");

    assertThat(send(tokenRequest(fake.tokenUri(), "grant_type=password" + creds)).body())
        .contains("unsupported_grant_type");
    assertThat(send(tokenRequest(otherRealm, "grant_type=client_credentials" + creds)).statusCode())
        .isEqualTo(400);
    assertThat(
            send(HttpRequest.newBuilder(fake.tokenUri())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")))
                .statusCode())
        .isEqualTo(400);
    assertThat(send(HttpRequest.newBuilder(fake.tokenUri())).statusCode()).isEqualTo(405);
    assertThat(fake.activeTokens()).isZero();
  }

  @Test
  void demandsAnIssuedUnrevokedBearerTokenOnApiCalls(FakeSpencer fake) throws Exception {
    String token = token(fake);

    assertThat(send(api(fake, "/users/E-1", "made-up")).statusCode()).isEqualTo(401);
    assertThat(send(HttpRequest.newBuilder(URI.create(fake.baseUri() + "/users/E-1"))).statusCode())
        .isEqualTo(401);
    assertThat(send(api(fake, "/users/E-1", token)).statusCode()).isEqualTo(404);

    fake.revokeTokens();
    HttpResponse<String> revoked = send(api(fake, "/users/E-1", token));
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(revoked.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
  }

  @Test
  void wantsJsonObjectBodies(FakeSpencer fake) throws Exception {
    String token = token(fake);

    HttpResponse<String> text =
        send(
            api(fake, "/users", token)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    HttpResponse<String> array =
        send(
            api(fake, "/users", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[]")));

    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(array.statusCode()).isEqualTo(400);
  }

  @Test
  void tellsAUserCalledTagsFromTheTagEndpoints(FakeSpencer fake) throws Exception {
    fake.seedBackOfficeUser("tags", "Tag", "Person");
    String token = token(fake);

    HttpResponse<String> user = send(api(fake, "/users/tags", token));

    assertThat(JSON.readTree(user.body()).path("first_name").asText()).isEqualTo("Tag");
    assertThat(send(api(fake, "/users/tags/mkt", token).method("HEAD", noBody())).statusCode())
        .isEqualTo(404);
  }

  @Test
  void validatesPublicationQueries(FakeSpencer fake) throws Exception {
    String token = token(fake);

    HttpResponse<String> r =
        send(api(fake, "/news/publications?limit=0&published_after=yesterday", token));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).path("errors").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("limit", "published_after");
  }

  @Test
  void refusesToSeedTwiceOrPublishAnUnknownDraft(FakeSpencer fake) {
    fake.seedBackOfficeUser("E-9", "A", "B");

    assertThatThrownBy(() -> fake.seedBackOfficeUser("E-9", "A", "B"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> fake.publish("draft-1")).isInstanceOf(NoSuchElementException.class);
    assertThat(fake.createdThroughApi("E-9")).isFalse();
  }

  private static HttpResponse<String> sendJson(
      FakeSpencer fake, String token, String method, String path, String json) throws Exception {
    return send(
        api(fake, path, token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  private static JsonNode errors(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body()).path("errors");
  }

  @Test
  void answersTheFieldsItSetsItselfButRefusesThemOnWrite(FakeSpencer fake) throws Exception {
    String token = token(fake);
    String ann = "{\"external_id\":\"E-1\",\"first_name\":\"Ann\"}";
    assertThat(sendJson(fake, token, "POST", "/users", ann).statusCode()).isEqualTo(201);
    sendJson(fake, token, "POST", "/users/E-1/profile-picture", "{\"media\":\"AQID\"}");
    JsonNode read = JSON.readTree(send(api(fake, "/users/E-1", token)).body());

    assertThat(read.fieldNames())
        .toIterable()
        .contains("id", "created_at", "updated_at", "profile_picture");
    HttpResponse<String> backAsRead =
        sendJson(fake, token, "PUT", "/users/E-1", JSON.writeValueAsString(read));
    assertThat(backAsRead.statusCode()).isEqualTo(400);
    assertThat(errors(backAsRead).fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("id", "created_at", "updated_at", "profile_picture");
    HttpResponse<String> createWithId =
        sendJson(fake, token, "POST", "/users", "{\"external_id\":\"E-2\",\"id\":\"x\"}");
    assertThat(errors(createWithId).path("id").get(0).asText())
        .isEqualTo("is set by Spencer and cannot be written");

    String tag = "{\"id\":\"mkt\",\"translations\":[{\"locale\":\"en-US\",\"name\":\"M\"}]}";
    assertThat(sendJson(fake, token, "POST", "/users/tags", tag).statusCode()).isEqualTo(201);
    String tagAsRead = JSON.writeValueAsString(fake.tag("mkt").orElseThrow());
    HttpResponse<String> tagBack = sendJson(fake, token, "PUT", "/users/tags/mkt", tagAsRead);
    assertThat(errors(tagBack).fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("created_at", "updated_at");

    String draft = "{\"title\":[{\"locale\":\"en-US\",\"value\":\"T\"}],\"status\":\"draft\"}";
    assertThat(errors(sendJson(fake, token, "POST", "/news/drafts", draft)).fieldNames())
        .toIterable()
        .containsExactly("status");
    assertThat(fake.users()).containsOnlyKeys("E-1");
    assertThat(fake.drafts()).isEmpty();
  }

  @Test
  void answersWritesWithoutBodyWhenSwitchedOn(FakeSpencer fake) throws Exception {
    String token = token(fake);
    fake.answerWritesWithoutBody(true);

    HttpResponse<String> created =
        sendJson(fake, token, "POST", "/users", "{\"external_id\":\"E-1\"}");
    HttpResponse<String> updated =
        sendJson(fake, token, "PUT", "/users/E-1", "{\"external_id\":\"E-1\",\"last_name\":\"L\"}");
    HttpResponse<String> refused =
        sendJson(fake, token, "PUT", "/users/E-1", "{\"external_id\":\"E-1\",\"id\":\"x\"}");
    HttpResponse<String> picture =
        sendJson(fake, token, "POST", "/users/E-1/profile-picture", "{\"media\":\"AQID\"}");
    fake.answerWritesWithoutBody(false);
    HttpResponse<String> again =
        sendJson(fake, token, "POST", "/users", "{\"external_id\":\"E-2\"}");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).isEmpty();
    assertThat(updated.statusCode()).isEqualTo(204);
    assertThat(updated.body()).isEmpty();
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(picture.body()).startsWith("\"https://");
    assertThat(JSON.readTree(again.body()).path("external_id").asText()).isEqualTo("E-2");
    assertThat(fake.user("E-1").orElseThrow().path("last_name").asText()).isEqualTo("L");
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }
}
