package io.peoplesync.publisher;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What Publisher answers to add, update and archive, and what a listing holds per user: the id and
 * e-mail, a link to the user, and in listings the main profile fields. Every field is optional,
 * because the summaries differ by call; fields the model does not know are kept in {@link
 * #extras()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUserSummary.class)
@JsonDeserialize(as = ImmutableUserSummary.class)
public interface UserSummary {
  /** Returns Publisher's id of the user; read from {@code id} or {@code userid}. */
  @JsonProperty("id")
  @JsonAlias("userid")
  @JsonSerialize(contentUsing = WireId.class)
  Optional<String> id();

  /** Returns the e-mail address. */
  @JsonProperty("email")
  Optional<String> email();

  /** Returns Publisher's URL of the user, as given; read from {@code link} or {@code userlink}. */
  @JsonProperty("link")
  @JsonAlias("userlink")
  Optional<String> link();

  /** Returns the user's name. */
  @JsonProperty("name")
  Optional<PersonName> name();

  /** Returns the office phone number. */
  @JsonProperty("phone")
  Optional<String> phone();

  /** Returns the job title. */
  @JsonProperty("jobtitle")
  Optional<String> jobTitle();

  /** Returns the mobile phone number. */
  @JsonProperty("mobile")
  Optional<String> mobile();

  /** Returns the department. */
  @JsonProperty("department")
  Optional<String> department();

  /** Returns the status exactly as received, for example {@code Active}. */
  @JsonProperty("status")
  Optional<String> statusText();

  /** Returns the status; {@link UserStatus#UNKNOWN} when the text names none the SDK knows. */
  @JsonIgnore
  @Value.Derived
  default Optional<UserStatus> status() {
    return UserStatus.parse(statusText());
  }

  /** Returns the organisation the user belongs to. */
  @JsonProperty("organisation")
  Optional<Organisation> organisation();

  /** Returns where the user works. */
  @JsonProperty("location")
  Optional<Location> location();

  /** Returns when the user was invited, as Publisher formats it (for example 01 Jan 2024 09:30). */
  @JsonProperty("invited")
  Optional<String> invited();

  /** Returns when the user last signed in, formatted like {@link #invited()}. */
  @JsonProperty("lastlogin")
  Optional<String> lastLogin();

  /** Returns the user's role. */
  @JsonProperty("role")
  Optional<String> role();

  /** Returns fields the model does not know. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserSummary}. */
  class Builder extends ImmutableUserSummary.Builder {}
}
