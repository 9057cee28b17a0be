package io.peoplesync.benchmarks.calls;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The small body {@code POST /users} sends and gets echoed back; every field is set. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public final class NewUser {
  /** The id in the system of record. */
  public String externalId;

  /** Work e-mail. */
  public String email;

  /** Given name. */
  public String firstName;

  /** Family name. */
  public String lastName;

  /** Department. */
  public String department;

  /** Returns the body every POST variant sends. */
  static NewUser sample(int i) {
    NewUser u = new NewUser();
    u.externalId = "EMP-" + (100000 + i % 1000);
    u.email = "new.hire." + (i % 1000) + "@example-corp.nl";
    u.firstName = "Joost";
    u.lastName = "de Vries";
    u.department = "Engineering";
    return u;
  }
}
