package io.peoplesync.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.provisioning.Change;
import io.peoplesync.provisioning.FieldChange;
import io.peoplesync.provisioning.Outcome;
import io.peoplesync.provisioning.SyncReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the apply report: {@code {"targets": {"<target>": {"created": n, …}}, "changes": [ … every
 * outcome … ]}}. Each change has {@code target}, {@code employeeId}, {@code kind}, {@code
 * succeeded}, {@code fields} (name → {@code before}/{@code after}, for updates), {@code
 * durationMillis} and, when it failed, {@code error} (the exception's message, which the clients
 * keep free of secrets).
 */
public final class JsonReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /**
   * Writes the report of {@code report}, counted as {@code summary}, to {@code file}.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, Summary summary, SyncReport report) throws IOException {
    Files.write(file, JSON.writeValueAsBytes(tree(summary, report)));
  }

  /** Returns the report as a JSON tree. */
  public static ObjectNode tree(Summary summary, SyncReport report) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode targets = root.putObject("targets");
    summary.targets().forEach((t, counts) -> counts.forEach(targets.putObject(t)::put));
    ArrayNode changes = root.putArray("changes");
    for (Outcome o : report.outcomes()) {
      ObjectNode c = change(changes.addObject(), o.change());
      c.put("succeeded", o.succeeded());
      c.put("durationMillis", o.duration().toMillis());
      o.error().ifPresent(e -> c.put("error", e.getMessage()));
    }
    return root;
  }

  /** Fills {@code node} with a change's target, employee, kind and fields. */
  private static ObjectNode change(ObjectNode node, Change change) {
    node.put("target", change.target());
    node.put("employeeId", change.employeeId());
    node.put("kind", change.kind().name());
    ObjectNode fields = node.putObject("fields");
    for (Map.Entry<String, FieldChange> f : change.fields().entrySet()) {
      ObjectNode field = fields.putObject(f.getKey());
      field.put("before", f.getValue().before().orElse(null));
      field.put("after", f.getValue().after().orElse(null));
    }
    return node;
  }
}
