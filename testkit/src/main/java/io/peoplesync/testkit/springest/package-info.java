/**
 * A stateful in-process fake of one Springest Go site: the employee import ({@code POST
 * /users.json}, a full-replace upsert) and the lookup ({@code GET /users.json?external_id=…}),
 * behind the site's {@code api_key}. Start one {@link
 * io.peoplesync.testkit.springest.FakeSpringest} per site.
 */
package io.peoplesync.testkit.springest;
