package io.peoplesync.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks' arguments: defaults, every key, and refusals naming the argument. */
class RunSettingsTest {
  @Test
  void defaultsGiveTenSecondsOfWarmUpAndTenRounds() {
    RunSettings s = RunSettings.parse();
    assertThat(s.rounds).isEqualTo(10);
    assertThat(s.warmup).isEqualTo(3);
    assertThat(s.warmupSeconds).isEqualTo(10.0);
    assertThat(s.millis).isEqualTo(500);
    assertThat(s.keeps("anything")).isTrue();
  }

  @Test
  void everyKeyIsRead() {
    RunSettings s =
        RunSettings.parse("rounds=4", "--warmup=2", "warmupSeconds=1.5", "millis=50", "only=Pep");
    assertThat(s.rounds).isEqualTo(4);
    assertThat(s.warmup).isEqualTo(2);
    assertThat(s.warmupSeconds).isEqualTo(1.5);
    assertThat(s.millis).isEqualTo(50);
    assertThat(s.keeps("Pepper page of 100")).isTrue();
    assertThat(s.keeps("Springest save")).isFalse();
    assertThat(s.describe())
        .isEqualTo(
            ">= 2 warm-up rounds and >= 2 s per workload, then 4 measured rounds of about 50 ms"
                + " per side");
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> RunSettings.parse("rounds"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad argument: rounds");
    assertThatThrownBy(() -> RunSettings.parse("pairs=2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument: pairs=2");
    assertThatThrownBy(() -> RunSettings.parse("rounds=0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rounds >= 1");
    assertThatThrownBy(() -> RunSettings.parse("warmupSeconds=-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("warmupSeconds >= 0");
    assertThatThrownBy(() -> RunSettings.parse("only=Nobody").requireOneOf(List.of("Pepper")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no workload's name starts with Nobody");
  }
}
