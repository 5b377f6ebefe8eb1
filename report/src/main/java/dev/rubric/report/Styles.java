package dev.rubric.report;

import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.NodeStatus;

/** The terminal styles of statuses and severities. */
final class Styles {
  private Styles() {}

  /** Returns the style of {@code status} for a node of {@code kind}: dim for a bonus not earned. */
  static Ansi.Style[] of(NodeStatus status, NodeKind kind) {
    return status.isNeutral(kind) ? new Ansi.Style[] {Ansi.Style.DIM} : of(status);
  }

  static Ansi.Style[] of(NodeStatus status) {
    switch (status) {
      case MET:
        return new Ansi.Style[] {Ansi.Style.GREEN};
      case PARTIAL:
        return new Ansi.Style[] {Ansi.Style.YELLOW};
      case NOT_MET:
        return new Ansi.Style[] {Ansi.Style.RED};
      case INSUFFICIENT_EVIDENCE:
        return new Ansi.Style[] {Ansi.Style.MAGENTA};
      case ERROR:
        return new Ansi.Style[] {Ansi.Style.RED, Ansi.Style.BOLD};
      case NOT_APPLICABLE:
      default:
        return new Ansi.Style[] {Ansi.Style.DIM};
    }
  }

  static Ansi.Style[] of(Severity severity) {
    switch (severity) {
      case CRITICAL:
        return new Ansi.Style[] {Ansi.Style.RED, Ansi.Style.BOLD};
      case MAJOR:
        return new Ansi.Style[] {Ansi.Style.RED};
      case MINOR:
        return new Ansi.Style[] {Ansi.Style.YELLOW};
      case INFO:
      default:
        return new Ansi.Style[] {Ansi.Style.CYAN};
    }
  }
}
