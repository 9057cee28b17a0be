package io.peoplesync.benchmarks.peer;

import io.peoplesync.benchmarks.Stats;
import java.util.ArrayList;
import java.util.List;

/** What one workload measured in {@link PeerBenchmark} or {@link ExecutorBenchmark}, per side. */
public final class PeerResult {
  final String name;
  final List<String> sides;
  final int baseline;
  final List<List<Double>> cpu;
  final List<List<Double>> callerCpu;
  final List<List<Double>> alloc;
  final List<List<Double>> wall;
  final List<List<Double>> cpuRatios;
  final List<List<Double>> allocRatios;
  final List<List<Double>> wallRatios;
  double warmupMillis;

  PeerResult(String name, List<String> sides, int baseline) {
    this.name = name;
    this.sides = List.copyOf(sides);
    this.baseline = baseline;
    cpu = perSide();
    callerCpu = perSide();
    alloc = perSide();
    wall = perSide();
    cpuRatios = perSide();
    allocRatios = perSide();
    wallRatios = perSide();
  }

  private List<List<Double>> perSide() {
    List<List<Double>> lists = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  void add(Side[] measured) {
    Side base = measured[baseline];
    for (int i = 0; i < measured.length; i++) {
      cpu.get(i).add(measured[i].cpuMicros);
      callerCpu.get(i).add(measured[i].callerCpuMicros);
      alloc.get(i).add(measured[i].allocBytes);
      wall.get(i).add(measured[i].wallMicros);
      cpuRatios.get(i).add(measured[i].cpuMicros / base.cpuMicros);
      allocRatios.get(i).add(measured[i].allocBytes / base.allocBytes);
      wallRatios.get(i).add(measured[i].wallMicros / base.wallMicros);
    }
  }

  /** Returns the workload's name, as printed. */
  public String name() {
    return name;
  }

  /** Returns the sides' names, as printed; the ratios are taken to {@link #baseline()}. */
  public List<String> sides() {
    return sides;
  }

  /** Returns the name of the side every ratio is taken to. */
  public String baseline() {
    return sides.get(baseline);
  }

  /** Returns the rounds measured. */
  public int rounds() {
    return wall.get(baseline).size();
  }

  /** Returns the wall time spent warming this workload up, in seconds, all sides together. */
  public double warmupSeconds() {
    return warmupMillis / 1_000.0;
  }

  /**
   * Returns the median of the per-round CPU ratios of {@code side} to the baseline.
   *
   * @throws IllegalArgumentException if {@code side} is not one of {@link #sides()}
   */
  public double cpuRatio(String side) {
    return Stats.median(cpuRatios.get(index(side)));
  }

  /**
   * Returns the median of the per-round allocation ratios of {@code side} to the baseline.
   *
   * @throws IllegalArgumentException if {@code side} is not one of {@link #sides()}
   */
  public double allocRatio(String side) {
    return Stats.median(allocRatios.get(index(side)));
  }

  /**
   * Returns the median of the per-round wall-time ratios of {@code side} to the baseline.
   *
   * @throws IllegalArgumentException if {@code side} is not one of {@link #sides()}
   */
  public double wallRatio(String side) {
    return Stats.median(wallRatios.get(index(side)));
  }

  /**
   * Returns the median per-call CPU microseconds of {@code side} (NaN if not offered).
   *
   * @throws IllegalArgumentException if {@code side} is not one of {@link #sides()}
   */
  public double cpuMicros(String side) {
    return Stats.median(cpu.get(index(side)));
  }

  private int index(String side) {
    int i = sides.indexOf(side);
    if (i < 0) {
      throw new IllegalArgumentException("side must be one of " + sides + ": " + side);
    }
    return i;
  }

  /** One side's per-call figures in one round. */
  static final class Side {
    final double wallMicros;
    final double cpuMicros;
    final double callerCpuMicros;
    final double allocBytes;

    Side(double wallMicros, double cpuMicros, double callerCpuMicros, double allocBytes) {
      this.wallMicros = wallMicros;
      this.cpuMicros = cpuMicros;
      this.callerCpuMicros = callerCpuMicros;
      this.allocBytes = allocBytes;
    }
  }
}
