/**
 * The offline sandbox: the testkit's five vendor fakes on loopback and a config that points the CLI
 * at them, so a newcomer can plan and apply without any vendor account.
 */
package io.peoplesync.cli.sandbox;
