package io.peoplesync.pepper;

import java.util.Collection;
import java.util.Map;

/** The rule shared by the user write models: an extra field must not repeat a named one. */
final class UserFields {
  private UserFields() {}

  /**
   * Rejects an extra field whose name is also written by a named attribute that is set, since the
   * body would then carry the key twice.
   *
   * @param named wire name of each named attribute, mapped to whether it is set
   */
  static void checkExtras(Collection<String> extras, Map<String, Boolean> named) {
    named.forEach(
        (name, set) -> {
          if (set && extras.contains(name)) {
            throw new IllegalArgumentException(
                name + " must not be both set and given as an extra (or cleared) field");
          }
        });
  }
}
