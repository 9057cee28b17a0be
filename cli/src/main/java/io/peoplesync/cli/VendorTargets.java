package io.peoplesync.cli;

import io.peoplesync.cli.input.BadInputException;
import io.peoplesync.cli.input.CliConfig;
import io.peoplesync.cli.input.VendorSettings;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.provisioning.Target;
import io.peoplesync.provisioning.Targets;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.springest.SpringestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds each configured vendor's client and provisioning target from its config section. */
final class VendorTargets {
  private static final String USER_AGENT = "peoplesync-cli";

  private VendorTargets() {}

  /**
   * Returns a target per configured vendor, in the config's vendor order.
   *
   * @throws BadInputException if a client refuses a setting (naming the vendor and the setting)
   */
  static List<Target> of(CliConfig config, String source) {
    List<Target> targets = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (VendorSettings s : config.vendors()) {
      try {
        targets.add(target(s));
      } catch (IllegalArgumentException | IllegalStateException e) {
        // The clients' messages name the setting and the rule, never its value.
        problems.add(s.vendor().key() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(source, problems);
    }
    return targets;
  }

  private static Target target(VendorSettings s) {
    switch (s.vendor()) {
      case SPENCER:
        return Targets.spencer(spencer(s));
      case ORTEC:
        return Targets.ortec(
            OrtecClient.builder()
                .baseUri(s.uri("baseUri").orElseThrow())
                .feed(s.get("feed"))
                .apiKey(s.get("apiKey"))
                .userAgentSuffix(USER_AGENT)
                .build());
      case PUBLISHER:
        return Targets.publisher(
            PublisherClient.builder()
                .baseUri(s.uri("baseUri").orElseThrow())
                .bearerToken(s.get("token"))
                .format(
                    s.find("format").orElse("json").toLowerCase(Locale.ROOT).equals("xml")
                        ? MediaFormat.XML
                        : MediaFormat.JSON)
                .userAgentSuffix(USER_AGENT)
                .build());
      case SPRINGEST:
        return Targets.springest(springest(s));
      default:
        PepperClient.Builder pepper =
            PepperClient.builder()
                .token(s.get("token"))
                .applicationId(s.get("applicationId"))
                .userAgentSuffix(USER_AGENT);
        s.uri("baseUri").ifPresent(pepper::baseUri);
        s.find("apiVersion").map(Integer::parseInt).ifPresent(pepper::apiVersion);
        return Targets.pepper(pepper.build());
    }
  }

  private static SpencerClient spencer(VendorSettings s) {
    SpencerClient.Builder b =
        SpencerClient.builder()
            .clientCredentials(s.get("clientId"), s.get("clientSecret"))
            .userAgentSuffix(USER_AGENT);
    if (s.find("customer").isPresent()) {
      b.customer(s.get("customer"));
    } else {
      b.baseUri(s.uri("baseUri").orElseThrow()).tokenUri(s.uri("tokenUri").orElseThrow());
    }
    return b.build();
  }

  private static SpringestClient springest(VendorSettings s) {
    SpringestClient.Builder b =
        SpringestClient.builder().apiKey(s.get("apiKey")).userAgentSuffix(USER_AGENT);
    if (s.find("baseUri").isPresent()) {
      b.baseUri(s.uri("baseUri").orElseThrow());
    } else {
      b.site(s.get("site"), s.get("tld"));
    }
    return b.build();
  }
}
