/** The Spencer fake: identity (token) endpoint, users, user tags and news, kept in memory. */
package io.peoplesync.testkit.spencer;
