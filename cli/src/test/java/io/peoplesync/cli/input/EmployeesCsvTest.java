package io.peoplesync.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peoplesync.provisioning.Employee;
import io.peoplesync.provisioning.EmploymentStatus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmployeesCsvTest {
  private static final String HEADER = "id,givenName,familyName,workEmail";

  private static List<Employee> read(String csv) throws IOException {
    return EmployeesCsv.read("employees.csv", new StringReader(csv));
  }

  private static List<String> problems(String csv) {
    return catchThrowableOfType(BadInputException.class, () -> read(csv)).problems();
  }

  @Test
  void readsEveryColumnIntoTheEmployee() throws IOException {
    List<Employee> employees =
        read(
            "\uFEFFid,givenName,familyName,preferredName,workEmail,mobilePhone,jobTitle,"
                + "department,costCenter,managerId,status,startDate,endDate,location,country,"
                + "attribute.site\n"
                + "E-1,Ann,Peeters,Annie,ann@example.com,+32470000000,\"Engineer, Senior\","
                + "Development,CC-12,E-2,leave,2026-01-05,,Ghent,BE,HQ\n"
                + "E-2, Bart ,Claes,,bart@example.com,,,,,,TERMINATED,2020-01-01,2026-11-30,,,\n");

    assertThat(employees).hasSize(2);
    Employee ann = employees.get(0);
    assertThat(ann.id()).isEqualTo("E-1");
    assertThat(ann.preferredName()).contains("Annie");
    assertThat(ann.jobTitle()).contains("Engineer, Senior");
    assertThat(ann.costCenter()).contains("CC-12");
    assertThat(ann.managerId()).contains("E-2");
    assertThat(ann.status()).isEqualTo(EmploymentStatus.LEAVE);
    assertThat(ann.startDate()).contains(LocalDate.of(2026, 1, 5));
    assertThat(ann.endDate()).isEmpty();
    assertThat(ann.country()).contains("BE");
    assertThat(ann.attribute("site")).contains("HQ");
    Employee bart = employees.get(1);
    assertThat(bart.givenName()).contains("Bart");
    assertThat(bart.preferredName()).isEmpty();
    assertThat(bart.mobilePhone()).isEmpty();
    assertThat(bart.status()).isEqualTo(EmploymentStatus.TERMINATED);
    assertThat(bart.endDate()).contains(LocalDate.of(2026, 11, 30));
    assertThat(bart.attributes()).isEmpty();
  }

  @Test
  void defaultsTheStatusToActiveWithoutAStatusColumn() throws IOException {
    assertThat(read(HEADER + "\nE-1,Ann,Peeters,ann@example.com\n"))
        .singleElement()
        .extracting(Employee::status)
        .isEqualTo(EmploymentStatus.ACTIVE);
  }

  @Test
  void listsEveryHeaderProblemOnLineOne() {
    assertThat(problems("id,givenName,nickname,givenName,e-mail\nE-1,A,B,C,D\n"))
        .containsExactly(
            "line 1: unknown column 'nickname' (expected id, givenName, familyName, middleName,"
                + " preferredName, workEmail, personalEmail, workPhone, mobilePhone, jobTitle,"
                + " department, division, costCenter, organization, managerId, status,"
                + " startDate, endDate, location, country, preferredLanguage or attribute.<name>)",
            "line 1: column 'givenName' appears twice",
            "line 1: unknown column 'e-mail' (expected id, givenName, familyName, middleName,"
                + " preferredName, workEmail, personalEmail, workPhone, mobilePhone, jobTitle,"
                + " department, division, costCenter, organization, managerId, status,"
                + " startDate, endDate, location, country, preferredLanguage or attribute.<name>)",
            "line 1: missing required column 'familyName'",
            "line 1: missing required column 'workEmail'");
  }

  @Test
  void listsEveryRowProblemWithItsLine() {
    List<String> problems =
        problems(
            HEADER
                + ",managerId,status,startDate,endDate\n"
                + "E-1,Ann,Peeters,ann@example.com,,ACTIVE,2026-01-05,\n"
                + "E-1,Anna,Peters,anna@example.com,,ACTIVE,,\n"
                + "E-3,,Claes,ANN@example.com,E-9,ACTIVE,,\n"
                + "E-4,Dirk,Janssens,dirk@example.com,,FIRED,05/01/2026,2026-13-01\n"
                + "E-5,Eva,Maes,not-an-address,E-1,ACTIVE,2026-02-01,2026-01-31\n"
                + "E-6,Filip,Wouters\n"
                + ",Greet,Willems,greet@example.com,,,,\n");

    assertThat(problems)
        .containsExactly(
            "line 3: duplicate id E-1 (first on line 2)",
            "line 4: givenName is empty",
            "line 4: duplicate workEmail ann@example.com (first on line 2)",
            "line 4: managerId E-9 is not an id in this file",
            "line 5: status is not one of PREHIRE, ACTIVE, LEAVE, TERMINATED: FIRED",
            "line 5: startDate is not a date as yyyy-MM-dd: 05/01/2026",
            "line 5: endDate is not a date as yyyy-MM-dd: 2026-13-01",
            "line 6: workEmail is not an e-mail address: not-an-address",
            "line 7: 3 cells, but the header on line 1 has 8",
            "line 8: id is empty");
  }

  @Test
  void reportsTheModelsOwnRuleWithTheLine() {
    assertThat(
            problems(
                HEADER
                    + ",startDate,endDate\nE-5,Eva,Maes,eva@example.com,2026-02-01,2026-01-31\n"))
        .containsExactly("line 2: endDate: must not be before startDate");
  }

  @Test
  void countsLinesOfQuotedCellsThatSpanLines() {
    assertThat(
            problems(
                HEADER
                    + ",jobTitle\nE-1,Ann,Peeters,ann@example.com,\"two\nlines\"\n"
                    + "E-1,Bart,Claes,bart@example.com,x\n"))
        .containsExactly("line 4: duplicate id E-1 (first on line 2)");
  }

  @Test
  void refusesAnEmptyFileAndAHeaderWithoutRows() {
    assertThat(problems("")).containsExactly("line 1: no header row");
    assertThat(problems(HEADER + "\n"))
        .containsExactly("line 2: no employee rows after the header");
  }

  @Test
  void readsAFileAndNamesItInTheMessage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("people.csv");
    Files.write(
        file, (HEADER + "\nE-1,Chloé,Dubois,chloe@example.com\n").getBytes(StandardCharsets.UTF_8));
    assertThat(EmployeesCsv.read(file))
        .extracting(e -> e.givenName().orElseThrow())
        .containsExactly("Chloé");

    BadInputException missing =
        catchThrowableOfType(
            BadInputException.class, () -> EmployeesCsv.read(dir.resolve("x.csv")));
    assertThat(missing).hasMessageStartingWith(dir.resolve("x.csv") + ": 1 problem");
    assertThat(missing.problems()).containsExactly("file not found");
  }
}
