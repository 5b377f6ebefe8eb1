package dev.rubric.core.catalog;

/** The role of a node in a catalog's tree. */
public enum NodeKind {
  /** An evaluation area (lĩnh vực), at the top of the tree. */
  AREA("area"),
  /** A criterion or sub-criterion (tiêu chí, tiêu chí thành phần), at any depth. */
  CRITERION("criterion"),
  /** An item of the bonus block, outside the 100 points. */
  BONUS("bonus"),
  /** An item of the penalty block, outside the 100 points; earns zero or negative points. */
  PENALTY("penalty");

  private final String keyword;

  NodeKind(String keyword) {
    this.keyword = keyword;
  }

  /** Returns the keyword that introduces such a node in catalog text. */
  public String keyword() {
    return keyword;
  }
}
