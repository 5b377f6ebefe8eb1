package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.catalog.Node;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.CatalogResolver;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Lineage;
import dev.rubric.dsl.Rubric;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of catalog layering over random valid catalogs from {@link CatalogGens}: a layer that
 * changes nothing resolves to its base exactly.
 */
class LayerProperties {

  private static CompiledCatalog base(String text) {
    return Rubric.standard().compile(SourceText.of("base.rubric", text)).orElseThrow();
  }

  /** Compiles {@code layer} over the base {@code text}, which the resolver has under its id. */
  private static CompiledCatalog resolve(String layer, String text, String id) {
    CatalogResolver resolver =
        wanted -> wanted.equals(id) ? List.of(SourceText.of("base.rubric", text)) : List.of();
    return Rubric.standard().compile(SourceText.of("layer.rubric", layer), resolver).orElseThrow();
  }

  private static String header(CompiledCatalog base) {
    return "catalog \"layer\" version \"9.0.0\" extends \""
        + base.catalog().id()
        + "\" version \""
        + base.catalog().version()
        + "\" {\n";
  }

  /** The canonical text without its first line, which names the catalog's id and version. */
  private static String body(CompiledCatalog c) {
    String text = c.print();
    return text.substring(text.indexOf('\n') + 1);
  }

  @Test
  void resolve_layerThatOverridesNothing_isItsBaseExactly() {
    Properties.forAll(CatalogGens.catalogs())
        .check(
            text -> {
              CompiledCatalog base = base(text);
              CompiledCatalog resolved = resolve(header(base) + "}\n", text, base.catalog().id());

              assertThat(resolved.catalog().id()).isEqualTo("layer");
              assertThat(body(resolved)).isEqualTo(body(base));
              assertThat(resolved.catalog().nodes()).isEqualTo(base.catalog().nodes());
              assertThat(resolved.catalog().inputs()).isEqualTo(base.catalog().inputs());
              assertThat(resolved.lineage().settings())
                  .extracting(s -> s.layer().catalogId())
                  .containsOnly(base.catalog().id());
            });
  }

  @Test
  void resolve_layerThatRestatesEveryMax_isItsBaseExactly() {
    Properties.forAll(CatalogGens.catalogs())
        .check(
            text -> {
              CompiledCatalog base = base(text);
              StringBuilder layer = new StringBuilder(header(base));
              List<Node> all = new ArrayList<>();
              base.catalog().nodes().forEach(n -> collect(n, all));
              for (Node n : all) {
                layer
                    .append("  override \"")
                    .append(n.code())
                    .append("\" max ")
                    .append(n.max())
                    .append('\n');
              }
              layer.append("}\n");
              CompiledCatalog resolved = resolve(layer.toString(), text, base.catalog().id());

              assertThat(body(resolved)).isEqualTo(body(base));
              for (Node n : all) {
                List<Lineage.Setting> max = resolved.lineage().settings(n.code(), "max");
                assertThat(max.get(max.size() - 1).layer().catalogId()).isEqualTo("layer");
              }
            });
  }

  private static void collect(Node n, List<Node> out) {
    out.add(n);
    n.children().forEach(c -> collect(c, out));
  }
}
