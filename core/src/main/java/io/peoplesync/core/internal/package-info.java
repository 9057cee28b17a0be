/**
 * The core's mechanics: pipeline stages, encoding, redaction, validation helpers.
 *
 * <p>Not API: public only so that peoplesync's vendor modules can reach it. Anything here may
 * change in any release.
 */
package io.peoplesync.core.internal;
