package io.peoplesync.provisioning;

import io.peoplesync.core.NotFoundException;
import io.peoplesync.publisher.Location;
import io.peoplesync.publisher.Organisation;
import io.peoplesync.publisher.PersonName;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.publisher.PublisherUser;
import io.peoplesync.publisher.UserStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HighQ Publisher: users are found by e-mail (Publisher's own key besides its numeric id) and
 * checked against the external id; an update reads the user first because Publisher's PUT replaces
 * it. Leavers are archived (Publisher's delete) or set {@code inactive}.
 */
final class PublisherAdapter extends VendorAdapter {
  private static final List<String> FIELDS =
      Arrays.asList(
          "email",
          "externalid",
          "firstname",
          "lastname",
          "goesby",
          "phone",
          "mobile",
          "jobtitle",
          "department",
          "orgname",
          "city",
          "country");

  private final PublisherClient client;
  private final UserStatus leaverStatus;

  private PublisherAdapter(PublisherClient client, UserStatus leaverStatus) {
    super("email", FIELDS, false, leaverStatus != UserStatus.ARCHIVED);
    this.client = client;
    this.leaverStatus = leaverStatus;
  }

  static Target target(PublisherClient client, UserStatus leaverStatus) {
    return new Target(
        "publisher",
        new PublisherAdapter(client, leaverStatus),
        Arrays.asList(
            FieldMapping.of("email", "workEmail", Employee::workEmail),
            new FieldMapping("externalid", "id", (e, d) -> Optional.of(e.id()), false),
            FieldMapping.of("firstname", "givenName", Employee::givenName),
            FieldMapping.of("lastname", "familyName", Employee::familyName),
            FieldMapping.of("goesby", "preferredName", Employee::preferredName),
            FieldMapping.of("phone", "workPhone", Employee::workPhone),
            FieldMapping.of("mobile", "mobilePhone", Employee::mobilePhone),
            FieldMapping.of("jobtitle", "jobTitle", Employee::jobTitle),
            FieldMapping.of("department", "department", Employee::department),
            FieldMapping.of("orgname", "organization", Employee::organization),
            FieldMapping.of("city", "location", Employee::location)));
  }

  @Override
  public boolean canLookUp() {
    return true;
  }

  @Override
  public Optional<Remote> lookup(String employeeId, Values values) {
    Optional<String> email = values.get("email");
    if (email.isEmpty()) {
      return Optional.empty();
    }
    PublisherUser u;
    try {
      u = client.users().get(email.get());
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
    if (u.externalId().filter(x -> !x.equals(employeeId)).isPresent() || u.id().isEmpty()) {
      // Same address, another person of the HR system: never take over their account.
      return Optional.empty();
    }
    Map<String, String> found = new HashMap<>();
    found.put("email", u.email());
    u.externalId().ifPresent(v -> found.put("externalid", v));
    u.name().firstName().ifPresent(v -> found.put("firstname", v));
    u.name().lastName().ifPresent(v -> found.put("lastname", v));
    u.name().goesBy().ifPresent(v -> found.put("goesby", v));
    u.phone().ifPresent(v -> found.put("phone", v));
    u.mobile().ifPresent(v -> found.put("mobile", v));
    u.jobTitle().ifPresent(v -> found.put("jobtitle", v));
    u.department().ifPresent(v -> found.put("department", v));
    u.organisation().flatMap(Organisation::orgName).ifPresent(v -> found.put("orgname", v));
    u.location().flatMap(Location::city).ifPresent(v -> found.put("city", v));
    u.location().flatMap(Location::country).ifPresent(v -> found.put("country", v));
    boolean active = u.status().filter(s -> s == UserStatus.ACTIVE).isPresent();
    return Optional.of(new Remote(u.id().get(), found, active));
  }

  @Override
  public String create(String employeeId, Values values) {
    PublisherUser.Builder b = PublisherUser.builder().status(UserStatus.ACTIVE);
    write(b, values, Optional.empty(), Optional.empty(), Optional.empty());
    return client
        .users()
        .add(build(b))
        .id()
        .orElseThrow(() -> new RejectedChangeException("publisher: add answered no id", null));
  }

  @Override
  public void update(String vendorId, String employeeId, Values values, boolean reactivate) {
    PublisherUser current = client.users().get(vendorId);
    PublisherUser.Builder b = PublisherUser.builder().from(current);
    write(b, values, Optional.of(current.name()), current.organisation(), current.location());
    UserStatus status = current.status().orElse(UserStatus.UNKNOWN);
    if (reactivate) {
      b.status(UserStatus.ACTIVE);
    } else if (status != UserStatus.ACTIVE && status != UserStatus.INACTIVE) {
      // Pending, archived … are read-only: leave the status out and Publisher keeps it.
      b.statusText(Optional.empty());
    }
    client.users().update(vendorId, build(b));
  }

  private static PublisherUser build(PublisherUser.Builder b) {
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException invalid) {
      throw new RejectedChangeException("publisher: " + invalid.getMessage(), invalid);
    }
  }

  private static void write(
      PublisherUser.Builder b,
      Values v,
      Optional<PersonName> name,
      Optional<Organisation> org,
      Optional<Location> location) {
    if (v.mapped("email")) v.get("email").ifPresent(b::email);
    if (v.mapped("externalid")) b.externalId(v.get("externalid"));
    PersonName.Builder n = PersonName.builder();
    name.ifPresent(n::from);
    if (v.mapped("firstname")) n.firstName(v.get("firstname"));
    if (v.mapped("lastname")) n.lastName(v.get("lastname"));
    if (v.mapped("goesby")) n.goesBy(v.get("goesby"));
    b.name(n.build());
    if (v.mapped("phone")) b.phone(v.get("phone"));
    if (v.mapped("mobile")) b.mobile(v.get("mobile"));
    if (v.mapped("jobtitle")) b.jobTitle(v.get("jobtitle"));
    if (v.mapped("department")) b.department(v.get("department"));
    if (v.mapped("orgname")) {
      Organisation.Builder o = Organisation.builder();
      org.ifPresent(o::from);
      b.organisation(o.orgName(v.get("orgname")).build());
    }
    if (v.mapped("city") || v.mapped("country")) {
      Location.Builder l = Location.builder();
      location.ifPresent(l::from);
      if (v.mapped("city")) l.city(v.get("city"));
      if (v.mapped("country")) l.country(v.get("country"));
      b.location(l.build());
    }
  }

  @Override
  public void deactivate(
      String vendorId, String employeeId, Values values, LocalDate lastDay, Instant now) {
    if (leaverStatus == UserStatus.ARCHIVED) {
      delete(vendorId, employeeId);
      return;
    }
    PublisherUser current = client.users().get(vendorId);
    client
        .users()
        .update(vendorId, build(PublisherUser.builder().from(current).status(leaverStatus)));
  }

  @Override
  public void delete(String vendorId, String employeeId) {
    client.users().archive(vendorId);
  }
}
