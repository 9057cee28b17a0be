package io.peoplesync.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A path such as {@code /users/{userId}/profile-picture}, parsed once; each variable expands to
 * exactly one encoded segment.
 */
public final class PathTemplate {
  private final String template;
  private final List<String> literals;
  private final List<String> variables;

  private PathTemplate(String template, List<String> literals, List<String> variables) {
    this.template = template;
    this.literals = literals;
    this.variables = variables;
  }

  /**
   * Parses {@code template}.
   *
   * @throws IllegalArgumentException if a brace is unbalanced or a variable has no name
   */
  public static PathTemplate parse(String template) {
    List<String> literals = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    int pos = 0;
    while (true) {
      int open = template.indexOf('{', pos);
      if (open < 0) {
        if (template.indexOf('}', pos) >= 0) {
          throw new IllegalArgumentException("unbalanced '}' in path template " + template);
        }
        literals.add(template.substring(pos));
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0 || close == open + 1) {
        throw new IllegalArgumentException("bad variable in path template " + template);
      }
      literals.add(template.substring(pos, open));
      variables.add(template.substring(open + 1, close));
      pos = close + 1;
    }
    return new PathTemplate(template, List.copyOf(literals), List.copyOf(variables));
  }

  /** Returns the variable names in order. */
  public List<String> variables() {
    return variables;
  }

  /**
   * Returns the encoded path with every variable replaced.
   *
   * @throws IllegalArgumentException if a variable is missing or blank, naming it
   */
  public String expand(Map<String, String> values) {
    StringBuilder sb = new StringBuilder(template.length() + 32);
    for (int i = 0; i < variables.size(); i++) {
      sb.append(literals.get(i));
      String name = variables.get(i);
      String value = values.get(name);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank (path " + template + ")");
      }
      sb.append(UriEncoding.segment(value));
    }
    sb.append(literals.get(literals.size() - 1));
    return sb.toString();
  }

  @Override
  public String toString() {
    return template;
  }
}
