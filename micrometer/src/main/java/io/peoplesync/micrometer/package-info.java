/**
 * Optional Micrometer metrics for peoplesync clients: one listener that times every call and counts
 * retries. The only peoplesync module that depends on Micrometer.
 */
package io.peoplesync.micrometer;
