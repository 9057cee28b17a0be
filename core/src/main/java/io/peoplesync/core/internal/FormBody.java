package io.peoplesync.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code application/x-www-form-urlencoded} body, as OAuth2 token requests use.
 *
 * <p>{@code toString()} lists only the field names: form bodies carry secrets.
 */
public final class FormBody {
  private final Map<String, String> fields;

  private FormBody(Map<String, String> fields) {
    this.fields = fields;
  }

  /** Returns an empty form. */
  public static FormBody empty() {
    return new FormBody(Collections.emptyMap());
  }

  /** Returns a copy with one more field. */
  public FormBody with(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.put(
        Objects.requireNonNull(name, "name == null"),
        Objects.requireNonNull(value, () -> name + " == null"));
    return new FormBody(Collections.unmodifiableMap(copy));
  }

  /** Returns the fields in order. */
  public Map<String, String> fields() {
    return fields;
  }

  @Override
  public String toString() {
    return "FormBody" + fields.keySet();
  }
}
