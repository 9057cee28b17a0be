package io.peoplesync.provisioning;

import io.peoplesync.core.PeoplesyncStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** What {@link Provisioner#apply} and {@link Provisioner#provision} did: one outcome per change. */
@Value.Immutable
@PeoplesyncStyle
public interface SyncReport {
  /** Returns one outcome per change of the plan, in the plan's order. */
  List<Outcome> outcomes();

  /** Returns the outcomes that failed. */
  default List<Outcome> failures() {
    return outcomes().stream().filter(o -> !o.succeeded()).collect(Collectors.toList());
  }

  /** Returns how many changes of {@code kind} succeeded. */
  default long succeeded(ChangeKind kind) {
    return outcomes().stream().filter(o -> o.succeeded() && o.change().kind() == kind).count();
  }

  /** Returns how many changes of {@code kind} succeeded on {@code target}. */
  default long succeeded(String target, ChangeKind kind) {
    return outcomes().stream()
        .filter(
            o -> o.succeeded() && o.change().kind() == kind && o.change().target().equals(target))
        .count();
  }

  /** Returns how many changes failed on {@code target}. */
  default long failed(String target) {
    return outcomes().stream()
        .filter(o -> !o.succeeded() && o.change().target().equals(target))
        .count();
  }

  /** Builds a {@link SyncReport}. */
  final class Builder extends ImmutableSyncReport.Builder {}
}
