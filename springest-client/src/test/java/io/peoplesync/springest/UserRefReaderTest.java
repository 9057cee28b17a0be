package io.peoplesync.springest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.testing.Mappers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of save responses reads what {@link SpringestUserRef#fromJson} reads from
 * the tree, and refuses what it refuses.
 */
class UserRefReaderTest {
  @Test
  void readsEveryShapeAsTheTreeReaderDoes() throws Exception {
    List<String> bodies =
        List.of(
            "12345",
            "-7",
            "12345678901234567890",
            "1.5",
            "\"12345\"",
            "\"ab-1\"",
            "{\"id\":1}",
            "{\"id\":\"a\",\"x\":{\"y\":[1,{\"id\":3}]}}",
            "{\"x\":[{\"id\":9}],\"id\":2}",
            "{\"id\":2.25,\"email\":null}",
            "{\"id\":1,\"id\":2}");
    for (String body : bodies) {
      SpringestUserRef expected = SpringestUserRef.fromJson(Mappers.json().readTree(body));
      assertThat(read(body)).as(body).isEqualTo(expected);
    }
  }

  @Test
  void refusesWhatTheTreeReaderRefuses() throws Exception {
    List<String> bodies =
        List.of(
            "{}",
            "{\"id\":null}",
            "{\"id\":true}",
            "{\"id\":{}}",
            "{\"id\":[1]}",
            "{\"id\":\"\"}",
            "{\"id\":\"  \"}",
            "\"\"",
            "true",
            "[]",
            "[12345]");
    for (String body : bodies) {
      assertThatThrownBy(() -> SpringestUserRef.fromJson(Mappers.json().readTree(body)))
          .as(body)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> read(body))
          .as(body)
          .isInstanceOf(ApiSerializationException.class)
          .hasMessageContaining("id must");
    }
  }

  private static SpringestUserRef read(String body) {
    return Mappers.read(
        MediaFormat.JSON, body.getBytes(StandardCharsets.UTF_8), SpringestUserRef.class);
  }
}
