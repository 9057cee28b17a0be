package io.peoplesync.benchmarks.calls;

/** How long a run is. */
public final class Settings {
  private final int warmup;
  private final int calls;
  private final int rounds;

  private Settings(int warmup, int calls, int rounds) {
    if (warmup < 0 || calls < 1 || rounds < 1 || rounds > calls) {
      throw new IllegalArgumentException("need warmup >= 0, calls >= 1 and 1 <= rounds <= calls");
    }
    this.warmup = warmup;
    this.calls = calls;
    this.rounds = rounds;
  }

  /** Returns settings with {@code warmup} warm-up and {@code calls} measured calls per variant. */
  public static Settings of(int warmup, int calls, int rounds) {
    return new Settings(warmup, calls, rounds);
  }

  /** Parses {@code warmup=N calls=N rounds=N} (leading dashes allowed), over the defaults. */
  public static Settings parse(String... args) {
    int warmup = 3_000;
    int calls = 10_000;
    int rounds = 10;
    for (String arg : args) {
      String a = arg.replaceFirst("^-+", "");
      int eq = a.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("bad argument: " + arg);
      }
      int value;
      try {
        value = Integer.parseInt(a.substring(eq + 1).replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad number in: " + arg, e);
      }
      switch (a.substring(0, eq)) {
        case "warmup":
          warmup = value;
          break;
        case "calls":
          calls = value;
          break;
        case "rounds":
          rounds = value;
          break;
        default:
          throw new IllegalArgumentException("unknown argument: " + arg);
      }
    }
    return new Settings(warmup, calls, Math.min(rounds, calls));
  }

  /** Returns the warm-up calls per variant. */
  public int warmup() {
    return warmup;
  }

  /** Returns the measured calls per variant. */
  public int calls() {
    return calls;
  }

  /** Returns how many rotations through the variants the measured calls are spread over. */
  public int rounds() {
    return rounds;
  }
}
