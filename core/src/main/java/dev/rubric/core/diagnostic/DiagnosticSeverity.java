package dev.rubric.core.diagnostic;

import dev.rubric.core.Language;
import java.util.Locale;

/** How serious a {@link Diagnostic} is. Only {@link #ERROR} makes a compilation fail. */
public enum DiagnosticSeverity {
  /** The input is invalid; no catalog is produced. */
  ERROR,
  /** The input is valid but probably not what the author meant. */
  WARNING,
  /** Extra information, usually attached to another diagnostic's location. */
  NOTE;

  /**
   * Returns the lowercase name shown in rendered diagnostics: {@code error}, {@code warning},
   * {@code note}.
   */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the lowercase name shown in diagnostics rendered in {@code language}: in Vietnamese
   * {@code lỗi}, {@code cảnh báo}, {@code ghi chú}; in English as {@link #displayName()}.
   */
  public String displayName(Language language) {
    if (language != Language.VI) {
      return displayName();
    }
    return switch (this) {
      case ERROR -> "lỗi";
      case WARNING -> "cảnh báo";
      case NOTE -> "ghi chú";
    };
  }
}
