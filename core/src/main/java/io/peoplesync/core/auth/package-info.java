/**
 * Token sources users may plug into bearer-token clients: {@link
 * io.peoplesync.core.auth.OAuth2TokenProvider} fetches, caches and refreshes OAuth2 tokens.
 */
package io.peoplesync.core.auth;
