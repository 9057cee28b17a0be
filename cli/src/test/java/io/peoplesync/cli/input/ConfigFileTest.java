package io.peoplesync.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
  private static final String SECRET = "s3cr3t-value-never-printed";

  @TempDir Path dir;

  private final Map<String, String> env =
      Map.of("SPENCER_CLIENT_SECRET", SECRET, "ORTEC_API_KEY", SECRET, "FEED", "hr-feed");

  private CliConfig read(String yaml) throws IOException {
    Path file = dir.resolve("peoplesync.yaml");
    Files.write(file, yaml.getBytes(StandardCharsets.UTF_8));
    return new ConfigFile(env::get).read(file);
  }

  private BadInputException refused(String yaml) {
    return catchThrowableOfType(BadInputException.class, () -> read(yaml));
  }

  @Test
  void readsEveryVendorAndResolvesEnvironmentReferences() throws IOException {
    CliConfig config =
        read(
            "state: jdbc:h2:mem:x\n"
                + "maxDeactivationShare: 0.2\n"
                + "spencer:\n  customer: acme\n  clientId: ps\n"
                + "  clientSecret: ${SPENCER_CLIENT_SECRET}\n"
                + "ortec:\n  baseUri: https://ortec.example.com/user-api\n  feed: ${FEED}\n"
                + "  apiKey: ${ORTEC_API_KEY}\n"
                + "publisher:\n  baseUri: https://acme.example.com/acme\n  token: t\n"
                + "  format: XML\n"
                + "springest:\n  site: acme\n  tld: nl\n  apiKey: k\n"
                + "pepper:\n  token: t\n  applicationId: merchant\n  apiVersion: 8\n");

    assertThat(config.vendors())
        .extracting(VendorSettings::vendor)
        .containsExactly(
            Vendor.SPENCER, Vendor.ORTEC, Vendor.PUBLISHER, Vendor.SPRINGEST, Vendor.PEPPER);
    assertThat(config.vendor(Vendor.SPENCER).orElseThrow().get("clientSecret")).isEqualTo(SECRET);
    assertThat(config.vendor(Vendor.ORTEC).orElseThrow().get("feed")).isEqualTo("hr-feed");
    assertThat(config.state()).contains("jdbc:h2:mem:x");
    assertThat(config.maxDeactivationShare()).hasValue(0.2);
  }

  @Test
  void acceptsASubsetOfVendorsInAnyOrderAndKeepsVendorOrder() throws IOException {
    CliConfig config =
        read(
            "pepper:\n  token: t\n  applicationId: m\nspencer:\n  customer: acme\n"
                + "  clientId: c\n  clientSecret: s\n");

    assertThat(config.vendors())
        .extracting(VendorSettings::vendor)
        .containsExactly(Vendor.SPENCER, Vendor.PEPPER);
  }

  @Test
  void listsEveryUnsetVariableAndMissingKeyByName() {
    BadInputException e =
        refused(
            "spencer:\n  clientSecret: ${SPENCER_SECRET_UNSET}\n"
                + "ortec:\n  baseUri: https://o.example.com\n  apiKey: ${ORTEC_KEY_UNSET}\n"
                + "pepper:\n  token: t\n");

    assertThat(e.problems())
        .containsExactly(
            "spencer.clientSecret: environment variable SPENCER_SECRET_UNSET is not set",
            "spencer.customer is required (or set spencer.baseUri and spencer.tokenUri)",
            "spencer.clientId is required",
            "ortec.apiKey: environment variable ORTEC_KEY_UNSET is not set",
            "ortec.feed is required",
            "pepper.applicationId is required");
    assertThat(e).hasMessageStartingWith(dir.resolve("peoplesync.yaml") + ": 6 problems");
  }

  @Test
  void namesTheOtherHalfOfAPartlyGivenAlternative() {
    BadInputException e =
        refused(
            "spencer:\n  baseUri: https://api.example.com\n  clientId: c\n  clientSecret: s\n"
                + "springest:\n  site: acme\n  apiKey: k\n");

    assertThat(e.problems())
        .containsExactly(
            "spencer.tokenUri is required (or set spencer.customer)",
            "springest.tld is required (or set springest.baseUri)");
  }

  @Test
  void refusesUnknownSectionsKeysAndBadValues() {
    BadInputException e =
        refused(
            "spencr:\n  customer: acme\n"
                + "publisher:\n  baseUri: ftp://x\n  token: t\n  format: csv\n  tokn: x\n"
                + "pepper:\n  token: t\n  applicationId: m\n  apiVersion: eight\n"
                + "maxDeactivationShare: 2\n");

    assertThat(e.problems())
        .containsExactly(
            "spencr: unknown section (expected spencer, ortec, publisher, springest, pepper)",
            "publisher.baseUri: expected an http(s) URI with a host",
            "publisher.format: expected json or xml",
            "publisher.tokn: unknown key (expected one of [baseUri, token, format])",
            "pepper.apiVersion: expected a version number such as 8",
            "maxDeactivationShare: expected a share from 0 to 1, such as 0.10");
  }

  @Test
  void refusesEmptyValuesNestedValuesAndMalformedReferences() {
    BadInputException e =
        refused(
            "ortec:\n  baseUri: https://o.example.com\n  feed: \n  apiKey: ${oops\n"
                + "pepper:\n  token: [a, b]\n  applicationId: m\n");

    assertThat(e.problems())
        .containsExactly(
            "ortec.feed: empty value",
            "ortec.apiKey: malformed ${...} reference (expected ${ENV_VAR})",
            "pepper.token: expected a single value, not a list or section");
  }

  @Test
  void refusesAFileWithoutVendorsInvalidYamlAndAMissingFile() throws IOException {
    assertThat(refused("state: jdbc:h2:mem:x\n").problems())
        .containsExactly(
            "no vendor section: give at least one of spencer, ortec, publisher, springest, pepper");
    assertThat(refused("spencer:\n  customer: [acme\n").problems())
        .singleElement()
        .asString()
        .matches("line \\d+: not valid YAML");
    assertThat(refused("- a\n- b\n").problems())
        .containsExactly(
            "expected a section per vendor (spencer, ortec, publisher, springest, pepper)");
    BadInputException missing =
        catchThrowableOfType(
            BadInputException.class,
            () -> new ConfigFile(env::get).read(dir.resolve("absent.yaml")));
    assertThat(missing.problems()).containsExactly("file not found");
  }

  @Test
  void refusesADuplicateKeyNamingIt() {
    assertThat(refused("pepper:\n  token: a\n  token: b\n  applicationId: m\n").problems())
        .singleElement()
        .asString()
        .matches("line \\d+: duplicate key 'token'");
  }

  @Test
  void neverPrintsASecretInProblemsOrToString() throws IOException {
    BadInputException e =
        refused(
            "spencer:\n  customer: acme\n  clientId: c\n  clientSecret: ${SPENCER_CLIENT_SECRET}\n"
                + "  bogus: 1\n"
                + "ortec:\n  baseUri: \""
                + SECRET
                + "\"\n  feed: f\n  apiKey: ${ORTEC_API_KEY}\n");
    assertThat(e).hasMessageNotContaining(SECRET);

    CliConfig ok =
        read(
            "spencer:\n  customer: acme\n  clientId: c\n"
                + "  clientSecret: ${SPENCER_CLIENT_SECRET}\n");
    assertThat(ok.toString()).doesNotContain(SECRET).contains("clientSecret=****");
    assertThat(ok.vendor(Vendor.SPENCER).orElseThrow().toString()).doesNotContain(SECRET);
  }
}
