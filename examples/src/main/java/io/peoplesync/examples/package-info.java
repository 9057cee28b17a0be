/** Runnable examples of the five clients, against the testkit's fakes or the real vendors. */
package io.peoplesync.examples;
