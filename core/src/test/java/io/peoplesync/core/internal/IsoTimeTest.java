package io.peoplesync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast ISO readers give what Jackson's own deserializers give, and hand over the rest. */
class IsoTimeTest {
  private final ObjectMapper sdk = Mappers.json();
  private final ObjectMapper stock = new ObjectMapper().registerModule(new JavaTimeModule());

  @Test
  void readsPlainInstantsExactlyAsJacksonDoes() throws Exception {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      String text = randomInstant(random);
      Instant expected = stock.readValue(quoted(text), Instant.class);
      assertThat(IsoTime.parseInstant(text)).as(text).isEqualTo(expected);
      assertThat(sdk.readValue(quoted(text), Instant.class)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void readsPlainDatesExactlyAsJacksonDoes() throws Exception {
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 700_000);
      String text = date.toString();
      assertThat(sdk.readValue(quoted(text), LocalDate.class)).as(text).isEqualTo(date);
    }
  }

  @Test
  void leavesEveryOtherShapeToJacksonWithTheSameOutcome() throws Exception {
    List<String> inputs =
        List.of(
            "\"2024-02-01t09:15:42z\"",
            "\"2016-12-31T23:59:60Z\"",
            "\"2024-02-01T09:15:42.0070000001Z\"",
            "\"2024-02-01T09:15:42.Z\"",
            "\"2024-02-01T09:15Z\"",
            "\"2024-02-30T09:15:42Z\"",
            "\"2024-02-01T24:00:00Z\"",
            "\"2024-02-01T09:15:42+0100\"",
            "\"2024-02-01T09:15:42+01:00:30\"",
            "\"+12024-02-01T09:15:42Z\"",
            "\"2024-02-01\"",
            "\"not a time\"",
            "1700000000",
            "1700000000.5",
            "null");
    for (String json : inputs) {
      assertSameOutcome(json, Instant.class);
    }
    for (String json :
        List.of(
            "\"2023-02-29\"", "\"2024-1-01\"", "\"20240101\"", "\"2024-02-01T00:00\"", "null")) {
      assertSameOutcome(json, LocalDate.class);
    }
  }

  @Test
  void emptyStringsStillReadAsAbsent() throws Exception {
    assertThat(sdk.readValue("\"\"", Instant.class)).isNull();
    assertThat(sdk.readValue("{\"at\":\"\"}", Holder.class).at).isNull();
  }

  @Test
  void aPropertyFormatStillWins() throws Exception {
    Formatted f = sdk.readValue("{\"day\":\"01.02.2024\"}", Formatted.class);
    assertThat(f.day).isEqualTo(LocalDate.of(2024, 2, 1));
    Holder h = sdk.readValue("{\"at\":\"2024-02-01T09:15:42.007Z\"}", Holder.class);
    assertThat(h.at).isEqualTo(Instant.parse("2024-02-01T09:15:42.007Z"));
  }

  private void assertSameOutcome(String json, Class<?> type) {
    Object expected;
    try {
      expected = stock.readValue(json, type);
    } catch (Exception e) {
      assertThatThrownBy(() -> sdk.readValue(json, type)).as(json).isInstanceOf(e.getClass());
      return;
    }
    try {
      assertThat(sdk.readValue(json, type)).as(json).isEqualTo(expected);
    } catch (Exception e) {
      throw new AssertionError(json + " failed: " + e, e);
    }
  }

  private static String randomInstant(Random random) {
    Instant at =
        Instant.ofEpochSecond(
            random.nextLong() % 250_000_000_000L + 1_000_000_000L, random.nextInt(1_000_000_000));
    if (at.isBefore(Instant.parse("0001-01-01T00:00:00Z"))) {
      at = at.plusSeconds(300_000_000_000L);
    }
    int digits = random.nextInt(10);
    StringBuilder pattern = new StringBuilder("uuuu-MM-dd'T'HH:mm:ss");
    if (digits > 0) {
      pattern.append('.').append("S".repeat(digits));
    }
    int offsetMinutes = random.nextInt(3) == 0 ? 0 : (random.nextInt(36 * 60 + 1) - 18 * 60);
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes / 15 * 15 * 60);
    String text = DateTimeFormatter.ofPattern(pattern.toString()).format(at.atOffset(offset));
    if (offset.getTotalSeconds() == 0 && random.nextBoolean()) {
      return text + "Z";
    }
    return text + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
  }

  private static String quoted(String s) {
    return "\"" + s + "\"";
  }

  static final class Holder {
    public Instant at;
  }

  static final class Formatted {
    @JsonFormat(pattern = "dd.MM.yyyy")
    public LocalDate day;
  }
}
