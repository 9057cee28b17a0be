package io.peoplesync.cli;

import io.peoplesync.cli.input.BadInputException;
import io.peoplesync.cli.input.CliConfig;
import io.peoplesync.cli.input.ConfigFile;
import io.peoplesync.cli.input.EmployeesCsv;
import io.peoplesync.cli.state.StateDatabase;
import io.peoplesync.provisioning.AuditListener;
import io.peoplesync.provisioning.Employee;
import io.peoplesync.provisioning.Provisioner;
import io.peoplesync.provisioning.StateStore;
import io.peoplesync.provisioning.Target;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One plan or apply run's inputs, all checked before anything is sent: the config, the employees, a
 * target per configured vendor, the state database and the provisioner over them.
 */
final class Session implements AutoCloseable {
  final CliConfig config;
  final List<Employee> employees;
  final List<String> targets;
  final StateDatabase state;
  final Provisioner provisioner;

  private Session(
      CliConfig config,
      List<Employee> employees,
      List<String> targets,
      StateDatabase state,
      Provisioner provisioner) {
    this.config = config;
    this.employees = employees;
    this.targets = targets;
    this.state = state;
    this.provisioner = provisioner;
  }

  /**
   * Reads and checks both files (reporting the problems of both at once), then opens the state.
   *
   * @throws BadInputException if a file, a setting or the state database cannot be used
   */
  static Session open(SyncOptions options, CliContext context, AuditListener listener) {
    BadInputException failure = null;
    CliConfig config = null;
    List<Employee> employees = List.of();
    try {
      config = new ConfigFile(context.environment()).read(options.config);
    } catch (BadInputException e) {
      failure = e;
    }
    try {
      employees = EmployeesCsv.read(options.employees);
    } catch (BadInputException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    List<Target> targets = VendorTargets.of(config, options.config.toString());
    StateDatabase state = openState(options, config, context);
    Provisioner.Builder b =
        Provisioner.builder().stateStore(stateStore(state)).auditListener(listener);
    List<String> names = new ArrayList<>();
    for (Target t : targets) {
      b.target(t);
      names.add(t.name());
    }
    config.maxDeactivationShare().ifPresent(b::maxDeactivationShare);
    config.maxPopulationShrink().ifPresent(b::maxPopulationShrink);
    return new Session(config, employees, names, state, b.build());
  }

  private static StateDatabase openState(
      SyncOptions options, CliConfig config, CliContext context) {
    String url = options.state().or(config::state).orElse(StateDatabase.DEFAULT_URL);
    try {
      return new StateDatabase(
          url,
          Optional.ofNullable(context.env("PEOPLESYNC_STATE_USER")),
          Optional.ofNullable(context.env("PEOPLESYNC_STATE_PASSWORD")));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--state", List.of(e.getMessage()));
    }
  }

  private static StateStore stateStore(StateDatabase state) {
    // The store connects lazily; trying once here makes a wrong URL bad input, not a failed run.
    try {
      state.getConnection().close();
      return StateStore.jdbc(state);
    } catch (SQLException e) {
      throw new BadInputException(
          "state " + state.redactedUrl(), List.of("cannot open: " + e.getMessage()));
    }
  }

  @Override
  public void close() {
    state.close();
  }
}
