package io.peoplesync.spencer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a caller hands to a write into what is sent: checked against {@link SpencerRules}
 * (before anything reaches the wire) and without the fields Spencer assigns itself, so a value
 * read, changed with its builder and written back is accepted. Which fields are server-only is
 * written down in the module README ("Assumptions").
 */
final class SpencerWrites {
  /** Set by Spencer on users: its own id, the timestamps, and the picture (its own endpoint). */
  static final Set<String> USER_SERVER_FIELDS =
      Set.of("id", "created_at", "updated_at", "profile_picture");

  /** Set by Spencer on user tags; the tag's {@code id} is the customer's and is sent. */
  static final Set<String> TAG_SERVER_FIELDS = Set.of("created_at", "updated_at");

  /** Set by Spencer on news drafts, besides the typed {@link NewsDraft#id()}. */
  static final Set<String> DRAFT_SERVER_FIELDS = Set.of("status", "created_at", "updated_at");

  private SpencerWrites() {}

  /** Returns the user to send for a create or update. */
  static SpencerUser user(SpencerUser user) {
    Objects.requireNonNull(user, "user == null");
    SpencerRules.check(user);
    if (!hasAny(user.extras(), USER_SERVER_FIELDS)) {
      return user;
    }
    return SpencerUser.builder()
        .from(user)
        .extras(without(user.extras(), USER_SERVER_FIELDS))
        .build();
  }

  /** Returns the tag to send for a create or update. */
  static UserTag tag(UserTag tag) {
    Objects.requireNonNull(tag, "tag == null");
    SpencerRules.check(tag);
    if (!hasAny(tag.extras(), TAG_SERVER_FIELDS)) {
      return tag;
    }
    return UserTag.builder().from(tag).extras(without(tag.extras(), TAG_SERVER_FIELDS)).build();
  }

  /** Returns the draft to send for a create: without Spencer's id and server fields. */
  static NewsDraft draft(NewsDraft draft) {
    Objects.requireNonNull(draft, "draft == null");
    SpencerRules.check(draft);
    if (draft.id().isEmpty() && !hasAny(draft.extras(), DRAFT_SERVER_FIELDS)) {
      return draft;
    }
    return NewsDraft.builder()
        .from(draft)
        .id(Optional.empty())
        .extras(without(draft.extras(), DRAFT_SERVER_FIELDS))
        .build();
  }

  private static boolean hasAny(Map<String, Object> extras, Set<String> names) {
    return names.stream().anyMatch(extras::containsKey);
  }

  private static Map<String, Object> without(Map<String, Object> extras, Set<String> names) {
    Map<String, Object> kept = new LinkedHashMap<>(extras);
    kept.keySet().removeAll(names);
    return kept;
  }
}
