/**
 * Stateful fakes of the five vendors on loopback HTTP, for users' integration tests and the demo:
 * the shared server, faults to inject, and the requests each fake recorded.
 */
package io.peoplesync.testkit;
