package io.peoplesync.cli.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML config: one section per vendor plus the optional top-level {@code state}, {@code
 * maxDeactivationShare} and {@code maxPopulationShrink} (the guard rails' shares).
 *
 * <pre>{@code
 * spencer:
 *   customer: acme
 *   clientId: peoplesync
 *   clientSecret: ${SPENCER_CLIENT_SECRET}
 * }</pre>
 *
 * <p>Any value may contain {@code ${ENV_VAR}} references, resolved through the given environment.
 * Every problem is collected — unknown sections and keys, missing keys, unset variables, bad URIs —
 * and thrown at once; no message ever holds a value, so no secret can leak through one.
 */
public final class ConfigFile {
  private static final Set<String> TOP_LEVEL =
      Set.of("state", "maxDeactivationShare", "maxPopulationShrink");
  private static final Set<String> URI_KEYS = Set.of("baseUri", "tokenUri");
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'.*");

  private final Function<String, String> environment;

  /** Creates a reader resolving {@code ${NAME}} through {@code environment} (null when unset). */
  public ConfigFile(Function<String, String> environment) {
    this.environment = environment;
  }

  /**
   * Reads and checks {@code file}.
   *
   * @throws BadInputException listing every problem, each naming its key
   */
  public CliConfig read(Path file) {
    String source = file.toString();
    JsonNode root;
    try {
      root = YAML.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new BadInputException(source, List.of("file not found"));
    } catch (JsonProcessingException e) {
      // Only the line: a parser's message may quote the text around it, a secret included.
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      throw new BadInputException(
          source,
          List.of(
              "line "
                  + line
                  + (duplicate.matches()
                      ? ": duplicate key '" + duplicate.group(1) + "'"
                      : ": not valid YAML")));
    } catch (IOException e) {
      throw new BadInputException(source, List.of("cannot read: " + e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new BadInputException(
          source, List.of("expected a section per vendor (" + vendorList() + ")"));
    }
    List<String> problems = new ArrayList<>();
    Map<Vendor, VendorSettings> vendors = new EnumMap<>(Vendor.class);
    Map<String, String> top = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      Optional<Vendor> vendor = Vendor.byKey(e.getKey());
      if (vendor.isPresent()) {
        section(vendor.get(), e.getValue(), problems).ifPresent(s -> vendors.put(s.vendor(), s));
      } else if (TOP_LEVEL.contains(e.getKey())) {
        scalar(e.getKey(), e.getValue(), problems).ifPresent(v -> top.put(e.getKey(), v));
      } else {
        problems.add(e.getKey() + ": unknown section (expected " + vendorList() + ")");
      }
    }
    if (vendors.isEmpty() && problems.isEmpty()) {
      problems.add("no vendor section: give at least one of " + vendorList());
    }
    OptionalDouble deactivation = share("maxDeactivationShare", top, problems);
    OptionalDouble shrink = share("maxPopulationShrink", top, problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(source, problems);
    }
    return new CliConfig(vendors, Optional.ofNullable(top.get("state")), deactivation, shrink);
  }

  private Optional<VendorSettings> section(Vendor vendor, JsonNode node, List<String> problems) {
    if (!node.isObject()) {
      problems.add(vendor.key() + ": expected keys " + vendor.keys());
      return Optional.empty();
    }
    int before = problems.size();
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = vendor.key() + "." + e.getKey();
      if (!vendor.keys().contains(e.getKey())) {
        problems.add(name + ": unknown key (expected one of " + vendor.keys() + ")");
        continue;
      }
      scalar(name, e.getValue(), problems)
          .filter(v -> checkValue(vendor, e.getKey(), v, problems))
          .ifPresent(v -> values.put(e.getKey(), v));
    }
    // A key whose value could not be resolved is not reported missing a second time.
    Map<String, String> seen = new LinkedHashMap<>(values);
    node.fieldNames().forEachRemaining(k -> seen.putIfAbsent(k, ""));
    problems.addAll(vendor.missing(seen));
    return problems.size() == before
        ? Optional.of(new VendorSettings(vendor, values))
        : Optional.empty();
  }

  private Optional<String> scalar(String name, JsonNode node, List<String> problems) {
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      problems.add(name + ": empty value");
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      problems.add(name + ": expected a single value, not a list or section");
      return Optional.empty();
    }
    return resolve(name, node.asText(), problems);
  }

  private Optional<String> resolve(String name, String raw, List<String> problems) {
    StringBuilder out = new StringBuilder();
    boolean ok = true;
    int i = 0;
    while (i < raw.length()) {
      int start = raw.indexOf("${", i);
      if (start < 0) {
        out.append(raw, i, raw.length());
        break;
      }
      out.append(raw, i, start);
      int end = raw.indexOf('}', start);
      String variable = end < 0 ? "" : raw.substring(start + 2, end);
      if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        problems.add(name + ": malformed ${...} reference (expected ${ENV_VAR})");
        return Optional.empty();
      }
      String value = environment.apply(variable);
      if (value == null || value.isEmpty()) {
        problems.add(name + ": environment variable " + variable + " is not set");
        ok = false;
      } else {
        out.append(value);
      }
      i = end + 1;
    }
    return ok ? Optional.of(out.toString()) : Optional.empty();
  }

  private static boolean checkValue(
      Vendor vendor, String key, String value, List<String> problems) {
    String name = vendor.key() + "." + key;
    if (URI_KEYS.contains(key)) {
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
          problems.add(name + ": expected an http(s) URI with a host");
          return false;
        }
      } catch (URISyntaxException e) {
        problems.add(name + ": not a valid URI (" + e.getReason() + ")");
        return false;
      }
    } else if (key.equals("format") && !value.matches("(?i)json|xml")) {
      problems.add(name + ": expected json or xml");
      return false;
    } else if (key.equals("apiVersion") && !value.matches("[1-9][0-9]{0,2}")) {
      problems.add(name + ": expected a version number such as 8");
      return false;
    }
    return true;
  }

  private static OptionalDouble share(String key, Map<String, String> top, List<String> problems) {
    String value = top.get(key);
    if (value == null) {
      return OptionalDouble.empty();
    }
    try {
      double share = Double.parseDouble(value);
      if (share >= 0 && share <= 1) {
        return OptionalDouble.of(share);
      }
    } catch (NumberFormatException e) {
      // reported below, like an out-of-range share
    }
    problems.add(key + ": expected a share from 0 to 1, such as 0.10");
    return OptionalDouble.empty();
  }

  private static String vendorList() {
    List<String> keys = new ArrayList<>();
    for (Vendor v : Vendor.values()) {
      keys.add(v.key());
    }
    return String.join(", ", keys);
  }
}
