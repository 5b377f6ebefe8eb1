package dev.rubric.cohort.compare;

/**
 * The kinds of change between two catalog versions, each with the version bump it requires and its
 * effect on the comparability of the node it concerns (catalog-level kinds concern no node).
 */
public enum ChangeKind {
  /** The catalog's scope ({@code applies-to}) changed. */
  SCOPE_CHANGED("scope-changed", Bump.MAJOR, Comparability.NOT_COMPARABLE),
  /** The index formula changed. */
  INDEX_CHANGED("index-changed", Bump.MAJOR, Comparability.NOT_COMPARABLE),
  /** The published index's rounding changed. */
  ROUNDING_CHANGED("rounding-changed", Bump.MAJOR, Comparability.COMPARABLE),
  /** A band's bounds changed, or bands were added or removed. */
  BANDS_CHANGED("bands-changed", Bump.MAJOR, Comparability.NOT_COMPARABLE),
  /** Band labels changed, bounds did not. */
  BAND_LABELS_CHANGED("band-labels-changed", Bump.PATCH, Comparability.COMPARABLE),
  /** A required input was declared. */
  INPUT_ADDED("input-added", Bump.MAJOR, Comparability.COMPARABLE),
  /** An optional input was declared. */
  OPTIONAL_INPUT_ADDED("optional-input-added", Bump.MINOR, Comparability.COMPARABLE),
  /** An input was removed. */
  INPUT_REMOVED("input-removed", Bump.MAJOR, Comparability.COMPARABLE),
  /** An input's type, options, unit or requiredness changed. */
  INPUT_CHANGED("input-changed", Bump.MAJOR, Comparability.COMPARABLE),
  /** An input's label or direction changed. */
  INPUT_RELABELLED("input-relabelled", Bump.PATCH, Comparability.COMPARABLE),
  /** A catalog-wide {@code let} changed (the nodes that read it have a rule change). */
  LET_CHANGED("let-changed", Bump.MAJOR, Comparability.NOT_COMPARABLE),
  /** A catalog-wide {@code let} was added. */
  LET_ADDED("let-added", Bump.MINOR, Comparability.COMPARABLE),
  /** A catalog-wide {@code let} was removed. */
  LET_REMOVED("let-removed", Bump.MINOR, Comparability.COMPARABLE),
  /** A node is new. */
  NODE_ADDED("node-added", Bump.MAJOR, Comparability.NOT_COMPARABLE),
  /** A node is gone (without a mapping to a new code). */
  NODE_REMOVED("node-removed", Bump.MAJOR, Comparability.NOT_COMPARABLE),
  /** Several old nodes were mapped to one new node. */
  NODE_MERGED("node-merged", Bump.MAJOR, Comparability.NOT_COMPARABLE),
  /** A node has a new code (through the mapping). */
  NODE_RENUMBERED("node-renumbered", Bump.MAJOR, Comparability.COMPARABLE),
  /** A node has another parent, or moved between the main tree, bonus and penalty blocks. */
  NODE_MOVED("node-moved", Bump.MAJOR, Comparability.COMPARABLE),
  /** A node's title changed. */
  TITLE_CHANGED("title-changed", Bump.PATCH, Comparability.COMPARABLE),
  /** A node's maximum changed. */
  MAX_CHANGED("max-changed", Bump.MAJOR, Comparability.RESCALED),
  /** A node's rule (or its lets, or a catalog let it reads) changed. */
  RULE_CHANGED("rule-changed", Bump.MAJOR, Comparability.NOT_COMPARABLE),
  /** A node's {@code applies-when} condition changed, appeared or went. */
  APPLICABILITY_CHANGED("applicability-changed", Bump.MAJOR, Comparability.NOT_COMPARABLE),
  /** What a node contributes when it does not apply changed. */
  NA_POLICY_CHANGED("na-policy-changed", Bump.MAJOR, Comparability.NOT_COMPARABLE),
  /** A node's channel changed. */
  CHANNEL_CHANGED("channel-changed", Bump.MAJOR, Comparability.COMPARABLE),
  /** A node's findings, recommendation or silence changed; its points did not. */
  FINDINGS_CHANGED("findings-changed", Bump.MINOR, Comparability.COMPARABLE);

  private final String code;
  private final Bump bump;
  private final Comparability effect;

  ChangeKind(String code, Bump bump, Comparability effect) {
    this.code = code;
    this.bump = bump;
    this.effect = effect;
  }

  /** Returns the code used in JSON and CSV, e.g. {@code max-changed}. */
  public String code() {
    return code;
  }

  /** Returns the version bump this change requires. */
  public Bump bump() {
    return bump;
  }

  /** Returns the effect on the comparability of the node concerned. */
  public Comparability effect() {
    return effect;
  }
}
