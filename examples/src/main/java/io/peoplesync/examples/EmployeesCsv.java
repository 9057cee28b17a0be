package io.peoplesync.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled employees.csv (a plain comma-separated file without quoted cells). */
final class EmployeesCsv {
  private EmployeesCsv() {}

  static List<HrRow> load() {
    try (InputStream in = EmployeesCsv.class.getResourceAsStream("employees.csv")) {
      if (in == null) {
        throw new IllegalStateException("employees.csv is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<HrRow> rows = new ArrayList<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(new HrRow(line.split(",", -1)));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
