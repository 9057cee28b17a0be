package io.peoplesync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  @Test
  void givesTheBytesOfTheTreeMergeForNestedAndTreeValues() throws Exception {
    ObjectMapper mapper = codec.mapper();
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("accounts", List.of(Map.of("apikey", "inner", "feed", List.of(1, 2))));
    nested.put("meta", Map.of("feed", Map.of()));
    nested.put("n", null);
    ObjectNode tree = mapper.createObjectNode();
    tree.put("a", 1).putArray("b").add("x").addObject().put("apikey", "deep");
    List<Object> values = List.of(nested, tree, new Bean(), Map.of("only", true));
    for (Object value : values) {
      ObjectNode merged = mapper.createObjectNode();
      auth().forEach((k, v) -> merged.set(k, mapper.valueToTree(v)));
      merged.setAll((ObjectNode) mapper.valueToTree(value));
      assertThat(write(value, auth())).isEqualTo(mapper.writeValueAsString(merged));
    }
  }

  @Test
  void aTreeWithAMemberOfTheSameNameStillWins() {
    ObjectNode tree = new ObjectMapper().createObjectNode();
    tree.put("feed", "theirs").put("z", 0);
    assertThat(write(tree, auth())).isEqualTo("{\"feed\":\"theirs\",\"apikey\":\"k\",\"z\":0}");
  }

  @Test
  void aScalarOrArrayBodyIsRefused() {
    for (Object value : List.of("text", 5, List.of(), new int[] {1})) {
      assertThatThrownBy(() -> write(value, auth()))
          .as(String.valueOf(value))
          .isInstanceOf(ApiSerializationException.class)
          .hasMessageContaining("not an object");
    }
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
