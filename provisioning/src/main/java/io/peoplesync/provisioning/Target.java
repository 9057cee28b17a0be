package io.peoplesync.provisioning;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One vendor as a provisioning target: its name, the mapping from {@link Employee} to the vendor's
 * user, and how many changes it may apply at once. Made by {@link Targets}; immutable, so each
 * {@code with…} returns an adjusted copy.
 *
 * <pre>{@code
 * Target spencer = Targets.spencer(client)
 *     .withField("division", "site", e -> e.attribute("site"))   // vendor field ← custom source
 *     .withoutField("mobile");                                     // never write this field
 * }</pre>
 *
 * <p>The vendor fields of each target and their default sources are listed in the module's README
 * and in {@link #vendorFields()}.
 */
public final class Target {
  private final String name;
  private final Adapter adapter;
  private final List<FieldMapping> fields;
  private final int concurrency;
  private final Period deleteAfter;

  Target(String name, Adapter adapter, List<FieldMapping> fields) {
    this(name, adapter, fields, 8, null);
  }

  private Target(
      String name,
      Adapter adapter,
      List<FieldMapping> fields,
      int concurrency,
      Period deleteAfter) {
    this.name = name;
    this.adapter = adapter;
    this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    this.concurrency = concurrency;
    this.deleteAfter = deleteAfter;
  }

  /** Returns the target's name: {@code spencer}, {@code ortec}, {@code publisher}, … */
  public String name() {
    return name;
  }

  /** Returns the vendor fields this target can write, whether mapped now or not. */
  public List<String> vendorFields() {
    return adapter.vendorFields();
  }

  /** Returns the vendor fields the mapping writes now, each with its source's name, in order. */
  public List<String> mappedFields() {
    List<String> out = new ArrayList<>();
    fields.forEach(f -> out.add(f.vendorField + " <- " + f.name));
    return out;
  }

  /**
   * Returns a copy that writes {@code vendorField} from {@code value}, replacing its default
   * source; {@code name} is the neutral name plans and audit events show for it. An empty value
   * clears the vendor's field.
   *
   * @throws IllegalArgumentException if the target has no such vendor field, or a name is blank
   */
  public Target withField(
      String vendorField, String name, Function<Employee, Optional<String>> value) {
    Objects.requireNonNull(value, "value == null");
    checkField(vendorField, false);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    List<FieldMapping> copy = new ArrayList<>();
    boolean replaced = false;
    for (FieldMapping f : fields) {
      if (f.vendorField.equals(vendorField)) {
        copy.add(new FieldMapping(vendorField, name, (e, d) -> value.apply(e), f.compared));
        replaced = true;
      } else {
        copy.add(f);
      }
    }
    if (!replaced) {
      copy.add(FieldMapping.of(vendorField, name, value));
    }
    return new Target(this.name, adapter, copy, concurrency, deleteAfter);
  }

  /**
   * Returns a copy that never writes {@code vendorField}: the vendor keeps whatever it holds.
   *
   * @throws IllegalArgumentException if the target has no such vendor field, or the field is the
   *     one the vendor needs to identify the user
   */
  public Target withoutField(String vendorField) {
    checkField(vendorField, true);
    List<FieldMapping> copy = new ArrayList<>(fields);
    copy.removeIf(f -> f.vendorField.equals(vendorField));
    return new Target(name, adapter, copy, concurrency, deleteAfter);
  }

  /**
   * Returns a copy that applies at most {@code concurrency} changes at once (8 unless set).
   *
   * @throws IllegalArgumentException if {@code concurrency} is not between 1 and 64
   */
  public Target withConcurrency(int concurrency) {
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException("concurrency: must be between 1 and 64");
    }
    return new Target(name, adapter, fields, concurrency, deleteAfter);
  }

  /**
   * Returns a copy whose deletion policy deletes a deactivated user once {@code period} has passed
   * since its deactivation ({@link Period#ZERO}: in the next run). Without a policy users stay
   * deactivated.
   *
   * @throws IllegalArgumentException if the period is negative, or the vendor has no delete (or
   *     already deletes on deactivation, as ORTEC and Pepper do)
   */
  public Target deleteAfter(Period period) {
    Objects.requireNonNull(period, "period == null");
    if (period.isNegative()) {
      throw new IllegalArgumentException("period: must not be negative");
    }
    if (!adapter.canDelete() || adapter.deactivationDeletes()) {
      throw new IllegalArgumentException(
          "deleteAfter: " + name + " has no delete besides its deactivation");
    }
    return new Target(name, adapter, fields, concurrency, period);
  }

  private void checkField(String vendorField, boolean removing) {
    if (vendorField == null || !adapter.vendorFields().contains(vendorField)) {
      throw new IllegalArgumentException(
          "vendorField: " + name + " has no field " + vendorField + "; known: " + vendorFields());
    }
    if (removing && adapter.keyField().equals(vendorField)) {
      throw new IllegalArgumentException(
          "vendorField: " + vendorField + " identifies the user in " + name + " and stays mapped");
    }
  }

  Adapter adapter() {
    return adapter;
  }

  List<FieldMapping> fields() {
    return fields;
  }

  int concurrency() {
    return concurrency;
  }

  Optional<Period> deletePolicy() {
    return Optional.ofNullable(deleteAfter);
  }

  @Override
  public String toString() {
    return "Target{" + name + ", fields=" + mappedFields() + "}";
  }
}
