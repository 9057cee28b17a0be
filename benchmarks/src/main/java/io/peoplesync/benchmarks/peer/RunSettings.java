package io.peoplesync.benchmarks.peer;

import java.util.List;
import java.util.Locale;

/**
 * How long the benchmarks of this package run: {@code rounds} measured rounds after at least {@code
 * warmup} warm-up rounds and at least {@code warmupSeconds} of warm-up per workload, each side of a
 * round taking about {@code millis}; {@code only} keeps the workloads whose name starts so.
 */
final class RunSettings {
  final int rounds;
  final int warmup;
  final double warmupSeconds;
  final int millis;
  final String only;

  RunSettings(int rounds, int warmup, double warmupSeconds, int millis, String only) {
    if (rounds < 1 || warmup < 1 || millis < 1 || !(warmupSeconds >= 0)) {
      throw new IllegalArgumentException(
          "need rounds >= 1, warmup >= 1, millis >= 1 and warmupSeconds >= 0");
    }
    this.rounds = rounds;
    this.warmup = warmup;
    this.warmupSeconds = warmupSeconds;
    this.millis = millis;
    this.only = only;
  }

  /**
   * Reads {@code rounds=10 warmup=3 warmupSeconds=10 millis=500 only=} (every one optional, these
   * are the defaults).
   *
   * @throws IllegalArgumentException for an argument not of that form
   */
  static RunSettings parse(String... args) {
    int rounds = 10;
    int warmup = 3;
    double warmupSeconds = 10;
    int millis = 500;
    String only = "";
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^-+", "").split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("bad argument: " + arg);
      }
      switch (kv[0]) {
        case "rounds":
          rounds = Integer.parseInt(kv[1]);
          break;
        case "warmup":
          warmup = Integer.parseInt(kv[1]);
          break;
        case "warmupSeconds":
          warmupSeconds = Double.parseDouble(kv[1]);
          break;
        case "millis":
          millis = Integer.parseInt(kv[1]);
          break;
        case "only":
          only = kv[1];
          break;
        default:
          throw new IllegalArgumentException("unknown argument: " + arg);
      }
    }
    return new RunSettings(rounds, warmup, warmupSeconds, millis, only);
  }

  /**
   * Checks that {@code only} keeps at least one of {@code names}, before a server is started.
   *
   * @throws IllegalArgumentException if it keeps none
   */
  void requireOneOf(List<String> names) {
    if (names.stream().noneMatch(n -> n.startsWith(only))) {
      throw new IllegalArgumentException("no workload's name starts with " + only);
    }
  }

  /** Returns whether {@code only} keeps the workload named {@code name}. */
  boolean keeps(String name) {
    return name.startsWith(only);
  }

  /** Returns the settings as the header line prints them. */
  String describe() {
    return String.format(
        Locale.ROOT,
        ">= %d warm-up rounds and >= %.0f s per workload, then %d measured rounds"
            + " of about %d ms per side",
        warmup,
        warmupSeconds,
        rounds,
        millis);
  }
}
