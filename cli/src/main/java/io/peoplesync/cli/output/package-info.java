/**
 * What the CLI prints and writes besides the plan itself: the per-target summary table, the JSON
 * report, and the progress shown while a plan is applied (bars on a terminal, plain lines
 * otherwise).
 */
package io.peoplesync.cli.output;
