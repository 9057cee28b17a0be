package io.peoplesync.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a vendor's error body says: a code, a message and field errors, each optional.
 *
 * <p>Built by a vendor's {@code ErrorDetailsParser}; {@link #none()} when the body has no known
 * format.
 */
public final class ErrorDetails {
  private static final ErrorDetails NONE =
      new ErrorDetails(null, null, Collections.emptyMap(), Collections.emptyMap());

  private final String vendorCode;
  private final String vendorMessage;
  private final Map<String, List<String>> fieldErrors;
  private final Map<String, String> properties;

  private ErrorDetails(
      String vendorCode,
      String vendorMessage,
      Map<String, List<String>> fieldErrors,
      Map<String, String> properties) {
    this.vendorCode = vendorCode;
    this.vendorMessage = vendorMessage;
    this.fieldErrors = fieldErrors;
    this.properties = properties;
  }

  /** Returns details that carry nothing. */
  public static ErrorDetails none() {
    return NONE;
  }

  /** Returns details with the given code and message; either may be null. */
  public static ErrorDetails of(String vendorCode, String vendorMessage) {
    return new ErrorDetails(
        vendorCode, vendorMessage, Collections.emptyMap(), Collections.emptyMap());
  }

  /** Returns a copy with the given field errors, kept in the given order. */
  public ErrorDetails withFieldErrors(Map<String, List<String>> errors) {
    Objects.requireNonNull(errors, "errors == null");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
    return new ErrorDetails(
        vendorCode, vendorMessage, Collections.unmodifiableMap(copy), properties);
  }

  /**
   * Returns a copy with one more vendor-specific value (for example Publisher's help {@code link});
   * a null value leaves the details unchanged.
   */
  public ErrorDetails withProperty(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    if (value == null) {
      return this;
    }
    Map<String, String> copy = new LinkedHashMap<>(properties);
    copy.put(name, value);
    return new ErrorDetails(
        vendorCode, vendorMessage, fieldErrors, Collections.unmodifiableMap(copy));
  }

  /** Returns vendor-specific values the error body carries beyond code, message and fields. */
  public Map<String, String> properties() {
    return properties;
  }

  /** Returns the vendor's error code or reference. */
  public Optional<String> vendorCode() {
    return Optional.ofNullable(vendorCode);
  }

  /** Returns the vendor's human-readable message. */
  public Optional<String> vendorMessage() {
    return Optional.ofNullable(vendorMessage);
  }

  /** Returns field errors keyed by field name; messages that name no field are under {@code ""}. */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  @Override
  public String toString() {
    return "ErrorDetails{code="
        + vendorCode
        + ", message="
        + vendorMessage
        + ", fieldErrors="
        + fieldErrors
        + ", properties="
        + properties
        + "}";
  }
}
