package dev.rubric.dsl;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.Diagnostics;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.internal.check.Checker;
import dev.rubric.dsl.internal.eval.Engine;
import dev.rubric.dsl.internal.print.Printer;
import dev.rubric.dsl.internal.syntax.Parser;
import dev.rubric.dsl.internal.syntax.Spans;
import dev.rubric.dsl.internal.syntax.Syntax;
import dev.rubric.dsl.internal.syntax.SyntaxOf;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  /** Compiles catalog text. Never throws on any text: problems are diagnostics. */
  public Compilation compile(SourceText source) {
    Objects.requireNonNull(source, "source");
    long start = System.nanoTime();
    Parser.Result parsed = Parser.parse(source, limits);
    // A syntax error drops part of the tree; checking the rest would report its consequences
    // (sums that no longer add up, inputs that look unused) as further mistakes.
    if (parsed.catalog().isEmpty() || parsed.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return new Compilation(source, Diagnostics.sorted(parsed.diagnostics()), Optional.empty());
    }
    Compilation c = check(source, parsed.catalog().get(), parsed.spans(), parsed.diagnostics());
    if (log.isDebugEnabled()) {
      log.debug(
          "compiled {} in {} ms with {} diagnostics",
          source.name(),
          (System.nanoTime() - start) / 1_000_000,
          c.diagnostics().size());
    }
    return c;
  }

  /**
   * Compiles a catalog made with the Java builder API; diagnostics name node paths, not positions.
   */
  public Compilation compile(CatalogBuilder builder) {
    Objects.requireNonNull(builder, "builder");
    return check(SourceText.of(builder.name(), ""), builder.toSyntax(), new Spans(), List.of());
  }

  /** Checks and compiles a catalog value (for example one read back from canonical text). */
  public Compilation compile(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return check(
        SourceText.of(catalog.id() + ".rubric", ""),
        SyntaxOf.catalog(catalog),
        new Spans(),
        List.of());
  }

  /**
   * Returns the canonical text of {@code catalog}. Compiling the text gives back an equal catalog:
   * {@code compile(print(c)).catalog().catalog().equals(c)}.
   */
  public static String print(Catalog catalog) {
    return Printer.print(Objects.requireNonNull(catalog, "catalog"));
  }

  private Compilation check(
      SourceText source, Syntax.Catalog syntax, Spans spans, List<Diagnostic> earlier) {
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
    Engine engine = Engine.compile(catalog, checked.resolution(), hash);
    return new Compilation(
        source,
        Diagnostics.sorted(all),
        Optional.of(new CompiledCatalog(catalog, hash, text, engine)));
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("bug: SHA-256 is required of every JVM", e);
    }
  }
}
