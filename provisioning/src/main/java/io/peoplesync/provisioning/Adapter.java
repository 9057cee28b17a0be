package io.peoplesync.provisioning;

import io.peoplesync.core.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One vendor's way to find, create, change, deactivate and delete a user. Implementations call only
 * their client's public API and throw what it throws.
 */
interface Adapter {
  /** Returns whether the vendor can find a user by natural key. */
  boolean canLookUp();

  /** Finds the employee's user; empty if there is none. */
  Optional<Remote> lookup(String employeeId, Values values);

  /** Creates the user and returns the vendor's id for it. */
  String create(String employeeId, Values values);

  /** Writes {@code values} to the existing user, reactivating it when asked. */
  void update(String vendorId, String employeeId, Values values, boolean reactivate);

  /** Deactivates the user, the vendor's way (which for some vendors is a delete). */
  void deactivate(
      String vendorId, String employeeId, Values values, LocalDate lastDay, Instant now);

  /** Deletes the user. */
  void delete(String vendorId, String employeeId);

  /** Returns whether {@link #deactivate} removes the user (so a rehire creates it again). */
  boolean deactivationDeletes();

  /** Returns whether {@link #delete} exists for this vendor. */
  boolean canDelete();

  /** Returns whether an exception from {@link #create} means "this user exists already". */
  default boolean isDuplicate(ApiException e) {
    return false;
  }

  /** Returns the vendor field that identifies the user, which a mapping cannot leave out. */
  String keyField();

  /** Returns the vendor fields a mapping may write, in the documented order. */
  List<String> vendorFields();

  /**
   * Applies many changes at once, for vendors with a batch API; null when the target applies
   * changes one by one.
   */
  default BatchApplier batches() {
    return null;
  }
}
