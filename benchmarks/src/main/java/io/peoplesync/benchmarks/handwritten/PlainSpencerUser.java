package io.peoplesync.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Spencer user with the main fields of the SDK's {@code SpencerUser}. */
public final class PlainSpencerUser {
  /** The caller's id. */
  @JsonProperty("external_id")
  public String externalId;

  /** The first name. */
  @JsonProperty("first_name")
  public String firstName;

  /** The last name. */
  @JsonProperty("last_name")
  public String lastName;

  /** The e-mail address. */
  public String email;

  /** How the user signs in. */
  @JsonProperty("authentication_type")
  public String authenticationType;

  /** The job title per locale. */
  @JsonProperty("job_title")
  public List<Translation> jobTitle = List.of();

  /** The tags. */
  public List<String> tags = List.of();

  /** When the user was archived. */
  @JsonProperty("archived_at")
  public Instant archivedAt;

  /** Fields this class does not name. */
  public final Map<String, Object> extras = new LinkedHashMap<>();

  /** Keeps a field this class does not name. */
  @JsonAnySetter
  public void extra(String name, Object value) {
    extras.put(name, value);
  }

  /** A text in one locale. */
  public static final class Translation {
    /** The locale, for example {@code en-US}. */
    public String locale;

    /** The text. */
    public String value;
  }
}
