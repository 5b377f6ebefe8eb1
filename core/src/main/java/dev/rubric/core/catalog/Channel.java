package dev.rubric.core.catalog;

/** How a criterion's points are obtained. */
public enum Channel {
  /** Scored by an appraisal council from the unit's evidence (thẩm định). */
  APPRAISAL,
  /** Supplied by a sociological survey of citizens and organisations (điều tra xã hội học). */
  SURVEY,
  /** Measured automatically by an information system (e.g. the one-stop software). */
  SYSTEM_MEASURED
}
