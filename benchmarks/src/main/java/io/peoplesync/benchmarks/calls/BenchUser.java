package io.peoplesync.benchmarks.calls;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * The user {@code GET /users/{id}} returns: a plain mutable bean, so that the hand-written and the
 * SDK variants decode into exactly the same type with the same Jackson work.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public final class BenchUser {
  /** The vendor's id. */
  public String id;

  /** The id in the system of record. */
  public String externalId;

  /** Work e-mail. */
  public String email;

  /** Given name. */
  public String firstName;

  /** Family name. */
  public String lastName;

  /** Name as shown. */
  public String displayName;

  /** Job title. */
  public String jobTitle;

  /** Department. */
  public String department;

  /** Cost center. */
  public String costCenter;

  /** The manager's vendor id. */
  public String managerId;

  /** Locale tag. */
  public String locale;

  /** Time zone id. */
  public String timeZone;

  /** Whether the account is active. */
  public boolean active;

  /** Employment type. */
  public String employmentType;

  /** Hire date, ISO-8601. */
  public String hireDate;

  /** Role names. */
  public List<String> roles;

  /** Phone number. */
  public String phone;

  /** Postal address. */
  public Address address;

  /** Vendor-specific fields. */
  public Map<String, String> customFields;

  /** Creation time, ISO-8601. */
  public String createdAt;

  /** Last update time, ISO-8601. */
  public String updatedAt;

  /** Optimistic-locking version. */
  public int version;

  /** A postal address. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public static final class Address {
    /** Street and number. */
    public String street;

    /** Postal code. */
    public String postalCode;

    /** City. */
    public String city;

    /** ISO country code. */
    public String country;
  }
}
