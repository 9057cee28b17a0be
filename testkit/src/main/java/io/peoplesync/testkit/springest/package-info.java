/**
 * A stateful in-process fake of one Springest Go site: the employee import ({@code POST
 * /users.json}, an upsert that overwrites the fields sent and keeps those left out) and the lookup
 * ({@code GET /users.json?external_id=…}), behind the site's {@code api_key}. Start one {@link
 * io.peoplesync.testkit.springest.FakeSpringest} per site.
 */
package io.peoplesync.testkit.springest;
