/**
 * The provisioning benchmark: a first sync and a no-op re-sync of 10,000 employees on the five
 * in-process fakes, with the state in H2.
 */
package io.peoplesync.benchmarks.provisioning;
