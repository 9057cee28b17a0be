/**
 * A typed client for the Publisher user API, in JSON or XML: add, get, update, list and archive
 * users. Start with {@link io.peoplesync.publisher.PublisherClient#builder()}.
 */
@PeoplesyncStyle
package io.peoplesync.publisher;

import io.peoplesync.core.PeoplesyncStyle;
