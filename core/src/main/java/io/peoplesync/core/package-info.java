/**
 * The public API of peoplesync: what users write against, whichever vendor client they use.
 *
 * <p>The exception family rooted at {@link io.peoplesync.core.ApiException}, {@link
 * io.peoplesync.core.RetryPolicy}, {@link io.peoplesync.core.MediaFormat}, lazy listings ({@link
 * io.peoplesync.core.Paged}, {@link io.peoplesync.core.Page}), token sources ({@link
 * io.peoplesync.core.TokenProvider}), the builder settings every client shares ({@link
 * io.peoplesync.core.ClientBuilder}) and the raw escape hatch. This package depends on no other
 * peoplesync package.
 */
package io.peoplesync.core;
