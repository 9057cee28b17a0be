/**
 * A typed client for the Springest Go employee import: create or fully replace a user on a Go site
 * ({@code POST /users.json}), look a user up by external id ({@code GET /users.json}), and save one
 * user on several sites at once.
 *
 * <p>Start with {@link io.peoplesync.springest.SpringestClient#builder()}. Every HTTP concern (the
 * {@code api_key} query parameter, retries, logging, error mapping) lives in {@code
 * peoplesync-core}; this package holds only what is true of Springest.
 */
@PeoplesyncStyle
package io.peoplesync.springest;

import io.peoplesync.core.PeoplesyncStyle;
