/**
 * Test helpers shared through core's test-jar: clocks, delayers, call modes, log capture, the
 * vendor-module rules (ArchUnit) and the SDK's mapper configuration for model tests.
 */
package io.peoplesync.core.testing;
