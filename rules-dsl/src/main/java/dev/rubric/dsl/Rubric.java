package dev.rubric.dsl;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.Diagnostics;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.internal.check.Checker;
import dev.rubric.dsl.internal.eval.Engine;
import dev.rubric.dsl.internal.print.Printer;
import dev.rubric.dsl.internal.syntax.LayerText;
import dev.rubric.dsl.internal.syntax.Spans;
import dev.rubric.dsl.internal.syntax.Syntax;
import dev.rubric.dsl.internal.syntax.SyntaxOf;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the {@code .rubric} language: compiles catalog text, a {@link CatalogBuilder}
 * or a {@link Catalog} value through the same pipeline (parse, check, compile) into a {@link
 * Compilation}. Immutable and thread-safe; build one and reuse it.
 *
 * <pre>{@code
 * Compilation c = Rubric.standard().compile(SourceText.of("cchc-xa.rubric", text));
 * if (c.hasErrors()) {
 *   System.err.println(c.render());
 * }
 * }</pre>
 */
public final class Rubric {
  private static final Logger log = LoggerFactory.getLogger(Rubric.class);
  private static final Rubric STANDARD = new Rubric(Limits.DEFAULT);

  private final Limits limits;

  private Rubric(Limits limits) {
    this.limits = limits;
  }

  /** Returns a compiler with the {@link Limits#DEFAULT default limits}. */
  public static Rubric standard() {
    return STANDARD;
  }

  /** Returns a compiler with {@code limits}. */
  public static Rubric withLimits(Limits limits) {
    return new Rubric(Objects.requireNonNull(limits, "limits"));
  }

  /** Returns this compiler's limits. */
  public Limits limits() {
    return limits;
  }

  /**
   * Compiles catalog text. Never throws on any text: problems are diagnostics. A catalog that
   * {@code extends} another cannot be resolved this way (RB701); see {@link #compile(SourceText,
   * CatalogResolver)}.
   */
  public Compilation compile(SourceText source) {
    return compile(source, CatalogResolver.none());
  }

  /**
   * Compiles catalog text whose catalog may extend others: each {@code extends "id" version
   * "range"} is looked up with {@code resolver}, and the catalog is checked and compiled as the
   * bases merged with the layers above them. Diagnostics are positioned in the text that caused
   * them ({@link Compilation#sourceOf}); the compiled catalog's {@link CompiledCatalog#lineage()}
   * says which layer set what. Never throws on any text; exceptions the resolver throws propagate.
   */
  public Compilation compile(SourceText source, CatalogResolver resolver) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(resolver, "resolver");
    long start = System.nanoTime();
    LayerResolution.Outcome resolved = LayerResolution.resolve(source, resolver, limits);
    Compilation c;
    if (resolved.chain().size() == 1) {
      // One text: as before layering existed. A syntax error drops part of the tree; checking the
      // rest would report its consequences (sums that no longer add up, inputs that look unused)
      // as further mistakes.
      if (resolved.catalog().isEmpty()) {
        return new Compilation(
            source, Diagnostics.sorted(resolved.diagnostics()), Optional.empty());
      }
      c =
          check(
              source,
              resolved.catalog().get(),
              resolved.spans().orElseThrow(),
              resolved.diagnostics(),
              resolved.lineage().orElseThrow());
    } else {
      c = checkLayered(resolved);
    }
    if (log.isDebugEnabled()) {
      log.debug(
          "compiled {} in {} ms with {} diagnostics",
          source.name(),
          (System.nanoTime() - start) / 1_000_000,
          c.diagnostics().size());
    }
    return c;
  }

  private Compilation checkLayered(LayerResolution.Outcome resolved) {
    List<Diagnostic> all = new ArrayList<>(resolved.diagnostics());
    Optional<CompiledCatalog> compiled = Optional.empty();
    if (resolved.catalog().isPresent()) {
      LayerText top = resolved.chain().get(0);
      Compilation c =
          check(
              top.source(),
              resolved.catalog().get(),
              resolved.spans().orElseThrow(),
              List.of(),
              resolved.lineage().orElseThrow());
      all.addAll(c.diagnostics());
      compiled = c.catalog();
    }
    List<SourceText> sources = new ArrayList<>();
    List<List<Diagnostic>> bySource = new ArrayList<>();
    for (LayerText t : resolved.chain()) {
      sources.add(t.source());
      bySource.add(new ArrayList<>());
    }
    for (Diagnostic d : all) {
      int home = 0;
      if (d.span().isPresent()) {
        for (int i = 0; i < resolved.chain().size(); i++) {
          int offset = resolved.chain().get(i).offset();
          if (offset <= d.span().get().start() && offset >= resolved.chain().get(home).offset()) {
            home = i;
          }
        }
      }
      bySource.get(home).add(LayerText.shift(d, -resolved.chain().get(home).offset()));
    }
    return new Compilation(sources, bySource, compiled);
  }

  /**
   * Compiles a catalog made with the Java builder API; diagnostics name node paths, not positions.
   */
  public Compilation compile(CatalogBuilder builder) {
    Objects.requireNonNull(builder, "builder");
    SourceText source = SourceText.of(builder.name(), "");
    return check(source, builder.toSyntax(), new Spans(), List.of(), null);
  }

  /** Checks and compiles a catalog value (for example one read back from canonical text). */
  public Compilation compile(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return check(
        SourceText.of(catalog.id() + ".rubric", ""),
        SyntaxOf.catalog(catalog),
        new Spans(),
        List.of(),
        null);
  }

  /**
   * Returns the canonical text of {@code catalog}. Compiling the text gives back an equal catalog:
   * {@code compile(print(c)).catalog().catalog().equals(c)}.
   */
  public static String print(Catalog catalog) {
    return Printer.print(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Checks and compiles {@code syntax}; {@code lineage} is where it came from, or null for a
   * catalog that came from no text (its one layer is then the compiled catalog itself).
   */
  private Compilation check(
      SourceText source,
      Syntax.Catalog syntax,
      Spans spans,
      List<Diagnostic> earlier,
      @Nullable Lineage lineage) {
    Checker.Result checked = Checker.check(syntax, spans);
    List<Diagnostic> all = new ArrayList<>(earlier);
    all.addAll(checked.diagnostics());
    boolean errors = all.stream().anyMatch(Diagnostic::isError);
    if (errors || checked.catalog().isEmpty()) {
      return new Compilation(source, Diagnostics.sorted(all), Optional.empty());
    }
    Catalog catalog = checked.catalog().get();
    String text = Printer.print(catalog);
    String hash = "sha256:" + sha256(text);
    Lineage origin =
        lineage != null
            ? lineage
            : new Lineage(
                List.of(new Lineage.Layer(catalog.id(), catalog.version(), hash, source.name())),
                List.of());
    Engine engine = Engine.compile(catalog, checked.resolution(), hash, origin.catalogLayers());
    return new Compilation(
        source,
        Diagnostics.sorted(all),
        Optional.of(new CompiledCatalog(catalog, hash, text, engine, origin)));
  }

  private static String sha256(String text) {
    return LayerResolution.sha256(text);
  }
}
