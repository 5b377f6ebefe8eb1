package dev.rubric.core;

import dev.rubric.core.internal.Checks;
import dev.rubric.core.internal.Text;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * An administrative unit as it stood in one period: a commune, ward, town, district, province or
 * department, with the attributes that applicability rules read.
 *
 * <p>A unit is a snapshot, not master data: kinds and parents change (districts were abolished in
 * 2025), so {@link #level()} and {@link #kind()} are open codes rather than enums. Build one with
 * {@link #builder()}:
 *
 * <pre>{@code
 * Unit phuThong = Unit.builder()
 *     .code("01969")
 *     .name("Thị trấn Phủ Thông")
 *     .level("commune")
 *     .kind("thi_tran")
 *     .parentCode("063")
 *     .putAttributes("mot_cua", AttributeValue.of(true))
 *     .build();
 * }</pre>
 *
 * <p>Invariants, checked by {@code build()} and every {@code with*} copy (an {@link
 * IllegalArgumentException} names the field, the rule and the value): the code is non-blank without
 * surrounding spaces; the name is non-blank; level and kind are lowercase codes ({@code a-z},
 * {@code 0-9}, {@code '_'}); the parent differs from the unit; attribute keys are identifiers.
 * Every string is NFC-normalised. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Unit {

  Unit() {}

  /** Returns a builder; {@code code}, {@code name}, {@code level} and {@code kind} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Unit}; obtained from {@link Unit#builder()}. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }

  /** Returns the administrative code, e.g. {@code "01969"}. */
  public abstract String code();

  /** Returns the official name, e.g. {@code "Thị trấn Phủ Thông"}. */
  public abstract String name();

  /** Returns the level, an open lowercase code such as {@code "commune"} or {@code "province"}. */
  public abstract String level();

  /**
   * Returns the kind, an open lowercase code such as {@code "xa"}, {@code "phuong"} or {@code
   * "thi_tran"}.
   */
  public abstract String kind();

  /** Returns the code of the unit this one belongs to in the period, if any. */
  public abstract Optional<String> parentCode();

  /** Returns the typed attributes by key, in key order. */
  @Value.NaturalOrder
  public abstract SortedMap<String, AttributeValue> attributes();

  /** Returns the attribute {@code key}, if the unit has it. */
  public Optional<AttributeValue> attribute(String key) {
    return Optional.ofNullable(attributes().get(Text.nfc(key)));
  }

  @Value.Check
  Unit normalize() {
    String code = Text.code("unit.code", code());
    String name = Text.nonBlank("unit.name", name());
    String level = Checks.lowercaseCode("unit.level", level());
    String kind = Checks.lowercaseCode("unit.kind", kind());
    Optional<String> parent = parentCode().map(p -> Text.code("unit.parentCode", p));
    if (parent.isPresent() && parent.get().equals(code)) {
      throw new IllegalArgumentException(
          "unit.parentCode: expected the code of another unit but found the unit's own code '"
              + code
              + "'");
    }
    SortedMap<String, AttributeValue> attributes = new TreeMap<>();
    attributes()
        .forEach(
            (k, v) -> {
              String key = Checks.identifier("unit.attributes", k);
              if (attributes.put(key, v) != null) {
                throw new IllegalArgumentException(
                    "unit.attributes: expected distinct keys but found '"
                        + key
                        + "' twice after NFC normalisation");
              }
            });
    if (code.equals(code())
        && name.equals(name())
        && level.equals(level())
        && kind.equals(kind())
        && parent.equals(parentCode())
        && attributes.keySet().equals(attributes().keySet())) {
      return this;
    }
    return new Builder()
        .code(code)
        .name(name)
        .level(level)
        .kind(kind)
        .parentCode(parent)
        .attributes(attributes)
        .build();
  }
}
