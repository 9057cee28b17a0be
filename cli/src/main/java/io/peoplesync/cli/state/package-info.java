/**
 * Where the CLI keeps what it last applied to each target: an embedded H2 file database under
 * {@code ./.peoplesync/} by default, or any database reachable by a JDBC URL whose driver is on the
 * class path.
 */
package io.peoplesync.cli.state;
