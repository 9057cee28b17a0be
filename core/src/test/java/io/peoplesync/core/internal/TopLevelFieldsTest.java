package io.peoplesync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peoplesync.core.ApiSerializationException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Top-level fields added to a JSON body (as body API-key auth does) come first, in order, and give
 * the same bytes whether the body is spliced or merged as a tree.
 */
class TopLevelFieldsTest {
  private final JsonCodec codec = new JsonCodec();

  @Test
  void putsTheFieldsFirstInTheirOrder() {
    assertThat(write(Map.of("accounts", List.of(Map.of("id", "a"))), auth()))
        .isEqualTo("{\"feed\":\"hr\",\"apikey\":\"k\",\"accounts\":[{\"id\":\"a\"}]}");
  }

  @Test
  void anEmptyObjectGetsOnlyTheFields() {
    assertThat(write(Map.of(), auth())).isEqualTo("{\"feed\":\"hr\",\"apikey\":\"k\"}");
    assertThat(write(new Bean(), auth()))
        .isEqualTo("{\"feed\":\"hr\",\"apikey\":\"k\",\"name\":\"n\",\"tags\":[\"t\"]}");
  }

  @Test
  void aMemberOfTheValueWinsOverAFieldOfTheSameNameInTheFieldsPlace() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("x", 1);
    value.put("apikey", "mine");
    assertThat(write(value, auth())).isEqualTo("{\"feed\":\"hr\",\"apikey\":\"mine\",\"x\":1}");
  }

  @Test
  void aNullFieldIsWrittenAsNull() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("feed", null);
    assertThat(write(Map.of("a", 1), fields)).isEqualTo("{\"feed\":null,\"a\":1}");
  }

  @Test
  void aBodyThatIsNotAnObjectIsRefused() {
    assertThatThrownBy(() -> write(List.of(1, 2), auth()))
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageContaining("not an object");
  }

  private String write(Object value, Map<String, Object> fields) {
    return new String(codec.write(value, Optional.empty(), fields), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> auth() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("feed", "hr");
    fields.put("apikey", "k");
    return fields;
  }

  /** A bean body, written through its getters. */
  public static final class Bean {
    public String getName() {
      return "n";
    }

    public List<String> getTags() {
      return List.of("t");
    }
  }
}
