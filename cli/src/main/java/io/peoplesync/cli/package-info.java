/**
 * The {@code peoplesync} command: {@code sandbox}, {@code plan} and {@code apply} over the
 * provisioning layer, with picocli for options, help and errors. {@link io.peoplesync.cli.Main} is
 * the entry point of {@code peoplesync.jar}; {@link io.peoplesync.cli.Cli} builds the same command
 * line in process for tests and the demo. Exit codes: {@link io.peoplesync.cli.ExitCode}.
 */
package io.peoplesync.cli;
