package dev.rubric.core.waiver;

import java.util.Objects;

/**
 * Where a waiver was read: the document's name, the 1-based line and column where the waiver's
 * object starts and its JSON path, e.g. {@code waivers.json:5:5: $.waivers[0]}. Evaluation errors
 * about a waiver (a criterion the catalog does not have, points above the criterion's maximum) name
 * it with this.
 *
 * @param source the document's name, usually its file name
 * @param line the 1-based line of the waiver's object
 * @param column the 1-based column of the waiver's object
 * @param path the JSON path of the waiver's object, e.g. {@code $.waivers[0]}
 */
public record WaiverLocation(String source, int line, int column, String path) {

  /** Validates the components. */
  public WaiverLocation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
  }
}
