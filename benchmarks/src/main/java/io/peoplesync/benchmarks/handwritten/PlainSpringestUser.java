package io.peoplesync.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The Springest user a save sends, as a careful user writes it by hand for a complete replace:
 * every documented field, a field not set sent cleared ({@code ""} for texts, gender and birthdate,
 * {@code null} for the employment dates, {@code []} for approvers and tags, {@code active} true),
 * the external id left out when unset. That is the body the SDK's {@code save} sends, byte for
 * byte, so the benchmark compares the same request ({@code VendorBenchmarkTest} checks it).
 */
@JsonPropertyOrder({
  "external_id",
  "email",
  "gender",
  "first_name",
  "last_name",
  "phone_number",
  "birthdate",
  "birthplace",
  "company_name",
  "address",
  "house_number",
  "zip_code",
  "city",
  "country",
  "active",
  "job_title",
  "department_name",
  "business_unit",
  "cost_center",
  "cost_center_name",
  "approvers",
  "tags",
  "employment_start_date",
  "employment_end_date"
})
public final class PlainSpringestUser {
  /** The caller's id; left out when null, as Springest matches on it. */
  @JsonProperty("external_id")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public String externalId;

  /** The e-mail address. */
  public String email = "";

  /** The gender code, or {@code ""}. */
  public String gender = "";

  /** The first name. */
  @JsonProperty("first_name")
  public String firstName = "";

  /** The last name. */
  @JsonProperty("last_name")
  public String lastName = "";

  /** The phone number. */
  @JsonProperty("phone_number")
  public String phoneNumber = "";

  /** The birth date as {@code yyyy-MM-dd}, or {@code ""}. */
  public String birthdate = "";

  /** The birthplace. */
  public String birthplace = "";

  /** The company name. */
  @JsonProperty("company_name")
  public String companyName = "";

  /** The street address. */
  public String address = "";

  /** The house number. */
  @JsonProperty("house_number")
  public String houseNumber = "";

  /** The postal code. */
  @JsonProperty("zip_code")
  public String zipCode = "";

  /** The city. */
  public String city = "";

  /** The country. */
  public String country = "";

  /** Whether the account can be used. */
  public boolean active = true;

  /** The job title. */
  @JsonProperty("job_title")
  public String jobTitle = "";

  /** The department name. */
  @JsonProperty("department_name")
  public String departmentName = "";

  /** The business unit. */
  @JsonProperty("business_unit")
  public String businessUnit = "";

  /** The cost center code. */
  @JsonProperty("cost_center")
  public String costCenter = "";

  /** The cost center name. */
  @JsonProperty("cost_center_name")
  public String costCenterName = "";

  /** The approvers. */
  public List<Approver> approvers = List.of();

  /** The tags. */
  public List<String> tags = List.of();

  /** The first day of employment, or null. */
  @JsonProperty("employment_start_date")
  public LocalDate employmentStartDate;

  /** The last day of employment, or null. */
  @JsonProperty("employment_end_date")
  public LocalDate employmentEndDate;

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
