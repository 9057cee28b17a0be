package io.peoplesync.cli.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The five vendors a config may name, each with the keys its section takes. A section must give
 * every required key; where a vendor offers two ways to say where it lives (Spencer's {@code
 * customer} or {@code baseUri} + {@code tokenUri}), either way is accepted.
 */
public enum Vendor {
  /**
   * Spencer: OAuth2 client credentials; {@code customer}, or {@code baseUri} + {@code tokenUri}.
   */
  SPENCER(
      "spencer",
      List.of(List.of(List.of("customer"), List.of("baseUri", "tokenUri")), one("clientId")),
      one("clientSecret"),
      List.of()),
  /** ORTEC Relevance: {@code baseUri}, {@code feed} and its {@code apiKey}. */
  ORTEC("ortec", List.of(one("baseUri"), one("feed")), one("apiKey"), List.of()),
  /** Publisher: the instance's {@code baseUri}, a bearer {@code token}; {@code format} json|xml. */
  PUBLISHER("publisher", List.of(one("baseUri")), one("token"), List.of("format")),
  /** Springest Go: {@code site} + {@code tld}, or {@code baseUri}; an {@code apiKey}. */
  SPRINGEST(
      "springest",
      List.of(List.of(List.of("site", "tld"), List.of("baseUri"))),
      one("apiKey"),
      List.of()),
  /** Pepper: {@code token} and {@code applicationId}; {@code baseUri}, {@code apiVersion}. */
  PEPPER("pepper", List.of(one("applicationId")), one("token"), List.of("baseUri", "apiVersion"));

  private final String key;
  private final List<List<List<String>>> requirements;
  private final Set<String> secrets;
  private final Set<String> keys = new LinkedHashSet<>();

  Vendor(
      String key,
      List<List<List<String>>> requirements,
      List<List<String>> secrets,
      List<String> optional) {
    this.key = key;
    this.requirements = new ArrayList<>(requirements);
    this.requirements.addAll(List.of(secrets));
    this.secrets = Set.copyOf(secrets.get(0));
    this.requirements.forEach(r -> r.forEach(keys::addAll));
    keys.addAll(optional);
  }

  private static List<List<String>> one(String key) {
    return List.of(List.of(key));
  }

  /** Returns the section name in the config and the target name in plans: {@code spencer}. */
  public String key() {
    return key;
  }

  /** Returns every key this vendor's section accepts, required ones first. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(keys);
  }

  /** Returns whether {@code name} holds a secret (never printed, only referenced). */
  public boolean isSecret(String name) {
    return secrets.contains(name);
  }

  /** Returns the vendor whose section is called {@code key}, if any. */
  public static Optional<Vendor> byKey(String key) {
    for (Vendor v : values()) {
      if (v.key.equals(key.toLowerCase(Locale.ROOT))) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns one problem per required key that {@code given} lacks, as {@code "spencer.clientId is
   * required"}; when the vendor offers alternatives the message says so.
   */
  List<String> missing(Map<String, String> given) {
    List<String> problems = new ArrayList<>();
    for (List<List<String>> alternatives : requirements) {
      List<String> best = alternatives.get(0);
      long bestPresent = -1;
      for (List<String> alternative : alternatives) {
        long present = alternative.stream().filter(given::containsKey).count();
        if (present == alternative.size()) {
          best = null;
          break;
        }
        if (present > bestPresent) {
          best = alternative;
          bestPresent = present;
        }
      }
      if (best == null) {
        continue;
      }
      for (String k : best) {
        if (!given.containsKey(k)) {
          problems.add(key + "." + k + " is required" + otherWays(alternatives, best));
        }
      }
    }
    return problems;
  }

  private String otherWays(List<List<String>> alternatives, List<String> chosen) {
    List<String> others = new ArrayList<>();
    for (List<String> alternative : alternatives) {
      if (alternative != chosen) {
        others.add(key + "." + String.join(" and " + key + ".", alternative));
      }
    }
    return others.isEmpty() ? "" : " (or set " + String.join(", or ", others) + ")";
  }
}
