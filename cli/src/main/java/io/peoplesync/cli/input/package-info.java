/**
 * Reads what the CLI is given: the employees CSV (one {@code Employee} per row) and the YAML config
 * (one section per vendor, secrets as {@code ${ENV_VAR}} references). Both readers check everything
 * before returning and report every problem at once in a {@link
 * io.peoplesync.cli.input.BadInputException}, so a user fixes a file in one round.
 */
package io.peoplesync.cli.input;
