/**
 * A stateful in-process fake of Thomson Reuters HighQ Publisher's user API ({@code /api/2/users},
 * {@code /api/3/users/{id}}, {@code /api/oauth2/token}), in JSON and XML: see {@link
 * io.peoplesync.testkit.publisher.FakePublisher}.
 */
package io.peoplesync.testkit.publisher;
