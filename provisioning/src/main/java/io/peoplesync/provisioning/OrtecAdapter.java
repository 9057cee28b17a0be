package io.peoplesync.provisioning;

import com.fasterxml.jackson.databind.node.NullNode;
import io.peoplesync.core.ApiException;
import io.peoplesync.ortec.AccountAction;
import io.peoplesync.ortec.BatchFailedException;
import io.peoplesync.ortec.BatchResult;
import io.peoplesync.ortec.ItemResult;
import io.peoplesync.ortec.OrtecAccount;
import io.peoplesync.ortec.OrtecClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * ORTEC Relevance: one endpoint takes batches of upserts and deletes; there is no read, so an
 * employee unknown to the state is upserted (which never duplicates: the account id is the key),
 * and there is no deactivation, so a leaver's account is deleted. A cleared field is sent as JSON
 * null.
 */
final class OrtecAdapter extends VendorAdapter implements BatchApplier {
  private static final List<String> FIELDS =
      Arrays.asList(
          "id",
          "firstName",
          "lastName",
          "email",
          "function",
          "department",
          "division",
          "costCenter",
          "organization",
          "location",
          "managerId");

  private final OrtecClient client;

  private OrtecAdapter(OrtecClient client) {
    super("id", FIELDS, true, true);
    this.client = client;
  }

  static Target target(OrtecClient client) {
    return new Target(
        "ortec",
        new OrtecAdapter(client),
        Arrays.asList(
            new FieldMapping("id", "id", (e, d) -> Optional.of(e.id()), false),
            FieldMapping.of("firstName", "givenName", Employee::givenName),
            FieldMapping.of("lastName", "familyName", Employee::familyName),
            FieldMapping.of("email", "workEmail", Employee::workEmail),
            FieldMapping.of("function", "jobTitle", Employee::jobTitle),
            FieldMapping.of("department", "department", Employee::department),
            FieldMapping.of("managerId", "managerId", Employee::managerId)));
  }

  @Override
  public boolean canLookUp() {
    return false;
  }

  @Override
  public Optional<Remote> lookup(String employeeId, Values values) {
    return Optional.empty();
  }

  static String accountId(String employeeId, Values values) {
    return values.get("id").orElse(employeeId);
  }

  private static OrtecAccount account(String id, Values v) {
    OrtecAccount.Builder b = OrtecAccount.builder().id(id);
    for (String f : FIELDS) {
      if (!f.equals("id") && v.mapped(f)) {
        b.put(f, v.get(f).<Object>map(s -> s).orElse(NullNode.getInstance()));
      }
    }
    return b.build();
  }

  @Override
  public List<ApiException> apply(List<Item> items) {
    List<AccountAction> actions = new ArrayList<>(items.size());
    for (Item i : items) {
      actions.add(
          i.remove
              ? AccountAction.delete(i.vendorId)
              : AccountAction.upsert(account(i.vendorId, i.values)));
    }
    List<ApiException> errors = new ArrayList<>(items.size());
    BatchResult result;
    ApiException whole = null;
    try {
      result = client.accounts().submit(actions);
    } catch (BatchFailedException failed) {
      // Earlier batches were answered: keep their items' outcomes, fail the rest with the cause.
      result = failed.result();
      whole = failed;
    } catch (ApiException requestFailed) {
      items.forEach(i -> errors.add(requestFailed));
      return errors;
    }
    List<ItemResult> results = result.results();
    for (int n = 0; n < items.size(); n++) {
      ItemResult r = results.get(n);
      if (r.ok() || (items.get(n).remove && notFound(r))) {
        errors.add(null);
      } else {
        ApiException batch =
            result.batchFailures().stream()
                .filter(b -> b.batch() == r.batch())
                .findFirst()
                .<ApiException>map(b -> b.cause())
                .orElse(whole);
        errors.add(
            batch != null && !r.confirmed()
                ? batch
                : new RejectedChangeException("ortec: " + r.error().orElse("item failed"), null));
      }
    }
    return errors;
  }

  // Deleting an account that is already gone leaves what the delete wanted.
  private static boolean notFound(ItemResult r) {
    return r.confirmed() && r.error().filter(e -> e.contains("not found")).isPresent();
  }

  @Override
  public BatchApplier batches() {
    return this;
  }

  @Override
  public String create(String employeeId, Values values) {
    String id = accountId(employeeId, values);
    throwIfFailed(apply(List.of(new Item(id, values, false))));
    return id;
  }

  @Override
  public void update(String vendorId, String employeeId, Values values, boolean reactivate) {
    throwIfFailed(apply(List.of(new Item(vendorId, values, false))));
  }

  @Override
  public void deactivate(
      String vendorId, String employeeId, Values values, LocalDate lastDay, Instant now) {
    delete(vendorId, employeeId);
  }

  @Override
  public void delete(String vendorId, String employeeId) {
    throwIfFailed(apply(List.of(new Item(vendorId, null, true))));
  }

  private static void throwIfFailed(List<ApiException> errors) {
    if (errors.get(0) != null) {
      throw errors.get(0);
    }
  }
}
