/**
 * The CLI demo ({@code mvn -B -q -Pdemo -DskipTests -pl cli -am verify}): the real commands against
 * the sandbox, checking what each step did.
 */
package io.peoplesync.cli.demo;
