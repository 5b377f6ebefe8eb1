package dev.rubric.cohort.robust;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when the options of a robustness analysis give a spread to an area whose weight the
 * analysis does not perturb: a code that is no area of the catalog, or an area outside a weighted
 * index. It carries the code and the codes that would do, so that a host can word the problem in
 * its user's language; its message is English.
 */
public final class UnknownAreaException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The code as given. */
  private final String code;

  /** The codes of the perturbed areas, in catalog order. */
  @SuppressWarnings("serial") // an immutable List.copyOf, serializable in practice
  private final List<String> areas;

  /** Creates the exception for {@code code}, which is none of {@code areas}. */
  public UnknownAreaException(String code, List<String> areas) {
    super(
        "spread of area '"
            + Objects.requireNonNull(code, "code")
            + "': expected one of the perturbed areas "
            + List.copyOf(areas)
            + " but found none of that code");
    this.code = code;
    this.areas = List.copyOf(areas);
  }

  /** Returns the code given for a spread. */
  public String code() {
    return code;
  }

  /** Returns the codes of the areas whose weights the analysis perturbs, in catalog order. */
  public List<String> areas() {
    return areas;
  }
}
