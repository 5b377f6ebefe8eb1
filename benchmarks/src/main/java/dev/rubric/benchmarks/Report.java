package dev.rubric.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a JMH JSON result file ({@code -rf json -rff FILE}) into the markdown tables of {@code
 * docs/performance.md}: every result with its allocation, then the targets as ratios from that one
 * run. Run by {@code benchmarks/run.sh}; by hand: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.rubric.benchmarks.Report benchmarks/target/jmh.json}.
 */
public final class Report {
  private Report() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Report JMH-RESULT.json");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    JsonNode first = results.get(0);
    out.append("JDK: ")
        .append(first.path("vmName").asText())
        .append(' ')
        .append(first.path("jdkVersion").asText())
        .append(" (")
        .append(first.path("vmVersion").asText())
        .append("); machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores (nproc), ")
        .append(cpuModel())
        .append(", ")
        .append(memoryGiB())
        .append(".\n\n");
    out.append(
        "| Benchmark | Params | Score | Error (99.9%) | Units | Alloc/op | Per unit | Alloc/unit | Peak heap |\n");
    out.append("|---|---|---:|---:|---|---:|---:|---:|---:|\n");
    for (JsonNode r : results) {
      String name = r.path("benchmark").asText().replace("dev.rubric.benchmarks.", "");
      JsonNode params = r.path("params");
      StringBuilder p = new StringBuilder();
      for (Map.Entry<String, JsonNode> e : params.properties()) {
        p.append(p.length() == 0 ? "" : ", ")
            .append(e.getKey())
            .append('=')
            .append(e.getValue().asText());
      }
      byName.put(name + (p.length() == 0 ? "" : "[" + p + "]"), r);
      JsonNode pm = r.path("primaryMetric");
      double score = pm.path("score").asDouble();
      String unit = pm.path("scoreUnit").asText();
      double alloc =
          r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
      int units = params.has("units") ? params.path("units").asInt() : 0;
      // An auxiliary counter's score sums the iterations; the peak is the largest iteration's.
      double peak = Double.NaN;
      for (JsonNode fork : r.path("secondaryMetrics").path("peakHeapMiB").path("rawData")) {
        for (JsonNode v : fork) {
          peak = Double.isNaN(peak) ? v.asDouble() : Math.max(peak, v.asDouble());
        }
      }
      out.append("| ")
          .append(name)
          .append(" | ")
          .append(p)
          .append(" | ")
          .append(fmt(score))
          .append(" | ± ")
          .append(fmt(pm.path("scoreError").asDouble()))
          .append(" | ")
          .append(unit)
          .append(" | ")
          .append(Double.isNaN(alloc) ? "" : bytes(alloc))
          .append(" | ")
          .append(units > 0 ? fmt(toMicros(score, unit) / units) + " µs" : "")
          .append(" | ")
          .append(units > 0 && !Double.isNaN(alloc) ? bytes(alloc / units) : "")
          .append(" | ")
          .append(Double.isNaN(peak) ? "" : fmt(peak) + " MiB")
          .append(" |\n");
    }
    out.append("\nTargets, as ratios from this run:\n\n");
    out.append("| Target | Measured | Met |\n|---|---|---|\n");
    Optional<Double> rubric = micros(byName, "EvaluateBenchmark.rubric");
    Optional<Double> hand = micros(byName, "EvaluateBenchmark.handWritten");
    Optional<Double> cel = micros(byName, "EvaluateBenchmark.cel");
    if (rubric.isPresent() && hand.isPresent()) {
      double ratio = rubric.get() / hand.get();
      target(
          out,
          "evaluation per unit ≤ 2× hand-written Java",
          fmt(rubric.get()) + " µs vs " + fmt(hand.get()) + " µs: " + fmt(ratio) + "×",
          ratio <= 2);
    }
    if (rubric.isPresent() && cel.isPresent()) {
      double ratio = cel.get() / rubric.get();
      target(
          out,
          "evaluation per unit ≥ 2× faster than CEL",
          "CEL " + fmt(cel.get()) + " µs vs " + fmt(rubric.get()) + " µs: " + fmt(ratio) + "×",
          ratio >= 2);
    }
    Optional<Double> alloc =
        Optional.ofNullable(byName.get("EvaluateBenchmark.rubric"))
            .map(
                r ->
                    r.path("secondaryMetrics")
                        .path("gc.alloc.rate.norm")
                        .path("score")
                        .asDouble(Double.NaN))
            .filter(a -> !Double.isNaN(a));
    alloc.ifPresent(
        a -> target(out, "allocation per unit evaluated ≤ 15 KiB", bytes(a), a <= 15 * 1024));
    Optional<Double> c500 =
        Optional.ofNullable(byName.get("CompileBenchmark.generated[size=500]"))
            .map(
                r ->
                    toMicros(
                            r.path("primaryMetric").path("score").asDouble(),
                            r.path("primaryMetric").path("scoreUnit").asText())
                        / 1000);
    c500.ifPresent(ms -> target(out, "compiling 500 criteria < 50 ms", fmt(ms) + " ms", ms < 50));
    Optional<Double> cohort =
        Optional.ofNullable(byName.get("CohortBenchmark.rubricStreaming[units=10000]"))
            .map(
                r ->
                    toMicros(
                            r.path("primaryMetric").path("score").asDouble(),
                            r.path("primaryMetric").path("scoreUnit").asText())
                        / 1000);
    cohort.ifPresent(
        ms ->
            target(
                out,
                "10,000 units evaluated and ranked (streaming, as `rubric rank` does) < 0.5 s"
                    + " (2 cores, -Xmx512m)",
                fmt(ms) + " ms",
                ms < 500));
    Optional<Double> small = perUnit(byName, "ScalingBenchmark.rubric[units=1000]", 1000);
    Optional<Double> large = perUnit(byName, "ScalingBenchmark.rubric[units=100000]", 100_000);
    if (small.isPresent() && large.isPresent()) {
      double ratio = large.get() / small.get();
      target(
          out,
          "time per unit flat from 1,000 to 100,000 units (within 1.5×)",
          fmt(small.get()) + " → " + fmt(large.get()) + " µs/unit: " + fmt(ratio) + "×",
          ratio <= 1.5);
    }
    System.out.print(out);
  }

  private static void target(StringBuilder out, String what, String measured, boolean met) {
    out.append("| ")
        .append(what)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(met ? "yes" : "**no**")
        .append(" |\n");
  }

  private static Optional<Double> micros(Map<String, JsonNode> byName, String name) {
    return Optional.ofNullable(byName.get(name))
        .map(
            r ->
                toMicros(
                    r.path("primaryMetric").path("score").asDouble(),
                    r.path("primaryMetric").path("scoreUnit").asText()));
  }

  private static Optional<Double> perUnit(Map<String, JsonNode> byName, String name, int units) {
    return micros(byName, name).map(us -> us / units);
  }

  private static double toMicros(double score, String unit) {
    return switch (unit) {
      case "ns/op" -> score / 1000;
      case "us/op" -> score;
      case "ms/op" -> score * 1000;
      case "s/op" -> score * 1_000_000;
      default ->
          throw new IllegalArgumentException(
              "unit: expected a time per operation but found " + unit);
    };
  }

  private static String fmt(double v) {
    double a = Math.abs(v);
    return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
  }

  private static String bytes(double b) {
    return b >= 1 << 20
        ? fmt(b / (1 << 20)) + " MiB"
        : b >= 1 << 10 ? fmt(b / (1 << 10)) + " KiB" : fmt(b) + " B";
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }

  private static String memoryGiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return (kb + (1 << 19)) / (1 << 20) + " GiB RAM";
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return "RAM unknown";
  }
}
