package io.peoplesync.cli.input;

import java.util.List;

/**
 * Thrown when the employees file or the config cannot be used; lists every problem found, each
 * naming its line or key. The CLI maps it to exit code 2, before anything is sent to a vendor.
 * Messages name keys and environment variables, never a secret's value.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<String> problems;

  /**
   * Creates the exception for {@code source} (a file name) with at least one problem.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public BadInputException(String source, List<String> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** Returns what was read: the file name as given on the command line. */
  public String source() {
    return source;
  }

  /** Returns every problem, in file order, each starting with its line or key. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String source, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder b =
        new StringBuilder(source)
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    problems.forEach(p -> b.append(System.lineSeparator()).append("  ").append(p));
    return b.toString();
  }
}
