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

  /** Builds a {@link SyncReport}. */
  final class Builder extends ImmutableSyncReport.Builder {}
}
