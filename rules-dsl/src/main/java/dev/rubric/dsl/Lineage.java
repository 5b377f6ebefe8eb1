package dev.rubric.dsl;

import dev.rubric.core.result.CatalogLayer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a layered catalog came from: its layers (base first, the compiled catalog last) and, for
 * every node and every property a layer set, which layer set it and where. A catalog compiled from
 * one text has one layer and every setting in it; one built with the Java API or compiled from a
 * {@code Catalog} value has one layer, named after its source, and no settings. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * for (Lineage.Setting s : compiled.lineage().settings("1.5", "max")) {
 *   System.out.println(s.value().orElse("") + " set by " + s.layer().catalogId() + " at line " + s.line());
 * }
 * }</pre>
 */
public final class Lineage {

  /**
   * One text of the catalog.
   *
   * @param catalogId the id the text declares
   * @param catalogVersion the version the text declares
   * @param hash {@code sha256:} and the hash of the text as read (UTF-8)
   * @param file the name of the text: its path, or what the resolver named it
   */
  public record Layer(String catalogId, String catalogVersion, String hash, String file) {
    /** Checks that no component is null. */
    public Layer {
      Objects.requireNonNull(catalogId, "catalogId");
      Objects.requireNonNull(catalogVersion, "catalogVersion");
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(file, "file");
    }

    /** Returns the layer as a scorecard records it. */
    public CatalogLayer toCatalogLayer() {
      return new CatalogLayer(catalogId, catalogVersion, hash);
    }
  }

  /**
   * One property set by one layer.
   *
   * @param code the node's code; empty for a property of the catalog itself
   * @param property what was set: {@code "node"} (the node was defined), {@code title}, {@code
   *     max}, {@code channel}, {@code applies-when}, {@code rule}, {@code findings}, {@code
   *     recommend}, {@code silent}, {@code lets} or {@code removed}; for the catalog {@code title},
   *     {@code issuer}, {@code decision}, {@code applies-to}, {@code index}, {@code bands} or
   *     {@code round}
   * @param layer the layer that set it
   * @param line the 1-based line in the layer's text
   * @param column the 1-based column in the layer's text
   * @param value the value set, for a max (such as {@code "5"})
   */
  public record Setting(
      String code, String property, Layer layer, int line, int column, Optional<String> value) {
    /** Checks that no component is null. */
    public Setting {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(layer, "layer");
      Objects.requireNonNull(value, "value");
    }
  }

  private final List<Layer> layers;
  private final List<Setting> settings;

  Lineage(List<Layer> layers, List<Setting> settings) {
    this.layers = List.copyOf(layers);
    this.settings = List.copyOf(settings);
  }

  /** Returns the layers, base first; the last one is the compiled catalog's own text. */
  public List<Layer> layers() {
    return layers;
  }

  /** Returns whether the catalog was resolved from more than one text. */
  public boolean isLayered() {
    return layers.size() > 1;
  }

  /** Returns every setting, in the order the layers made them (base first). */
  public List<Setting> settings() {
    return settings;
  }

  /** Returns the settings of node {@code code} (empty for the catalog's own), base first. */
  public List<Setting> settings(String code) {
    Objects.requireNonNull(code, "code");
    return settings.stream().filter(s -> s.code().equals(code)).toList();
  }

  /**
   * Returns the settings of {@code property} of node {@code code}, base first: the last one is in
   * force, the ones before it were overridden.
   */
  public List<Setting> settings(String code, String property) {
    Objects.requireNonNull(property, "property");
    return settings(code).stream().filter(s -> s.property().equals(property)).toList();
  }

  /** Returns the layers as a scorecard records them; empty unless {@link #isLayered()}. */
  List<CatalogLayer> catalogLayers() {
    return isLayered() ? layers.stream().map(Layer::toCatalogLayer).toList() : List.of();
  }
}
