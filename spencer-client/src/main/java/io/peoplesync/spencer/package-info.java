/**
 * A typed client for the Spencer Integration API: {@link io.peoplesync.spencer.SpencerClient} and
 * its endpoint groups (users, user tags, news) with the value types they read and write. Values
 * read from Spencer are never checked against the send rules; writes check them first and leave out
 * the fields Spencer sets itself.
 */
@PeoplesyncStyle
package io.peoplesync.spencer;

import io.peoplesync.core.PeoplesyncStyle;
