package io.peoplesync.provisioning;

import io.peoplesync.core.ApiException;
import java.util.List;

/** Sends many writes of one target together (ORTEC's batches). */
interface BatchApplier {
  /** One write: an upsert of {@code values}, or the removal of {@code vendorId}. */
  final class Item {
    final String vendorId;
    final Values values;
    final boolean remove;

    Item(String vendorId, Values values, boolean remove) {
      this.vendorId = vendorId;
      this.values = values;
      this.remove = remove;
    }
  }

  /** Sends the items and returns, per item in order, null for success or the failure. */
  List<ApiException> apply(List<Item> items);
}
