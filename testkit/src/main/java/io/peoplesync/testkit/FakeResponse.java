package io.peoplesync.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a fake answers: status, headers and body. */
public final class FakeResponse {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;

  private FakeResponse(int status, Map<String, String> headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** Returns a JSON answer; {@code value} is a Jackson tree, a map, a list or any bean. */
  public static FakeResponse json(int status, Object value) {
    try {
      Map<String, String> h = new LinkedHashMap<>();
      h.put("Content-Type", "application/json; charset=utf-8");
      return new FakeResponse(status, h, JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write fake response", e);
    }
  }

  /** Returns an XML answer. */
  public static FakeResponse xml(int status, String xml) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", "application/xml; charset=utf-8");
    return new FakeResponse(status, h, xml.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns an answer without a body. */
  public static FakeResponse empty(int status) {
    return new FakeResponse(status, new LinkedHashMap<>(), new byte[0]);
  }

  /** Returns a copy with one more header. */
  public FakeResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new FakeResponse(status, h, body);
  }

  /** Returns the status. */
  public int status() {
    return status;
  }

  /** Returns the headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Returns the body bytes. */
  public byte[] body() {
    return body;
  }
}
