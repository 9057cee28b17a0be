package io.peoplesync.publisher;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A named link on a user's profile, such as a social profile ({@code LinkedIn}), a web page or a
 * messaging handle ({@code Skype}). Written as a {@code link} element with {@code name} and {@code
 * value}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLink.class)
@JsonDeserialize(as = ImmutableLink.class)
public interface Link {
  /** Returns the label, for example {@code LinkedIn}. */
  @Value.Parameter
  String name();

  /** Returns the target: a URL or a handle. */
  @Value.Parameter
  String value();

  /** Returns a link with the given label and target. */
  static Link of(String name, String value) {
    return ImmutableLink.of(name, value);
  }
}
