package io.peoplesync.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.ApiException;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.pepper.Credential;
import io.peoplesync.pepper.NewPepperUser;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.pepper.PepperErrors;
import io.peoplesync.pepper.PepperUser;
import io.peoplesync.pepper.PepperUserUpdate;
import io.peoplesync.pepper.UserQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pepper: a user is found by its e-mail credential (the login, written once at creation); other
 * fields travel as top-level user fields, changed with a partial PUT where a cleared field is sent
 * as null. Pepper has no deactivation, so a leaver gets the GDPR delete, and a rehire is created
 * again. Accounts are activated at once, without Pepper's activation message.
 */
final class PepperAdapter extends VendorAdapter {
  private static final List<String> FIELDS =
      Arrays.asList(
          "credential",
          "firstName",
          "lastName",
          "employeeId",
          "jobTitle",
          "department",
          "location",
          "mobile");

  private final PepperClient client;

  private PepperAdapter(PepperClient client) {
    super("credential", FIELDS, true, true);
    this.client = client;
  }

  static Target target(PepperClient client) {
    return new Target(
        "pepper",
        new PepperAdapter(client),
        Arrays.asList(
            new FieldMapping("credential", "workEmail", (e, d) -> e.workEmail(), false),
            FieldMapping.of("firstName", "givenName", Employee::givenName),
            FieldMapping.of("lastName", "familyName", Employee::familyName),
            new FieldMapping("employeeId", "id", (e, d) -> Optional.of(e.id()), false),
            FieldMapping.of("jobTitle", "jobTitle", Employee::jobTitle),
            FieldMapping.of("department", "department", Employee::department)));
  }

  @Override
  public boolean canLookUp() {
    return true;
  }

  @Override
  public Optional<Remote> lookup(String employeeId, Values values) {
    Optional<String> login = values.get("credential");
    if (login.isEmpty()) {
      return Optional.empty();
    }
    UserQuery q = UserQuery.builder().credentialId(login.get()).limit(3).build();
    Optional<PepperUser> user = client.users().list(q).stream().findFirst();
    return user.map(
        u -> {
          Map<String, String> found = new HashMap<>();
          found.put("credential", login.get());
          u.firstName().ifPresent(v -> found.put("firstName", v));
          u.lastName().ifPresent(v -> found.put("lastName", v));
          for (String f : FIELDS.subList(3, FIELDS.size())) {
            JsonNode n = u.extras().get(f);
            if (n != null && !n.isNull()) {
              found.put(f, n.asText());
            }
          }
          return new Remote(u.id(), found, true);
        });
  }

  @Override
  public String create(String employeeId, Values values) {
    String login =
        values
            .get("credential")
            .orElseThrow(
                () ->
                    new RejectedChangeException(
                        "pepper: workEmail is required for the login credential", null));
    NewPepperUser.Builder b =
        NewPepperUser.builder().addCredential(Credential.email(login)).autoActivate(true);
    values.get("firstName").ifPresent(b::firstName);
    values.get("lastName").ifPresent(b::lastName);
    for (String f : FIELDS.subList(3, FIELDS.size())) {
      values.get(f).ifPresent(v -> b.putExtra(f, v));
    }
    return client.users().create(b.build()).id();
  }

  @Override
  public void update(String vendorId, String employeeId, Values values, boolean reactivate) {
    PepperUserUpdate.Builder b = PepperUserUpdate.builder();
    for (String f : FIELDS.subList(1, FIELDS.size())) {
      if (!values.mapped(f)) {
        continue;
      }
      Optional<String> v = values.get(f);
      if (v.isEmpty()) {
        b.clear(f);
      } else if (f.equals("firstName")) {
        b.firstName(v.get());
      } else if (f.equals("lastName")) {
        b.lastName(v.get());
      } else {
        b.putExtra(f, v.get());
      }
    }
    client.users().update(vendorId, b.build());
  }

  @Override
  public void deactivate(
      String vendorId, String employeeId, Values values, LocalDate lastDay, Instant now) {
    delete(vendorId, employeeId);
  }

  @Override
  public void delete(String vendorId, String employeeId) {
    try {
      client.users().delete(vendorId);
    } catch (NotFoundException gone) {
      // Already erased: what the delete wanted.
    }
  }

  @Override
  public boolean isDuplicate(ApiException e) {
    return PepperErrors.isCredentialAlreadyAssociated(e);
  }
}
