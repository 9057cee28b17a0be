package io.peoplesync.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request body not yet encoded: the value, the codec that will write it, and any top-level fields
 * an auth strategy adds. Encoded once, on first use, and reused by retries.
 */
public final class RequestBody {
  private final Object value;
  private final Codec codec;
  private final String rootName;
  private final Map<String, Object> extraFields;
  private volatile byte[] encoded;

  private RequestBody(Object value, Codec codec, String rootName, Map<String, Object> extraFields) {
    this.value = value;
    this.codec = codec;
    this.rootName = rootName;
    this.extraFields = extraFields;
  }

  /** Creates a body that {@code codec} writes. */
  public static RequestBody of(Object value, Codec codec, Optional<String> rootName) {
    return new RequestBody(
        Objects.requireNonNull(value, "value == null"),
        Objects.requireNonNull(codec, "codec == null"),
        rootName.orElse(null),
        Collections.emptyMap());
  }

  /** Returns the value to encode. */
  public Object value() {
    return value;
  }

  /** Returns the {@code Content-Type} this body is sent with. */
  public String contentType() {
    return codec.contentType(value);
  }

  /** Returns a copy with one more top-level field, written before the value's own fields. */
  public RequestBody withField(String name, Object fieldValue) {
    Map<String, Object> copy = new LinkedHashMap<>(extraFields);
    copy.put(name, fieldValue);
    return new RequestBody(value, codec, rootName, Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the encoded bytes, computing them once.
   *
   * @throws io.peoplesync.core.ApiSerializationException if the value cannot be written
   */
  public byte[] bytes() {
    byte[] b = encoded;
    if (b == null) {
      b = codec.write(value, Optional.ofNullable(rootName), extraFields);
      encoded = b;
    }
    return b;
  }

  @Override
  public String toString() {
    return "RequestBody{"
        + value.getClass().getSimpleName()
        + ", extraFields="
        + extraFields.keySet()
        + "}";
  }
}
