package io.peoplesync.spencer;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Spencer user, as created, fetched and updated through the Users endpoints; the same shape is
 * read and written.
 *
 * <p>Whatever Spencer stores reads back, even a value that breaks the rules below. The rules are
 * checked when a user is sent ({@link UsersApi#create}, {@link UsersApi#update}), which then throw
 * {@link IllegalArgumentException} naming the field and the rule before any request: {@code
 * externalId} is non-blank and at most 256 characters ({@code manager} too); every other string,
 * tag id and translation is at most 255 characters; each translatable text ({@code jobTitle},
 * {@code department} …, a map of locale to text) has a non-blank {@code en-US} entry when it has
 * any. Fields this model does not know are kept in {@link #extras()}, so a fetched user can be
 * changed and sent back without losing them; those Spencer sets itself ({@code id}, {@code
 * created_at}, {@code updated_at}, {@code profile_picture}) are left out of what is sent.
 *
 * <pre>{@code
 * SpencerUser ann = SpencerUser.builder()
 *     .externalId("E-1001").firstName("Ann").lastName("Smith").email("ann@example.com")
 *     .putJobTitle("en-US", "Developer").putJobTitle("nl-BE", "Ontwikkelaar")
 *     .addTag("mkt")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpencerUser.class)
@JsonDeserialize(as = ImmutableSpencerUser.class)
public interface SpencerUser {
  /** Returns the id of the user in the customer's system of record; also the {@code userId}. */
  @JsonProperty("external_id")
  String externalId();

  /** Returns the first name. */
  @JsonProperty("first_name")
  Optional<String> firstName();

  /** Returns the last name. */
  @JsonProperty("last_name")
  Optional<String> lastName();

  /** Returns the work e-mail address. */
  Optional<String> email();

  /** Returns the private e-mail address. */
  @JsonProperty("private_email")
  Optional<String> privateEmail();

  /** Returns the work mobile number, in international format such as {@code +32488063309}. */
  Optional<String> mobile();

  /** Returns the private mobile number, in international format. */
  @JsonProperty("private_mobile")
  Optional<String> privateMobile();

  /** Returns the country. */
  Optional<String> country();

  /** Returns the preferred language, a locale such as {@code nl-BE}. */
  @JsonProperty("preferred_language")
  Optional<String> preferredLanguage();

  /**
   * Returns how the user signs in, as sent on the wire ({@code username_password}, {@code
   * company_account}, or a value this SDK does not know); see {@link #authenticationKind()}.
   */
  @JsonProperty("authentication_type")
  Optional<String> authenticationType();

  /** Returns the sign-in identifier (a UPN or e-mail address) for the authentication type. */
  @JsonProperty("authentication_id")
  Optional<String> authenticationId();

  /** Returns the external id of the user's manager. */
  Optional<String> manager();

  /** Returns the external id of the user's default site. */
  @JsonProperty("default_site")
  Optional<String> defaultSite();

  /** Returns the job title by locale. */
  @JsonProperty("job_title")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> jobTitle();

  /** Returns the department by locale. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> department();

  /** Returns the division by locale. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> division();

  /** Returns the subdivision by locale. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> subdivision();

  /** Returns the contract type by locale. */
  @JsonProperty("contract_type")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> contractType();

  /** Returns the domain by locale. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> domain();

  /** Returns the region by locale. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> region();

  /** Returns the zone by locale. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> zone();

  /** Returns the ids of the user's tags (see {@link UserTag#id()}); sent even when empty. */
  List<String> tags();

  /** Returns when the user was (or will be) archived; archived users keep their data. */
  @JsonProperty("archived_at")
  Optional<Instant> archivedAt();

  /**
   * Returns fields this model does not know, kept so that get → update loses nothing; the ones
   * Spencer sets itself are read here but never sent.
   */
  @JsonAnyGetter
  // Nulls are data: a field Spencer answered as null is written back as null.
  @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
  @AllowNulls
  Map<String, Object> extras();

  /** Returns {@link #authenticationType()} as a known type, {@code UNKNOWN} for other values. */
  @JsonIgnore
  default Optional<AuthenticationType> authenticationKind() {
    return AuthenticationType.fromWire(authenticationType());
  }

  /** Returns a copy of this user archived as of {@code when}, for {@link UsersApi#update}. */
  default SpencerUser withArchivedAt(Instant when) {
    return builder().from(this).archivedAt(when).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SpencerUser}; {@code build()} requires only {@code externalId}, the rules
   * listed on the type are checked when the user is sent.
   */
  class Builder extends ImmutableSpencerUser.Builder {
    /** Sets {@link SpencerUser#authenticationType()} from a known type. */
    public Builder authenticationType(AuthenticationType type) {
      authenticationType(type.wireName());
      return this;
    }
  }
}
