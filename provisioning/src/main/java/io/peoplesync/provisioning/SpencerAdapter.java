package io.peoplesync.provisioning;

import io.peoplesync.core.ApiException;
import io.peoplesync.core.ConflictException;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.spencer.SpencerUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spencer: the user's external id is the HR id; translated fields are written in {@code en-US} (the
 * locale Spencer requires) and other locales are kept; an update starts from the stored user
 * because Spencer's PUT replaces it.
 */
final class SpencerAdapter extends VendorAdapter {
  private static final String EN = "en-US";
  private static final List<String> FIELDS =
      Arrays.asList(
          "first_name",
          "last_name",
          "email",
          "private_email",
          "mobile",
          "country",
          "preferred_language",
          "manager",
          "job_title",
          "department",
          "division",
          "region");

  private final SpencerClient client;

  private SpencerAdapter(SpencerClient client) {
    super("external_id", FIELDS, false, true);
    this.client = client;
  }

  static Target target(SpencerClient client) {
    return new Target(
        "spencer",
        new SpencerAdapter(client),
        Arrays.asList(
            FieldMapping.of("first_name", "givenName", Employee::givenName),
            FieldMapping.of("last_name", "familyName", Employee::familyName),
            FieldMapping.of("email", "workEmail", Employee::workEmail),
            FieldMapping.of("mobile", "mobilePhone", Employee::mobilePhone),
            FieldMapping.of("country", "country", Employee::country),
            FieldMapping.of("preferred_language", "preferredLanguage", Employee::preferredLanguage),
            FieldMapping.of("manager", "managerId", Employee::managerId),
            FieldMapping.of("job_title", "jobTitle", Employee::jobTitle),
            FieldMapping.of("department", "department", Employee::department),
            FieldMapping.of("division", "division", Employee::division)));
  }

  @Override
  public boolean canLookUp() {
    return true;
  }

  @Override
  public Optional<Remote> lookup(String employeeId, Values values) {
    SpencerUser u;
    try {
      u = client.users().get(employeeId);
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
    Map<String, String> found = new HashMap<>();
    u.firstName().ifPresent(v -> found.put("first_name", v));
    u.lastName().ifPresent(v -> found.put("last_name", v));
    u.email().ifPresent(v -> found.put("email", v));
    u.privateEmail().ifPresent(v -> found.put("private_email", v));
    u.mobile().ifPresent(v -> found.put("mobile", v));
    u.country().ifPresent(v -> found.put("country", v));
    u.preferredLanguage().ifPresent(v -> found.put("preferred_language", v));
    u.manager().ifPresent(v -> found.put("manager", v));
    putEn(found, "job_title", u.jobTitle());
    putEn(found, "department", u.department());
    putEn(found, "division", u.division());
    putEn(found, "region", u.region());
    return Optional.of(new Remote(u.externalId(), found, u.archivedAt().isEmpty()));
  }

  private static void putEn(Map<String, String> found, String field, Map<String, String> t) {
    String v = t.get(EN);
    if (v != null) {
      found.put(field, v);
    }
  }

  @Override
  public String create(String employeeId, Values values) {
    SpencerUser.Builder b = SpencerUser.builder().externalId(employeeId);
    write(b, values, Map.of(), Map.of(), Map.of(), Map.of());
    return client.users().create(b.build()).externalId();
  }

  @Override
  public void update(String vendorId, String employeeId, Values values, boolean reactivate) {
    SpencerUser current = client.users().get(vendorId);
    SpencerUser.Builder b = SpencerUser.builder().from(current);
    write(
        b, values, current.jobTitle(), current.department(), current.division(), current.region());
    if (reactivate) {
      b.archivedAt(Optional.empty());
    }
    client.users().update(vendorId, b.build());
  }

  private static void write(
      SpencerUser.Builder b,
      Values v,
      Map<String, String> jobTitle,
      Map<String, String> department,
      Map<String, String> division,
      Map<String, String> region) {
    if (v.mapped("first_name")) b.firstName(v.get("first_name"));
    if (v.mapped("last_name")) b.lastName(v.get("last_name"));
    if (v.mapped("email")) b.email(v.get("email"));
    if (v.mapped("private_email")) b.privateEmail(v.get("private_email"));
    if (v.mapped("mobile")) b.mobile(v.get("mobile"));
    if (v.mapped("country")) b.country(v.get("country"));
    if (v.mapped("preferred_language")) b.preferredLanguage(v.get("preferred_language"));
    if (v.mapped("manager")) b.manager(v.get("manager"));
    if (v.mapped("job_title")) b.jobTitle(translated(jobTitle, v.get("job_title")));
    if (v.mapped("department")) b.department(translated(department, v.get("department")));
    if (v.mapped("division")) b.division(translated(division, v.get("division")));
    if (v.mapped("region")) b.region(translated(region, v.get("region")));
  }

  // en-US is required whenever a translation exists, so clearing the field drops every locale.
  private static Map<String, String> translated(Map<String, String> current, Optional<String> en) {
    if (en.isEmpty()) {
      return Map.of();
    }
    Map<String, String> t = new HashMap<>(current);
    t.put(EN, en.get());
    return t;
  }

  @Override
  public void deactivate(
      String vendorId, String employeeId, Values values, LocalDate lastDay, Instant now) {
    client.users().archive(vendorId, now);
  }

  @Override
  public void delete(String vendorId, String employeeId) {
    try {
      client.users().delete(vendorId);
    } catch (NotFoundException gone) {
      // Already deleted: the state caught up with the vendor.
    }
  }

  @Override
  public boolean isDuplicate(ApiException e) {
    return e instanceof ConflictException;
  }
}
