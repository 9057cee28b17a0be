package io.peoplesync.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options {@code plan} and {@code apply} share: what to sync, where to, and the state. */
final class SyncOptions {
  @Option(
      names = "--employees",
      required = true,
      paramLabel = "CSV",
      description = "Employees CSV: a header row of Employee fields (id,givenName,…), a row each.")
  Path employees;

  @Option(
      names = "--config",
      required = true,
      paramLabel = "YAML",
      description = "Config: one section per vendor; secrets as $${ENV_VAR} references.")
  Path config;

  @Option(
      names = "--state",
      paramLabel = "JDBC-URL",
      description =
          "State database (default: the config's 'state', else "
              + "jdbc:h2:file:./.peoplesync/state). User and password: PEOPLESYNC_STATE_USER, "
              + "PEOPLESYNC_STATE_PASSWORD.")
  String state;

  Optional<String> state() {
    return Optional.ofNullable(state);
  }
}
