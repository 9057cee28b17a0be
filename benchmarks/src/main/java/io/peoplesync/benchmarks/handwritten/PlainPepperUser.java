package io.peoplesync.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Pepper user with the fields of the SDK's {@code PepperUser}; unknown fields kept as nodes. */
public final class PlainPepperUser {
  /** Pepper's user id ({@code id}, or {@code _id}). */
  @JsonAlias("_id")
  public String id;

  /** The merchant tenant. */
  public String tenantId;

  /** The first name. */
  public String firstName;

  /** The last name. */
  public String lastName;

  /** The full name. */
  public String fullName;

  /** The login credentials. */
  public List<Credential> credentials = List.of();

  /** Whether the user agreed to share data. */
  public Boolean hasAgreedToShareData;

  /** Whether the user agreed to receive marketing. */
  public Boolean hasAgreedToReceiveMarketing;

  /** The account state. */
  public String state;

  /** The roles. */
  public List<String> roles = List.of();

  /** When the user was created. */
  public Instant created;

  /** When the user last changed. */
  public Instant updatedAt;

  /** Fields this class does not name. */
  public final Map<String, JsonNode> extras = new LinkedHashMap<>();

  /** Keeps a field this class does not name. */
  @JsonAnySetter
  public void extra(String name, JsonNode value) {
    extras.put(name, value);
  }

  /** A login credential. */
  public static final class Credential {
    /** The provider, for example {@code EMAIL}. */
    public String provider;

    /** The e-mail address or phone number. */
    public String id;

    /** The password, only sent on create. */
    public String token;

    /** Fields this class does not name. */
    public final Map<String, JsonNode> extras = new LinkedHashMap<>();

    /** Keeps a field this class does not name. */
    @JsonAnySetter
    public void extra(String name, JsonNode value) {
      extras.put(name, value);
    }
  }

  /** One page of {@code GET /users}. */
  public static final class Page {
    /** The users of the page. */
    public List<PlainPepperUser> items = List.of();

    /** The paging information. */
    public Info page;
  }

  /** Pepper's {@code page} object. */
  public static final class Info {
    /** The users on the page. */
    public Integer count;

    /** The page size. */
    public Integer limit;

    /** The cursor of the next page. */
    public String startKey;
  }
}
