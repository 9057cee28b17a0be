/**
 * A stateful in-process fake of Pepper's user API ({@code /users}, {@code /actions}): see {@link
 * io.peoplesync.testkit.pepper.FakePepper}.
 */
package io.peoplesync.testkit.pepper;
