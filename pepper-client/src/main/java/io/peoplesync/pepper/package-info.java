/**
 * The Pepper client: users ({@code /users}), the action feed ({@code /actions}) and a checkpointing
 * {@link io.peoplesync.pepper.ActionPoller}. Start at {@link io.peoplesync.pepper.PepperClient}.
 */
@PeoplesyncStyle
package io.peoplesync.pepper;

import io.peoplesync.core.PeoplesyncStyle;
