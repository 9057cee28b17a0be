package io.peoplesync.springest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Reports what Springest holds for a user found by external id: ids, e-mail, whether the account is
 * active and how far the user is with assigned learning tracks.
 *
 * <p>Read leniently: {@code active} may come as {@code "true"}/{@code "false"} or as a boolean, the
 * id as a number or a string, and fields this model does not know are kept in {@link #extras()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpringestUserStatus.class)
@JsonDeserialize(as = ImmutableSpringestUserStatus.class)
public interface SpringestUserStatus {
  /** Returns Springest's id of the user. */
  @JsonProperty("id")
  String id();

  /** Returns the caller's external id of the user. */
  @JsonProperty("external_id")
  Optional<String> externalId();

  /** Returns the user's e-mail address (sent by Springest as {@code user_email}). */
  @JsonProperty("user_email")
  Optional<String> email();

  /** Returns whether the account can be used; empty when Springest does not say. */
  @JsonProperty("active")
  Optional<Boolean> active();

  /** Returns the learning-track status exactly as Springest wrote it. */
  @JsonProperty("learning_track_status")
  Optional<String> rawLearningTrackStatus();

  /**
   * Returns the learning-track status; {@link LearningTrackStatus#UNKNOWN} for a value this SDK
   * does not know (read it from {@link #rawLearningTrackStatus()}).
   */
  @JsonIgnore
  @Value.Derived
  default Optional<LearningTrackStatus> learningTrackStatus() {
    return rawLearningTrackStatus().map(LearningTrackStatus::fromWire);
  }

  /** Returns fields this model does not know; a JSON {@code null} is kept as a null value. */
  @JsonAnyGetter
  @JsonInclude(content = JsonInclude.Include.ALWAYS)
  @AllowNulls
  Map<String, Object> extras();

  /**
   * Returns the writable part of what was read, the external id, e-mail and {@code active}, as a
   * user to change and send with {@link UsersApi#merge}. Springest's own fields ({@code id}, the
   * learning-track status, anything in {@link #extras()}) are not carried over, so they are never
   * sent back. Do not send it with {@link UsersApi#replace}: the lookup reports no other field, so
   * a replace would clear them all.
   */
  @JsonIgnore
  @Value.NonAttribute
  default SpringestUser toUser() {
    return SpringestUser.builder().externalId(externalId()).email(email()).active(active()).build();
  }

  /** Returns a new builder, for tests and fakes. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SpringestUserStatus}. */
  class Builder extends ImmutableSpringestUserStatus.Builder {}
}
