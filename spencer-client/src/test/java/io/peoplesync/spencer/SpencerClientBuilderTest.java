package io.peoplesync.spencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peoplesync.core.testing.VendorRules;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpencerClientBuilderTest {
  private static final String SECRET = "builder-secret-value-77";

  @Test
  void derivesProductionHostsFromTheCustomer() {
    SpencerClient c =
        SpencerClient.builder().customer("acme").clientCredentials("id", SECRET).build();

    assertThat(c.baseUri())
        .isEqualTo(URI.create("https://acme-api.spencer.co/agent/integration/api/v1"));
    assertThat(c.tokenUri())
        .contains(
            URI.create(
                "https://spencermultissov2-production-identity.spencer.co"
                    + "/auth/oauth2/realms/root/realms/acme/access_token"));
  }

  @Test
  void derivesStagingHostsWhenAsked() {
    SpencerClient c =
        SpencerClient.builder().customer("acme").staging().clientCredentials("id", SECRET).build();

    assertThat(c.baseUri())
        .isEqualTo(URI.create("https://acme-stag-api.spencer.co/agent/integration/api/v1"));
    assertThat(c.tokenUri())
        .contains(
            URI.create(
                "https://spencermultissov2-staging-identity.spencer.co"
                    + "/auth/oauth2/realms/root/realms/acme/access_token"));
  }

  @Test
  void explicitUrisOverrideTheDerivedOnes() {
    URI api = URI.create("https://proxy.example.com/spencer/v1");
    URI token = URI.create("https://idp.example.com/token");

    SpencerClient c =
        SpencerClient.builder()
            .customer("acme")
            .baseUri(api)
            .tokenUri(token)
            .clientCredentials("id", SECRET)
            .build();

    assertThat(c.baseUri()).isEqualTo(api);
    assertThat(c.tokenUri()).contains(token);
  }

  @Test
  void aStaticTokenNeedsNoTokenUri() {
    SpencerClient c =
        SpencerClient.builder().baseUri(URI.create("http://localhost:1")).accessToken("t").build();

    assertThat(c.tokenUri()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Acme",
        "-acme",
        "acme-",
        "ac_me",
        "acme.evil.com",
        "acme/x",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1"
      })
  void rejectsCustomerNamesThatAreNotDnsLabels(String customer) {
    assertThatThrownBy(
            () ->
                SpencerClient.builder().customer(customer).clientCredentials("id", SECRET).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("customer must be a lowercase DNS label");
  }

  @Test
  void acceptsA54CharacterCustomerWithHyphens() {
    String name = "a-" + "b".repeat(52);

    assertThat(SpencerClient.builder().customer(name).accessToken("t").build().baseUri().getHost())
        .isEqualTo(name + "-api.spencer.co");
  }

  @Test
  void requiresExactlyOneKindOfCredentials() {
    assertThatThrownBy(() -> SpencerClient.builder().customer("acme").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("credentials are required: set clientCredentials(...) or accessToken(...)");
    assertThatThrownBy(
            () ->
                SpencerClient.builder()
                    .customer("acme")
                    .clientCredentials("id", SECRET)
                    .accessToken("t")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("clientCredentials and accessToken are mutually exclusive: set one");
  }

  @Test
  void requiresATokenUriOrCustomerForClientCredentials() {
    assertThatThrownBy(
            () ->
                SpencerClient.builder()
                    .baseUri(URI.create("https://api.example.com"))
                    .clientCredentials("id", SECRET)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("tokenUri is required with clientCredentials");
    assertThatThrownBy(() -> SpencerClient.builder().accessToken("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("baseUri is required");
  }

  @Test
  void rejectsBlankCredentialsWithoutEchoingThem() {
    assertThatThrownBy(
            () -> SpencerClient.builder().customer("acme").clientCredentials("id", " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientSecret must not be blank");
    assertThatThrownBy(
            () -> SpencerClient.builder().customer("acme").clientCredentials("", SECRET).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientId must not be blank")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> SpencerClient.builder().customer("acme").accessToken(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accessToken must not be blank");
  }

  @Test
  void rejectsATokenUriThatIsNotAbsoluteHttp() {
    assertThatThrownBy(
            () ->
                SpencerClient.builder()
                    .customer("acme")
                    .tokenUri(URI.create("/relative/token"))
                    .clientCredentials("id", SECRET)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be an absolute http or https URI");
  }

  @Test
  void keepsHttpMechanicsInTheCore() {
    VendorRules.assertNoHttpMechanics(Path.of("src/main/java"));
  }
}
