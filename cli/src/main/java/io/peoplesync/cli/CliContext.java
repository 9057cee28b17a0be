package io.peoplesync.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the commands take from the process around them: the environment variables that config
 * references resolve against, and whether output goes to a terminal (progress bars) or not (plain
 * lines). Tests pass their own.
 */
public final class CliContext {
  private final Function<String, String> environment;
  private final boolean terminal;

  /** Creates a context; {@code environment} returns null for an unset variable. */
  public CliContext(Function<String, String> environment, boolean terminal) {
    this.environment = Objects.requireNonNull(environment, "environment == null");
    this.terminal = terminal;
  }

  /** Returns the real process's context: {@link System#getenv(String)} and its console. */
  public static CliContext system() {
    return new CliContext(System::getenv, isTerminal(System.console()));
  }

  /** Returns the value of environment variable {@code name}, or null when it is unset. */
  public String env(String name) {
    return environment.apply(name);
  }

  /** Returns the environment lookup itself. */
  public Function<String, String> environment() {
    return environment;
  }

  /** Returns whether output goes to an interactive terminal. */
  public boolean terminal() {
    return terminal;
  }

  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    // From JDK 22 a Console may exist without a terminal; Console.isTerminal() tells, when present.
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
