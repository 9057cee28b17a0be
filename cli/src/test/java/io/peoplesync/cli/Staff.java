package io.peoplesync.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A made-up employees CSV for the command tests: n people, then one change at a time. */
final class Staff {
  static final String HEADER =
      "id,givenName,familyName,workEmail,jobTitle,department,managerId,status,startDate,endDate";

  private final List<String[]> rows;

  private Staff(List<String[]> rows) {
    this.rows = rows;
  }

  static Staff of(int n) {
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String id = String.format("E-%04d", i);
      rows.add(
          new String[] {
            id,
            "Given" + i,
            "Family" + i,
            "person" + i + "@example.com",
            i % 2 == 0 ? "Engineer" : "Analyst",
            i % 3 == 0 ? "Finance" : "Development",
            i == 1 ? "" : "E-0001",
            "ACTIVE",
            "2024-01-0" + (1 + i % 9),
            ""
          });
    }
    return new Staff(rows);
  }

  static String id(int i) {
    return String.format("E-%04d", i);
  }

  Staff withJobTitle(String id, String title) {
    return with(id, 4, title);
  }

  Staff terminated(String id) {
    return with(id, 7, "TERMINATED").with(id, 9, "2026-11-30");
  }

  Staff first(int n) {
    return new Staff(new ArrayList<>(rows.subList(0, n)));
  }

  private Staff with(String id, int column, String value) {
    List<String[]> copy = new ArrayList<>();
    for (String[] r : rows) {
      String[] c = r.clone();
      if (c[0].equals(id)) {
        c[column] = value;
      }
      copy.add(c);
    }
    return new Staff(copy);
  }

  Path write(Path file) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    rows.forEach(r -> b.append(String.join(",", r)).append('\n'));
    try {
      return Files.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
