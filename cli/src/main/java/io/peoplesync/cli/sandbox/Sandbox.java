package io.peoplesync.cli.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.peoplesync.testkit.FakeServer;
import io.peoplesync.testkit.RecordedRequest;
import io.peoplesync.testkit.ortec.FakeOrtec;
import io.peoplesync.testkit.pepper.FakePepper;
import io.peoplesync.testkit.publisher.FakePublisher;
import io.peoplesync.testkit.spencer.FakeSpencer;
import io.peoplesync.testkit.springest.FakeSpringest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The five testkit fakes, started on loopback, and the config that points the CLI at them.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *   sandbox.writeConfig(Path.of("sandbox.yaml"));
 *   ... peoplesync apply --config sandbox.yaml ...
 *   sandbox.writeRequests();   // what the vendors were asked to change
 * }
 * }</pre>
 *
 * <p>The config holds the fakes' public default credentials as literal values (they guard nothing)
 * and its own state database next to the config file, emptied by {@link #writeConfig}: a new
 * sandbox's fakes start empty, so its state must too.
 */
public final class Sandbox implements AutoCloseable {
  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final String STATE_NAME = "sandbox-state";
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .build();

  private final FakeSpencer spencer = new FakeSpencer();
  private final FakeOrtec ortec = new FakeOrtec();
  private final FakePublisher publisher = new FakePublisher();
  private final FakeSpringest springest = new FakeSpringest();
  private final FakePepper pepper = new FakePepper();

  private Sandbox() {}

  /**
   * Starts the five fakes, each on a free loopback port.
   *
   * @throws IllegalStateException if a port cannot be bound
   */
  public static Sandbox start() {
    Sandbox sandbox = new Sandbox();
    try {
      sandbox.fakes().values().forEach(FakeServer::start);
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
    return sandbox;
  }

  /** Returns the fakes by target name, in the CLI's target order. */
  public Map<String, FakeServer> fakes() {
    Map<String, FakeServer> fakes = new LinkedHashMap<>();
    fakes.put("spencer", spencer);
    fakes.put("ortec", ortec);
    fakes.put("publisher", publisher);
    fakes.put("springest", springest);
    fakes.put("pepper", pepper);
    return fakes;
  }

  /** Returns the Spencer fake. */
  public FakeSpencer spencer() {
    return spencer;
  }

  /** Returns the ORTEC fake. */
  public FakeOrtec ortec() {
    return ortec;
  }

  /** Returns the Publisher fake. */
  public FakePublisher publisher() {
    return publisher;
  }

  /** Returns the Springest fake. */
  public FakeSpringest springest() {
    return springest;
  }

  /** Returns the Pepper fake. */
  public FakePepper pepper() {
    return pepper;
  }

  /**
   * Returns how many requests asked a fake to change something so far: every method but GET and
   * HEAD, token requests excluded, per target name.
   */
  public Map<String, Long> writeRequests() {
    Map<String, Long> counts = new LinkedHashMap<>();
    fakes().forEach((name, fake) -> counts.put(name, writes(fake.requests())));
    return counts;
  }

  /** Returns the sum of {@link #writeRequests()}. */
  public long totalWriteRequests() {
    return writeRequests().values().stream().mapToLong(Long::longValue).sum();
  }

  private static long writes(List<RecordedRequest> requests) {
    return requests.stream()
        .filter(r -> !READS.contains(r.method()) && !r.rawPath().contains("token"))
        .count();
  }

  /** Returns the JDBC URL of this sandbox's own state database, next to {@code configFile}. */
  public static String stateUrl(Path configFile) {
    Path dir = configFile.toAbsolutePath().getParent().resolve(".peoplesync");
    return "jdbc:h2:file:" + dir.resolve(STATE_NAME).toString().replace('\\', '/');
  }

  /**
   * Writes the config for these fakes to {@code file} and empties the sandbox's state database next
   * to it.
   *
   * @throws UncheckedIOException if a file cannot be written or deleted
   */
  public void writeConfig(Path file) {
    Path dir = file.toAbsolutePath().getParent().resolve(".peoplesync");
    try {
      for (String suffix : List.of(".mv.db", ".trace.db")) {
        Files.deleteIfExists(dir.resolve(STATE_NAME + suffix));
      }
      Files.write(file, configText(file).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  String configText(Path file) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("state", stateUrl(file));
    config.put(
        "spencer",
        section(
            "baseUri",
            spencer.baseUri(),
            "tokenUri",
            spencer.tokenUri(),
            "clientId",
            spencer.clientId(),
            "clientSecret",
            spencer.clientSecret()));
    config.put(
        "ortec",
        section("baseUri", ortec.baseUri(), "feed", ortec.feed(), "apiKey", ortec.apiKey()));
    config.put(
        "publisher",
        section("baseUri", publisher.baseUri(), "token", publisher.token(), "format", "xml"));
    config.put("springest", section("baseUri", springest.baseUri(), "apiKey", springest.apiKey()));
    config.put(
        "pepper",
        section(
            "baseUri",
            pepper.baseUri(),
            "token",
            pepper.token(),
            "applicationId",
            pepper.applicationId()));
    try {
      return "# peoplesync sandbox: five fake vendors on loopback, alive while the sandbox runs.\n"
          + "# The credentials are the fakes' public defaults. A real config references its\n"
          + "# secrets instead, e.g. clientSecret: ${SPENCER_CLIENT_SECRET}\n"
          + YAML.writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the sandbox config", e);
    }
  }

  private static Map<String, String> section(Object... keysAndValues) {
    Map<String, String> section = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      section.put((String) keysAndValues[i], String.valueOf(keysAndValues[i + 1]));
    }
    return section;
  }

  /** Stops every fake; idempotent. */
  @Override
  public void close() {
    fakes().values().forEach(FakeServer::close);
  }
}
