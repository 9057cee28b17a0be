package io.peoplesync.provisioning;

import java.util.Map;

/** The two checks a full plan passes before its first request. */
final class GuardRails {
  private GuardRails() {}

  static void check(Plan plan, ApplyOptions options, double maxShare, double maxShrink) {
    if (!options.allowShrink() && plan.lastPopulation().isPresent()) {
      int last = plan.lastPopulation().getAsInt();
      int dropped = last - plan.population();
      int allowed = (int) Math.floor(last * maxShrink);
      if (dropped > allowed) {
        throw new GuardRailException(
            "*",
            dropped,
            allowed,
            "population shrank from "
                + last
                + " to "
                + plan.population()
                + " employees; at most "
                + allowed
                + " may drop in one run (allow it explicitly with ApplyOptions)");
      }
    }
    for (Map.Entry<String, Integer> t : plan.knownUsers().entrySet()) {
      int planned =
          (int)
              (plan.count(t.getKey(), ChangeKind.DEACTIVATE)
                  + plan.count(t.getKey(), ChangeKind.DELETE));
      int allowed = options.allowDeactivations().orElse((int) Math.floor(t.getValue() * maxShare));
      if (planned > allowed) {
        throw new GuardRailException(
            t.getKey(),
            planned,
            allowed,
            t.getKey()
                + ": "
                + planned
                + " deactivations and deletions planned, "
                + allowed
                + " allowed ("
                + t.getValue()
                + " known users)");
      }
    }
  }
}
