package io.peoplesync.ortec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.testing.Mappers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of batch responses sees what a tree of the same body shows: the shape, the
 * {@code error} member, and each result's status and error as {@code JsonNode} text, the last of a
 * repeated member winning.
 */
class ResultsBodyTest {
  @Test
  void readsWhatTheTreeShows() throws Exception {
    List<String> bodies =
        List.of(
            "{\"results\":[{\"status\":\"ok\"},{\"error\":\"no such user\"}]}",
            "{\"results\":[]}",
            "{\"results\":[{\"status\":\"OK\",\"extra\":{\"a\":[1,2]}},{\"status\":\"   \"}]}",
            "{\"results\":[{\"status\":7},{\"status\":1.5},{\"status\":true},{\"status\":null}]}",
            "{\"results\":[{\"error\":{\"code\":3,\"text\":\"x\"}},{\"error\":[\"a\",1]}]}",
            "{\"results\":[1,\"ok\",null,[],{}]}",
            "{\"results\":{\"status\":\"ok\"}}",
            "{\"results\":\"ok\"}",
            "{\"error\":\"bad key\"}",
            "{\"error\":null,\"message\":\"x\"}",
            "{}",
            "[]",
            "\"ok\"",
            "42",
            "{\"results\":[{\"status\":\"ok\"}],\"results\":[]}",
            "{\"results\":[],\"results\":{\"x\":1}}",
            "{\"results\":[{\"status\":\"ok\",\"status\":\"failed\",\"error\":\"\"}]}",
            "{\"meta\":{\"results\":[1]},\"results\":[{\"status\":\"ok\"}]}");
    for (String body : bodies) {
      ResultsBody streamed =
          Mappers.read(MediaFormat.JSON, body.getBytes(StandardCharsets.UTF_8), ResultsBody.class);
      assertThat(describe(streamed))
          .as(body)
          .isEqualTo(describe(fromTree(Mappers.json().readTree(body))));
    }
  }

  /** The reading of the tree the client made before the streaming reader, kept as the reference. */
  private static ResultsBody fromTree(JsonNode body) {
    if (!body.isObject()) {
      return new ResultsBody(false, false, null);
    }
    JsonNode results = body.get("results");
    List<ResultsBody.Entry> entries = null;
    if (results != null && results.isArray()) {
      entries = new ArrayList<>();
      for (JsonNode r : results) {
        entries.add(
            r.isObject()
                ? new ResultsBody.Entry(true, text(r.get("status")), text(r.get("error")))
                : new ResultsBody.Entry(false, null, null));
      }
    }
    return new ResultsBody(true, body.has("error"), entries);
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String text = node.isValueNode() ? node.asText() : node.toString();
    return text.isBlank() ? null : text;
  }

  private static String describe(ResultsBody b) {
    StringBuilder sb =
        new StringBuilder().append(b.object).append('/').append(b.hasError).append('/');
    if (b.results == null) {
      return sb.append("none").toString();
    }
    for (ResultsBody.Entry e : b.results) {
      sb.append('[').append(e.object).append(',').append(e.status).append(',').append(e.error);
      sb.append(']');
    }
    return sb.toString();
  }
}
