package dev.rubric.dsl;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.internal.layer.Merge;
import dev.rubric.dsl.internal.syntax.LayerSyntax;
import dev.rubric.dsl.internal.syntax.LayerText;
import dev.rubric.dsl.internal.syntax.Syntax;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves a catalog text and the bases it extends into one chain of parsed texts, merges them and
 * records the lineage. The texts share one space of offsets ({@link LayerText}); diagnostics are
 * mapped back to their own text at the end. Made for one compilation.
 */
final class LayerResolution {
  private static final Pattern RANGE = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(x|\\d+))?");

  /**
   * The outcome: the chain (compiled text first), the merged catalog when there was no error, its
   * spans and lineage, and the diagnostics in the shared space of offsets.
   */
  record Outcome(
      List<LayerText> chain,
      Optional<Syntax.Catalog> catalog,
      Optional<dev.rubric.dsl.internal.syntax.Spans> spans,
      Optional<Lineage> lineage,
      List<Diagnostic> diagnostics) {}

  private final CatalogResolver resolver;
  private final Limits limits;
  private final List<LayerText> chain = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int nextOffset;

  private LayerResolution(CatalogResolver resolver, Limits limits) {
    this.resolver = resolver;
    this.limits = limits;
  }

  static Outcome resolve(SourceText root, CatalogResolver resolver, Limits limits) {
    LayerResolution r = new LayerResolution(resolver, limits);
    return r.run(root);
  }

  private Outcome run(SourceText root) {
    LayerText text = parse(root);
    while (usable(text)) {
      LayerSyntax.Layer layer = text.layer();
      Optional<LayerSyntax.Extends> base = layer.base();
      if (base.isEmpty()) {
        if (!layer.overrides().isEmpty() || !layer.removals().isEmpty()) {
          SourceSpan at =
              layer.overrides().isEmpty()
                  ? layer.removals().get(0).span()
                  : layer.overrides().get(0).span();
          diagnostics.add(
              Diagnostic.of(
                  DiagnosticCode.LAYER_WITHOUT_BASE,
                  Words.say("dsl.layer-without-base"),
                  at,
                  Words.say("dsl.hint.add-extends")));
        }
        break;
      }
      Optional<SourceText> found = find(text, base.get());
      if (found.isEmpty()) {
        break;
      }
      text = parse(found.get());
    }
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return failed();
    }
    List<LayerText> baseFirst = new ArrayList<>(chain);
    java.util.Collections.reverse(baseFirst);
    Merge.Result merged = Merge.merge(baseFirst);
    diagnostics.addAll(merged.diagnostics());
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return failed();
    }
    Lineage lineage = lineage(baseFirst, merged.settings());
    dev.rubric.dsl.internal.syntax.Spans spans =
        chain.size() == 1
            ? chain.get(0).spans()
            : LayerText.spansOf(merged.catalog(), chain, merged.decisionDate());
    Syntax.Catalog catalog =
        chain.size() == 1 ? chain.get(0).catalog().orElseThrow() : merged.catalog();
    return new Outcome(
        List.copyOf(chain),
        Optional.of(catalog),
        Optional.of(spans),
        Optional.of(lineage),
        List.copyOf(diagnostics));
  }

  private Outcome failed() {
    return new Outcome(
        List.copyOf(chain),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.copyOf(diagnostics));
  }

  private LayerText parse(SourceText source) {
    LayerText t = LayerText.parse(source, limits, nextOffset);
    nextOffset += source.content().length() + 1;
    chain.add(t);
    diagnostics.addAll(t.diagnostics());
    return t;
  }

  private boolean usable(LayerText t) {
    return t.catalog().isPresent() && t.diagnostics().stream().noneMatch(Diagnostic::isError);
  }

  /** Finds the base {@code ext} names for {@code layer}, or reports why there is none. */
  private Optional<SourceText> find(LayerText layer, LayerSyntax.Extends ext) {
    String id = ext.id().value();
    SourceSpan idAt = ext.id().span().orElse(ext.span());
    SourceSpan rangeAt = ext.range().span().orElse(ext.span());
    List<String> ids = new ArrayList<>();
    for (LayerText t : chain) {
      ids.add(t.catalog().orElseThrow().id().value());
    }
    if (ids.contains(id)) {
      List<String> cycle = new ArrayList<>(ids.subList(ids.indexOf(id), ids.size()));
      cycle.add(id);
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.EXTENDS_CYCLE,
              Words.say(
                  "dsl.extends-cycle",
                  "id",
                  layer.catalog().orElseThrow().id().value(),
                  "base",
                  id,
                  "cycle",
                  cycle.stream().map(s -> "'" + s + "'").collect(Collectors.joining(" → "))),
              idAt,
              Words.say("dsl.hint.extends-cycle")));
      return Optional.empty();
    }
    Optional<Range> range = Range.parse(ext.range().value());
    if (range.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.INVALID_VERSION_RANGE,
              Words.say("dsl.invalid-version-range", "found", ext.range().value()),
              rangeAt));
      return Optional.empty();
    }
    List<SourceText> inRange = new ArrayList<>();
    List<String> versions = new ArrayList<>();
    List<String> inRangeVersions = new ArrayList<>();
    for (SourceText candidate : resolver.candidates(id)) {
      Optional<List<String>> header = LayerText.header(candidate, limits);
      if (header.isEmpty() || !header.get().get(0).equals(id)) {
        continue;
      }
      String v = header.get().get(1);
      versions.add(v);
      if (range.get().matches(v)) {
        inRange.add(candidate);
        inRangeVersions.add(v);
      }
    }
    if (versions.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.BASE_NOT_FOUND,
              Words.say("dsl.base-not-found", "id", id),
              idAt,
              Words.say("dsl.hint.base-not-found", "id", id, "range", ext.range().value())));
      return Optional.empty();
    }
    if (inRange.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.BASE_OUTSIDE_RANGE,
              Words.say(
                  versions.size() == 1 ? "dsl.base-outside-range-one" : "dsl.base-outside-range",
                  "id",
                  id,
                  "versions",
                  versions.stream()
                      .sorted(LayerResolution::compareVersions)
                      .map(v -> "'" + v + "'")
                      .collect(Collectors.joining(", ")),
                  "range",
                  ext.range().value()),
              rangeAt,
              Words.say("dsl.hint.widen-range", "id", id)));
      return Optional.empty();
    }
    int best = 0;
    for (int i = 1; i < inRange.size(); i++) {
      if (compareVersions(inRangeVersions.get(i), inRangeVersions.get(best)) > 0) {
        best = i;
      }
    }
    return Optional.of(inRange.get(best));
  }

  private static Lineage lineage(List<LayerText> baseFirst, List<Merge.Setting> settings) {
    List<Lineage.Layer> layers = new ArrayList<>();
    for (LayerText t : baseFirst) {
      Syntax.Catalog c = t.catalog().orElseThrow();
      layers.add(
          new Lineage.Layer(
              c.id().value(),
              c.version().value(),
              "sha256:" + sha256(t.source().content()),
              t.source().name()));
    }
    List<Lineage.Setting> out = new ArrayList<>();
    for (Merge.Setting s : settings) {
      LayerText t = baseFirst.get(s.layer());
      int local = Math.max(0, s.span().start() - t.offset());
      int at = Math.min(local, t.source().content().length());
      out.add(
          new Lineage.Setting(
              s.code(),
              s.property(),
              layers.get(s.layer()),
              t.source().lineOf(at),
              t.source().columnOf(at),
              s.value()));
    }
    return new Lineage(layers, out);
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("bug: SHA-256 is required of every JVM", e);
    }
  }

  /** Compares two versions by their numbers (major, minor, patch), then as text. */
  static int compareVersions(String a, String b) {
    List<BigInteger> x = numbers(a);
    List<BigInteger> y = numbers(b);
    for (int i = 0; i < 3; i++) {
      int c = x.get(i).compareTo(y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return a.compareTo(b);
  }

  private static List<BigInteger> numbers(String v) {
    List<BigInteger> out = new ArrayList<>();
    Matcher m = Pattern.compile("(\\d+)").matcher(v);
    while (m.find() && out.size() < 3) {
      out.add(new BigInteger(m.group(1)));
    }
    while (out.size() < 3) {
      out.add(BigInteger.ZERO);
    }
    return out;
  }

  /**
   * A version range: an exact version ({@code 2022.1.0}; a missing patch is 0) or a prefix ending
   * in {@code .x} ({@code 2022.x}, {@code 2022.1.x}).
   */
  record Range(List<BigInteger> prefix, boolean exact) {
    static Optional<Range> parse(String text) {
      Matcher m = RANGE.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
      List<BigInteger> prefix = new ArrayList<>();
      prefix.add(new BigInteger(m.group(1)));
      boolean exact = true;
      if (m.group(2) != null) {
        prefix.add(new BigInteger(m.group(2)));
      }
      String third = m.group(3);
      if (third == null) {
        if (m.group(2) == null) {
          return Optional.empty();
        }
        prefix.add(BigInteger.ZERO);
      } else if (third.equals("x")) {
        exact = false;
      } else {
        prefix.add(new BigInteger(third));
      }
      return Optional.of(new Range(List.copyOf(prefix), exact));
    }

    boolean matches(String version) {
      if (!dev.rubric.core.internal.Text.isSemanticVersion(version)) {
        return false;
      }
      List<BigInteger> v = numbers(version);
      int n = exact ? 3 : prefix.size();
      for (int i = 0; i < n; i++) {
        if (!v.get(i).equals(prefix.get(i))) {
          return false;
        }
      }
      return !exact || !version.contains("-");
    }
  }
}
