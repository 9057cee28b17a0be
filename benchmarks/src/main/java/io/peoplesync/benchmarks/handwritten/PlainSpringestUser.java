package io.peoplesync.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** The Springest user a save sends: the fields the benchmark sets, nulls left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PlainSpringestUser {
  /** The caller's id. */
  @JsonProperty("external_id")
  public String externalId;

  /** The e-mail address. */
  public String email;

  /** The first name. */
  @JsonProperty("first_name")
  public String firstName;

  /** The last name. */
  @JsonProperty("last_name")
  public String lastName;

  /** Whether the account can be used. */
  public Boolean active;

  /** The job title. */
  @JsonProperty("job_title")
  public String jobTitle;

  /** The department name. */
  @JsonProperty("department_name")
  public String departmentName;

  /** The first day of employment. */
  @JsonProperty("employment_start_date")
  public LocalDate employmentStartDate;

  /** The approvers. */
  public List<Approver> approvers;

  /** The tags. */
  public List<String> tags;

  /** An approver: an e-mail address and a label. */
  public static final class Approver {
    /** The approver's e-mail address. */
    public String email;

    /** The approver's label, for example {@code manager}. */
    public String label;

    /** Creates an approver. */
    public Approver(String email, String label) {
      this.email = email;
      this.label = label;
    }
  }
}
