package dev.rubric.core.catalog;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.finding.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding a criterion raises: {@code finding major when not quy_che_thuc_hien "Thực hiện quy chế
 * làm việc chưa đầy đủ" en "…"}. The message may hold placeholders such as {@code {rate}} (a {@code
 * let} or input of the node), {@code {earned}} and {@code {max}}.
 *
 * @param severity how serious the finding is
 * @param condition when the finding is raised; absent means "whenever the criterion is below its
 *     applicable max"
 * @param message the localized message template
 */
public record FindingTemplate(Severity severity, Optional<Expr> condition, LocalizedText message) {
  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public FindingTemplate {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(message, "message");
  }
}
