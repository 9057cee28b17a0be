package io.peoplesync.core.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

class JacksonVersionTest {
  @Test
  void acceptsTheJacksonOnTheClassPath() {
    assertThatCode(JacksonVersion::check).doesNotThrowAnyException();
  }

  @Test
  void failsFastNamingTheVersionFound() {
    Version old = new Version(2, 9, 10, null, "com.fasterxml.jackson.core", "jackson-databind");

    assertThatThrownBy(() -> JacksonVersion.check(old))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs jackson-databind 2.15 or newer")
        .hasMessageContaining("found 2.9.10");
  }
}
