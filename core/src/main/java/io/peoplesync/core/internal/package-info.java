/**
 * The core's mechanics: pipeline stages, request and response types, codecs and mappers, redaction,
 * encoding, error mapping.
 *
 * <p>Not API and not SPI: no package outside {@code io.peoplesync.core} may use it (an ArchUnit
 * test enforces this). Anything here may change in any release.
 */
package io.peoplesync.core.internal;
