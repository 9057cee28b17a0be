package io.peoplesync.cli.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.peoplesync.provisioning.Employee;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an employees CSV: a header row naming {@link Employee} fields ({@code id, givenName,
 * familyName, workEmail, jobTitle, …}, custom attributes as {@code attribute.<name>}), then one
 * employee per row.
 *
 * <p>Every problem is collected with its line number and thrown at once: a missing required column,
 * an unknown or repeated column, a row with the wrong number of cells, an empty required cell, a
 * duplicate id or work e-mail, a {@code managerId} that is no id in the file, a bad date
 * (yyyy-MM-dd), an unknown status, an end date before the start date. Empty cells are absent
 * values; cells are trimmed.
 */
public final class EmployeesCsv {
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  private EmployeesCsv() {}

  /**
   * Reads and checks {@code file} (UTF-8, a byte-order mark allowed).
   *
   * @throws BadInputException listing every problem, each starting with {@code line N:}
   */
  public static List<Employee> read(Path file) {
    String source = file.toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(source, reader);
    } catch (NoSuchFileException e) {
      throw new BadInputException(source, List.of("file not found"));
    } catch (IOException e) {
      throw new BadInputException(source, List.of("cannot read: " + e.getMessage()));
    }
  }

  /**
   * Reads and checks CSV text; {@code source} names it in the exception.
   *
   * @throws BadInputException listing every problem, each starting with {@code line N:}
   * @throws IOException if the reader fails
   */
  public static List<Employee> read(String source, Reader reader) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Employee> employees = new ArrayList<>();
    try (JsonParser parser = CSV.getFactory().createParser(reader)) {
      List<Row> rows = rows(parser);
      if (rows.isEmpty()) {
        throw new BadInputException(source, List.of("line 1: no header row"));
      }
      Header header = Header.of(rows.get(0), problems);
      if (rows.size() == 1) {
        problems.add("line 2: no employee rows after the header");
      }
      Map<String, Integer> idLines = new HashMap<>();
      Map<String, Integer> emailLines = new HashMap<>();
      List<Row> managerRefs = new ArrayList<>();
      for (Row row : rows.subList(1, rows.size())) {
        if (!header.usable()) {
          break;
        }
        header.employee(row, problems).ifPresent(employees::add);
        int line = row.line;
        header.cell(row, "id").ifPresent(id -> firstUse("id", id, line, idLines, problems));
        header
            .cell(row, "workEmail")
            .map(m -> m.toLowerCase(Locale.ROOT))
            .ifPresent(m -> firstUse("workEmail", m, line, emailLines, problems));
        header.cell(row, "managerId").ifPresent(m -> managerRefs.add(new Row(line, List.of(m))));
      }
      for (Row ref : managerRefs) {
        if (!idLines.containsKey(ref.cells.get(0))) {
          problems.add(
              "line "
                  + ref.line
                  + ": managerId "
                  + ref.cells.get(0)
                  + " is not an id in this file");
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add("line " + line + ": not valid CSV (" + e.getOriginalMessage() + ")");
    }
    if (!problems.isEmpty()) {
      problems.sort(EmployeesCsv::byLine);
      throw new BadInputException(source, problems);
    }
    return employees;
  }

  private static void firstUse(
      String column, String value, int line, Map<String, Integer> seen, List<String> problems) {
    Integer first = seen.putIfAbsent(value, line);
    if (first != null) {
      problems.add(
          "line "
              + line
              + ": duplicate "
              + column
              + " "
              + value
              + " (first on line "
              + first
              + ")");
    }
  }

  private static List<Row> rows(JsonParser parser) throws IOException {
    List<Row> rows = new ArrayList<>();
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return rows;
    }
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.START_ARRAY) {
      // The row's opening token carries the previous row's position; its first cell has its own.
      int line = -1;
      List<String> cells = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (line < 0) {
          line = parser.currentTokenLocation().getLineNr();
        }
        cells.add(parser.getText());
      }
      if (!(cells.size() == 1 && cells.get(0).isBlank())) {
        rows.add(new Row(line, cells));
      }
    }
    if (t != JsonToken.END_ARRAY && t != null) {
      throw new IllegalStateException("unexpected CSV token " + t);
    }
    return rows;
  }

  private static int byLine(String a, String b) {
    return Integer.compare(lineOf(a), lineOf(b));
  }

  private static int lineOf(String problem) {
    int space = problem.indexOf(':');
    try {
      return Integer.parseInt(problem.substring("line ".length(), space));
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** One CSV record and the line it starts on. */
  static final class Row {
    final int line;
    final List<String> cells;

    Row(int line, List<String> cells) {
      this.line = line;
      this.cells = cells;
    }
  }

  /** The header row, checked: which column each cell position fills. */
  private static final class Header {
    private final int line;
    private final List<String> names;
    private final List<EmployeeColumns.Column> columns;
    private final boolean usable;

    private Header(
        int line, List<String> names, List<EmployeeColumns.Column> columns, boolean usable) {
      this.line = line;
      this.names = names;
      this.columns = columns;
      this.usable = usable;
    }

    static Header of(Row row, List<String> problems) {
      List<String> names = new ArrayList<>();
      List<EmployeeColumns.Column> columns = new ArrayList<>();
      Map<String, Integer> positions = new LinkedHashMap<>();
      int before = problems.size();
      for (String cell : row.cells) {
        String name = names.isEmpty() ? cell.replace("\uFEFF", "").trim() : cell.trim();
        Optional<EmployeeColumns.Column> column = EmployeeColumns.column(name);
        if (column.isEmpty()) {
          problems.add(
              "line "
                  + row.line
                  + ": unknown column '"
                  + name
                  + "' (expected "
                  + String.join(", ", EmployeeColumns.names())
                  + " or "
                  + EmployeeColumns.ATTRIBUTE_PREFIX
                  + "<name>)");
        } else if (positions.putIfAbsent(name, names.size()) != null) {
          problems.add("line " + row.line + ": column '" + name + "' appears twice");
        }
        names.add(name);
        columns.add(column.orElse(null));
      }
      for (String required : EmployeeColumns.REQUIRED) {
        if (!positions.containsKey(required)) {
          problems.add("line " + row.line + ": missing required column '" + required + "'");
        }
      }
      return new Header(row.line, names, columns, problems.size() == before);
    }

    boolean usable() {
      return usable;
    }

    /** Returns the trimmed, non-empty cell of column {@code name} in a well-formed row. */
    Optional<String> cell(Row row, String name) {
      int i = names.indexOf(name);
      if (i < 0 || row.cells.size() != names.size()) {
        return Optional.empty();
      }
      String value = row.cells.get(i).trim();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    Optional<Employee> employee(Row row, List<String> problems) {
      if (row.cells.size() != names.size()) {
        problems.add(
            "line "
                + row.line
                + ": "
                + row.cells.size()
                + " cells, but the header on line "
                + line
                + " has "
                + names.size());
        return Optional.empty();
      }
      Employee.Builder b = Employee.builder();
      int before = problems.size();
      for (int i = 0; i < names.size(); i++) {
        String value = row.cells.get(i).trim();
        if (value.isEmpty()) {
          if (EmployeeColumns.REQUIRED.contains(names.get(i))) {
            problems.add("line " + row.line + ": " + names.get(i) + " is empty");
          }
          continue;
        }
        String at = names.get(i);
        columns
            .get(i)
            .apply(b, value)
            .ifPresent(p -> problems.add("line " + row.line + ": " + at + " " + p));
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      try {
        return Optional.of(b.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add("line " + row.line + ": " + e.getMessage());
        return Optional.empty();
      }
    }
  }
}
