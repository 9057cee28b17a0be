package io.peoplesync.ortec;

import io.peoplesync.core.spi.Call;
import io.peoplesync.core.spi.Endpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One slice of a submission: the actions sent in one request, and where they sit in the whole. */
final class Batch {
  final int number;
  final int count;
  final int from;
  final List<AccountAction> actions;

  private Batch(int number, int count, int from, List<AccountAction> actions) {
    this.number = number;
    this.count = count;
    this.from = from;
    this.actions = actions;
  }

  /**
   * Splits {@code actions} into batches of at most {@code size}, in order.
   *
   * @throws IllegalArgumentException if an element is null; nothing is sent
   */
  static List<Batch> split(List<AccountAction> actions, int size) {
    Objects.requireNonNull(actions, "actions == null");
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i) == null) {
        throw new IllegalArgumentException("actions[" + i + "] must not be null");
      }
    }
    List<AccountAction> copy = List.copyOf(actions);
    int count = (copy.size() + size - 1) / size;
    List<Batch> batches = new ArrayList<>(count);
    for (int from = 0, n = 1; from < copy.size(); from += size, n++) {
      batches.add(
          new Batch(n, count, from, copy.subList(from, Math.min(from + size, copy.size()))));
    }
    return batches;
  }

  /**
   * Returns whether one id occurs in two different batches: then the batches must be sent in order,
   * or an older action could overtake a newer one for the same account.
   */
  static boolean idsSpanBatches(List<Batch> batches) {
    Map<String, Integer> seen = new HashMap<>();
    for (Batch b : batches) {
      for (AccountAction a : b.actions) {
        Integer first = seen.putIfAbsent(a.id(), b.number);
        if (first != null && first != b.number) {
          return true;
        }
      }
    }
    return false;
  }

  int size() {
    return actions.size();
  }

  int to() {
    return from + actions.size();
  }

  /** Returns the endpoint to use: only a batch whose every action is safe to repeat is retried. */
  Endpoint<AccountsRequest, ResultsBody> endpoint() {
    return actions.stream().allMatch(a -> a.type().retrySafe())
        ? OrtecEndpoints.SUBMIT_RETRY_SAFE
        : OrtecEndpoints.SUBMIT;
  }

  Call<AccountsRequest> call() {
    return Call.body(AccountsRequest.of(actions));
  }

  /** Returns {@code batch 2 of 3 (actions 1001–2000)}. */
  String label() {
    return describe(number, count, from, to());
  }

  static String describe(int number, int count, int from, int to) {
    String range = to - from == 1 ? "action " + to : "actions " + (from + 1) + "\u2013" + to;
    return "batch " + number + " of " + count + " (" + range + ")";
  }
}
