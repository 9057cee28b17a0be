package io.peoplesync.publisher;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import io.peoplesync.core.AllowNulls;
import io.peoplesync.core.spi.Validate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Publisher user: what {@link UsersApi#add} and {@link UsersApi#update} send and {@link
 * UsersApi#get} returns, in JSON or XML alike.
 *
 * <p>Publisher's own rules are checked when a user is sent ({@code add}, {@code update}), not when
 * one is built or read, so whatever Publisher stores stays readable: an e-mail address must be
 * well-formed, the first name 1–100 characters and the department at most 256; each failure is an
 * {@link IllegalArgumentException} naming the field, before anything is sent. A missing {@code
 * email} is an {@link IllegalStateException} from {@code build()}.
 *
 * <p>A user read with {@code get} can be changed and written back as it is: a status Publisher does
 * not take on writes ({@code Pending}, {@code Archived}, {@code Suspended}) is left out so
 * Publisher keeps it, {@code Disabled} is sent as {@code inactive}, and elements Publisher keeps
 * for itself (its links to the user, login and audit data) are not sent back.
 *
 * <pre>{@code
 * PublisherUser user = PublisherUser.builder()
 *     .name(PersonName.builder().firstName("Ada").lastName("Lovelace").build())
 *     .email("ada@example.com")
 *     .status(UserStatus.ACTIVE)
 *     .addSocialLink(Link.of("LinkedIn", "https://www.linkedin.com/in/ada"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublisherUser.class)
@JsonDeserialize(as = ImmutablePublisherUser.class)
public interface PublisherUser {
  /** Returns Publisher's id of the user; read from {@code id} or {@code userid}. */
  @JsonProperty("id")
  @JsonAlias("userid")
  @JsonSerialize(contentUsing = WireId.class)
  Optional<String> id();

  /**
   * Returns the user's name; an empty name when Publisher sent none or an empty element (sending
   * such a user is refused: a first name is required).
   */
  @JsonProperty("name")
  default PersonName name() {
    return PersonName.builder().build();
  }

  /** Returns the id the system of record gives the user. */
  @JsonProperty("externalid")
  Optional<String> externalId();

  /** Returns the e-mail address, which also identifies the user in {@link UsersApi#get}. */
  @JsonProperty("email")
  String email();

  /** Returns the office phone number. */
  @JsonProperty("phone")
  Optional<String> phone();

  /** Returns the job title. */
  @JsonProperty("jobtitle")
  Optional<String> jobTitle();

  /** Returns the mobile phone number. */
  @JsonProperty("mobile")
  Optional<String> mobile();

  /** Returns the department, at most 256 characters. */
  @JsonProperty("department")
  Optional<String> department();

  /**
   * Returns the status exactly as sent or received, for example {@code active} or {@code Active}.
   */
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

  /** Returns the URL of the user's picture. */
  @JsonProperty("img")
  Optional<String> img();

  /** Returns social profile links, such as LinkedIn. */
  @JsonProperty("sociallinks")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JacksonXmlElementWrapper(useWrapping = false)
  @JsonSerialize(using = LinkListSerializer.class)
  @JsonDeserialize(using = LinkListDeserializer.class)
  List<Link> socialLinks();

  /**
   * Returns other links, such as a web page; read from {@code customlinks} or {@code customlink}.
   */
  @JsonProperty("customlinks")
  @JsonAlias("customlink")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JacksonXmlElementWrapper(useWrapping = false)
  @JsonSerialize(using = LinkListSerializer.class)
  @JsonDeserialize(using = LinkListDeserializer.class)
  List<Link> customLinks();

  /** Returns messaging handles, such as Skype; read from either spelling, like custom links. */
  @JsonProperty("messaginglinks")
  @JsonAlias("messaginglink")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JacksonXmlElementWrapper(useWrapping = false)
  @JsonSerialize(using = LinkListSerializer.class)
  @JsonDeserialize(using = LinkListDeserializer.class)
  List<Link> messagingLinks();

  /** Returns the secretary's name. */
  @JsonProperty("secretaryname")
  Optional<String> secretaryName();

  /** Returns the secretary's e-mail address. */
  @JsonProperty("secretarymail")
  Optional<String> secretaryMail();

  /** Returns the biography text. */
  @JsonProperty("bio")
  Optional<String> bio();

  /** Returns where the user record comes from, for example {@code AD}. */
  @JsonProperty("sourcetype")
  Optional<String> sourceType();

  /** Returns the specialities as Publisher keeps them: one comma-separated text. */
  @JsonProperty("specialities")
  Optional<String> specialities();

  /** Returns elements the model does not know, kept so that a get-then-update loses nothing. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublisherUser}. */
  class Builder extends ImmutablePublisherUser.Builder {
    /**
     * Sets the status to write: {@link UserStatus#ACTIVE} or {@link UserStatus#INACTIVE}, the only
     * ones Publisher's write API takes. Archive a user with {@link UsersApi#archive}.
     *
     * @throws IllegalArgumentException for any other status
     */
    public final Builder status(UserStatus status) {
      Validate.check(
          status == UserStatus.ACTIVE || status == UserStatus.INACTIVE,
          "status",
          "must be ACTIVE or INACTIVE, the only statuses Publisher takes on writes (was "
              + status
              + ")");
      statusText(status.wireName());
      return this;
    }
  }
}
