/**
 * A typed client for the Spencer Integration API: users, user tags and news, authenticated with an
 * OAuth2 client-credentials token or a static token. Start with {@link
 * io.peoplesync.spencer.SpencerClient#builder()}.
 */
@PeoplesyncStyle
package io.peoplesync.spencer;

import io.peoplesync.core.PeoplesyncStyle;
