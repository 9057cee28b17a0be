package io.peoplesync.provisioning;

import java.util.List;

/** The parts of an {@link Adapter} that are facts about the vendor rather than behaviour. */
abstract class VendorAdapter implements Adapter {
  private final String keyField;
  private final List<String> fields;
  private final boolean deactivationDeletes;
  private final boolean canDelete;

  VendorAdapter(
      String keyField, List<String> fields, boolean deactivationDeletes, boolean canDelete) {
    this.keyField = keyField;
    this.fields = List.copyOf(fields);
    this.deactivationDeletes = deactivationDeletes;
    this.canDelete = canDelete;
  }

  @Override
  public final String keyField() {
    return keyField;
  }

  @Override
  public final List<String> vendorFields() {
    return fields;
  }

  @Override
  public final boolean deactivationDeletes() {
    return deactivationDeletes;
  }

  @Override
  public final boolean canDelete() {
    return canDelete;
  }
}
