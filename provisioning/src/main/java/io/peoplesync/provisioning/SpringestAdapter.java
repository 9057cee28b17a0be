package io.peoplesync.provisioning;

import io.peoplesync.springest.Approver;
import io.peoplesync.springest.ApproverLabel;
import io.peoplesync.springest.SpringestClient;
import io.peoplesync.springest.SpringestUser;
import io.peoplesync.springest.SpringestUserStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Springest Go: every write is the complete-record save keyed on the external id (the HR id), so a
 * save never duplicates and an emptied field is sent empty, which clears it. The lookup returns no
 * profile, only the account's id and activity, so a user found that way is saved in full once. The
 * approver is the manager, by e-mail, when the manager is a known employed person.
 */
final class SpringestAdapter extends VendorAdapter {
  private static final List<String> FIELDS =
      Arrays.asList(
          "external_id",
          "email",
          "first_name",
          "last_name",
          "phone_number",
          "job_title",
          "department_name",
          "business_unit",
          "cost_center",
          "company_name",
          "city",
          "country",
          "employment_start_date",
          "employment_end_date",
          "approvers");

  private final SpringestClient client;

  private SpringestAdapter(SpringestClient client) {
    super("external_id", FIELDS, false, false);
    this.client = client;
  }

  static Target target(SpringestClient client) {
    return new Target(
        "springest",
        new SpringestAdapter(client),
        Arrays.asList(
            new FieldMapping("external_id", "id", (e, d) -> Optional.of(e.id()), false),
            FieldMapping.of("email", "workEmail", Employee::workEmail),
            FieldMapping.of("first_name", "givenName", Employee::givenName),
            FieldMapping.of("last_name", "familyName", Employee::familyName),
            FieldMapping.of("phone_number", "mobilePhone", Employee::mobilePhone),
            FieldMapping.of("job_title", "jobTitle", Employee::jobTitle),
            FieldMapping.of("department_name", "department", Employee::department),
            FieldMapping.of("business_unit", "division", Employee::division),
            FieldMapping.of("cost_center", "costCenter", Employee::costCenter),
            FieldMapping.of("company_name", "organization", Employee::organization),
            FieldMapping.of(
                "employment_start_date", "startDate", e -> e.startDate().map(Object::toString)),
            new FieldMapping(
                "approvers",
                "managerEmail",
                (e, d) -> e.managerId().flatMap(d::activeEmail),
                true)));
  }

  @Override
  public boolean canLookUp() {
    return true;
  }

  @Override
  public Optional<Remote> lookup(String employeeId, Values values) {
    Optional<SpringestUserStatus> found = client.users().findByExternalId(employeeId);
    return found.map(s -> new Remote(s.id(), null, s.active().orElse(true)));
  }

  static SpringestUser user(String employeeId, Values v, boolean active) {
    SpringestUser.Builder b = SpringestUser.builder().externalId(employeeId).active(active);
    b.email(v.get("email").orElse(""));
    b.firstName(v.get("first_name").orElse(""));
    b.lastName(v.get("last_name").orElse(""));
    text(v, "phone_number").ifPresent(b::phoneNumber);
    text(v, "job_title").ifPresent(b::jobTitle);
    text(v, "department_name").ifPresent(b::departmentName);
    text(v, "business_unit").ifPresent(b::businessUnit);
    text(v, "cost_center").ifPresent(b::costCenter);
    text(v, "company_name").ifPresent(b::companyName);
    text(v, "city").ifPresent(b::city);
    text(v, "country").ifPresent(b::country);
    v.get("employment_start_date").map(LocalDate::parse).ifPresent(b::employmentStartDate);
    v.get("employment_end_date").map(LocalDate::parse).ifPresent(b::employmentEndDate);
    if (v.mapped("approvers")) {
      Optional<String> manager = v.get("approvers");
      if (manager.isPresent()) {
        b.addApprover(Approver.of(manager.get(), ApproverLabel.MANAGER));
      } else {
        b.clearApprovers(true);
      }
    }
    return b.build();
  }

  // A mapped field without a value is sent empty: Springest blanks it.
  private static Optional<String> text(Values v, String field) {
    return v.mapped(field) ? Optional.of(v.get(field).orElse("")) : Optional.empty();
  }

  @Override
  public String create(String employeeId, Values values) {
    return client.users().save(user(employeeId, values, true)).id();
  }

  @Override
  public void update(String vendorId, String employeeId, Values values, boolean reactivate) {
    client.users().save(user(employeeId, values, true));
  }

  @Override
  public void deactivate(
      String vendorId, String employeeId, Values values, LocalDate lastDay, Instant now) {
    client.users().deactivate(user(employeeId, values, true), lastDay);
  }

  @Override
  public void delete(String vendorId, String employeeId) {
    throw new UnsupportedOperationException("springest has no delete");
  }
}
