package io.peoplesync.provisioning;

import java.util.Optional;

/** What a mapping may know about other employees: today, a manager's e-mail address. */
interface Directory {
  /** Returns the work e-mail of the employee {@code id} if they are known and employed. */
  Optional<String> activeEmail(String id);

  Directory NONE = id -> Optional.empty();
}
