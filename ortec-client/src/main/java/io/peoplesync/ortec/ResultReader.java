package io.peoplesync.ortec;

import io.peoplesync.core.ApiSerializationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one batch's response {@code {"results": [{"status": "ok"}, {"error": "..."}]}}, as {@link
 * ResultsBody} took it from the stream, into item results matched to the batch's actions by
 * position.
 *
 * <p>The envelope is strict: anything but an object whose {@code results} array has one object per
 * action sent is an {@link ApiSerializationException} naming the batch, so results never shift onto
 * the wrong actions. Each result is read tolerantly: it is ok only with status {@code ok} (any
 * case) and no error; any other shape is a failure of that action with a text that says why.
 */
final class ResultReader {
  private ResultReader() {}

  static List<ItemResult> read(Batch batch, ResultsBody body) {
    if (body == null || !body.object) {
      throw shape(batch, "expected a JSON object with a results array");
    }
    List<ResultsBody.Entry> results = body.results;
    if (results == null) {
      throw shape(
          batch,
          "expected a JSON object with a results array"
              + (body.hasError ? " but it has an error field instead" : ""));
    }
    if (results.size() != batch.size()) {
      throw shape(batch, "expected " + batch.size() + " results, got " + results.size());
    }
    List<ItemResult> items = new ArrayList<>(batch.size());
    for (int i = 0; i < results.size(); i++) {
      ResultsBody.Entry result = results.get(i);
      if (!result.object) {
        throw shape(batch, "result " + (batch.from + i + 1) + " is not a JSON object");
      }
      items.add(item(batch, batch.actions.get(i), result));
    }
    return items;
  }

  private static ItemResult item(Batch batch, AccountAction action, ResultsBody.Entry result) {
    String status = result.status;
    String error = result.error;
    boolean ok = error == null && "ok".equalsIgnoreCase(status);
    if (!ok && error == null) {
      error =
          status == null
              ? "the result has neither a status nor an error"
              : "unexpected status " + status;
    }
    return ItemResult.builder()
        .action(action)
        .ok(ok)
        .error(Optional.ofNullable(ok ? null : error))
        .status(Optional.ofNullable(status))
        .confirmed(true)
        .batch(batch.number)
        .build();
  }

  private static ApiSerializationException shape(Batch batch, String problem) {
    return new ApiSerializationException(batch.label() + ": " + problem, null);
  }
}
