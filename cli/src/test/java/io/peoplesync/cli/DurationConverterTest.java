package io.peoplesync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  private final DurationConverter converter = new DurationConverter();

  @ParameterizedTest
  @CsvSource({
    "90s, PT1M30S",
    "10m, PT10M",
    "1h30m, PT1H30M",
    "500ms, PT0.5S",
    "2d, PT48H",
    "PT90S, PT1M30S",
    "pt2m, PT2M",
    " 45S , PT45S"
  })
  void readsDurationsAsPeopleTypeThem(String text, String iso) {
    assertThat(converter.convert(text)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10", "m", "10 m", "10x", "1h-5m", "PTX", "0s", "-5s", "P0D"})
  void refusesAnythingElseSayingWhatIsExpected(String text) {
    assertThatThrownBy(() -> converter.convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'" + text + "'");
  }
}
