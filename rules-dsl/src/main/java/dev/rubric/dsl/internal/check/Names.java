package dev.rubric.dsl.internal.check;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputRange;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.internal.Text;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageTable;
import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Syntax;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Name resolution: declares inputs, unit attributes and lets (RB129, RB203, RB312), binds every
 * name and {@code unit.x} field to what it refers to (RB204, RB208) and checks the placeholders of
 * finding messages (RB211). Each binding is recorded in the {@link Resolution} under the site of
 * the name, and each input or attribute read is marked used.
 */
final class Names {
  private static final Set<String> RESERVED =
      Set.of("year", "max", "unit", "true", "false", "earned");

  private final Context cx;

  Names(Context cx) {
    this.cx = cx;
  }

  // ---------------------------------------------------------------- declarations

  /** Declares the inputs or attributes {@code declared} into {@code into}, reporting bad ones. */
  void declareInputs(List<Syntax.Input> declared, Declared into) {
    Message what = Words.what(into);
    for (Syntax.Input in : declared) {
      String key = in.key().value();
      if (!Text.isIdentifier(key)) {
        report(
            in.key(),
            DiagnosticCode.INVALID_NAME,
            Words.say("check.invalid-declared-name", "what", what, "name", key));
        continue;
      }
      if (!into.contains(key)) {
        // Undone when the declaration is accepted.
        into.reject(key);
      }
      if (RESERVED.contains(key)) {
        report(
            in.key(),
            DiagnosticCode.DUPLICATE_NAME,
            Words.say("check.reserved-declared-name", "name", key, "what", what));
        continue;
      }
      if (into.contains(key)) {
        report(
            in.key(),
            DiagnosticCode.DUPLICATE_NAME,
            Words.say("check.duplicate-declared", "what", what, "name", key));
        continue;
      }
      if (!optionsFitType(in, into)) {
        continue;
      }
      try {
        into.accept(
            new InputDecl(
                key,
                in.type(),
                in.label(),
                in.direction(),
                in.required(),
                in.options().stream().map(Syntax.Name::value).toList(),
                in.unit(),
                in.range().map(r -> new InputRange(r.low().value(), r.high().value())),
                in.awarded()));
      } catch (IllegalArgumentException e) {
        report(
            in.key(),
            DiagnosticCode.INVALID_NAME,
            Words.say(
                "check.invalid-declaration",
                "what",
                what,
                "name",
                key,
                "reason",
                String.valueOf(e.getMessage())));
      }
    }
  }

  /** Checks options and unit against the input's type (RB312) and options for repeats (RB203). */
  private boolean optionsFitType(Syntax.Input in, Declared into) {
    String key = in.key().value();
    Message what = Words.what(into);
    if (in.type() == InputType.CHOICE && in.options().isEmpty()) {
      report(
          in.key(),
          DiagnosticCode.INVALID_INPUT_DECLARATION,
          Words.say("check.choice-without-options", "what", what, "name", key),
          Words.say("check.hint.add-options"));
      return false;
    }
    if (in.type() != InputType.CHOICE && !in.options().isEmpty()) {
      report(
          in.options().get(0),
          DiagnosticCode.INVALID_INPUT_DECLARATION,
          Words.say(
              "check.options-on-non-choice",
              "type",
              in.type().keyword(),
              "what",
              what,
              "name",
              key,
              "count",
              in.options().size()));
      return false;
    }
    if (in.unit().isPresent() && in.type() != InputType.QUANTITY) {
      report(
          in.key(),
          DiagnosticCode.INVALID_INPUT_DECLARATION,
          Words.say(
              "check.unit-on-non-quantity",
              "what",
              what,
              "name",
              key,
              "type",
              in.type().keyword()));
      return false;
    }
    if (!rangeFitsType(in, into)) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (Syntax.Name o : in.options()) {
      if (!seen.add(o.value())) {
        report(
            o,
            DiagnosticCode.DUPLICATE_NAME,
            Words.say("check.duplicate-option", "option", o.value(), "what", what, "name", key));
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Checks a declared range and the {@code awarded} mark (RB312): a range only on a count or a
   * quantity input, with its lower bound not above its upper; {@code awarded} only on a quantity
   * input, without a range (its range is the node's it scores).
   */
  private boolean rangeFitsType(Syntax.Input in, Declared into) {
    String key = in.key().value();
    boolean input = into.isInputs();
    Message what = Words.what(into);
    if (in.range().isPresent()) {
      Syntax.Range r = in.range().get();
      if (!input || (in.type() != InputType.COUNT && in.type() != InputType.QUANTITY)) {
        cx.report.report(
            r.span(),
            DiagnosticCode.INVALID_INPUT_DECLARATION,
            Words.say(
                "check.range-on-wrong-type",
                "what",
                what,
                "name",
                key,
                "type",
                in.type().keyword()));
        return false;
      }
      if (r.low().value().isGreaterThan(r.high().value())) {
        cx.report.report(
            r.span(),
            DiagnosticCode.INVALID_INPUT_DECLARATION,
            Words.say(
                "check.range-reversed",
                "low",
                r.low().value().toString(),
                "high",
                r.high().value().toString()),
            Words.say(
                "check.hint.range-reversed",
                "high",
                r.high().value().toString(),
                "low",
                r.low().value().toString()));
        return false;
      }
    }
    if (in.awarded()) {
      if (!input || in.type() != InputType.QUANTITY) {
        cx.report.report(
            in.awardedSpan().or(() -> in.key().span()),
            DiagnosticCode.INVALID_INPUT_DECLARATION,
            Words.say(
                "check.awarded-on-wrong-type",
                "what",
                what,
                "name",
                key,
                "type",
                in.type().keyword()));
        return false;
      }
      if (in.range().isPresent()) {
        cx.report.report(
            in.range().get().span(),
            DiagnosticCode.INVALID_INPUT_DECLARATION,
            Words.say("check.range-on-awarded", "name", key),
            Words.say("check.hint.remove-range"));
        return false;
      }
    }
    return true;
  }

  /** Returns whether the let's name is an identifier (RB129); checked before its value. */
  boolean isValidLetName(Syntax.Let l) {
    String name = l.name().value();
    if (!Text.isIdentifier(name)) {
      report(
          l.name(), DiagnosticCode.INVALID_NAME, Words.say("check.invalid-let-name", "name", name));
      return false;
    }
    return true;
  }

  /**
   * Returns whether the let's name is free in {@code scope}: not reserved, not a let or input
   * (RB203).
   */
  boolean isFreeLetName(Syntax.Let l, Scope scope) {
    String name = l.name().value();
    if (RESERVED.contains(name)) {
      report(
          l.name(),
          DiagnosticCode.DUPLICATE_NAME,
          Words.say("check.reserved-let-name", "name", name));
      return false;
    }
    if (scope.contains(name) || cx.inputs.contains(name)) {
      report(
          l.name(),
          DiagnosticCode.DUPLICATE_NAME,
          Words.say("check.already-declared", "name", name),
          Words.say("check.hint.choose-another-name"));
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- uses

  /**
   * Binds the name {@code e} at {@code at}: a let in scope, then an input, then a built-in. Returns
   * empty when the name is unknown (reported, unless it is an input whose declaration was
   * rejected).
   */
  Optional<Binding> resolve(Expr.Ref e, Site at, Scope scope) {
    String name = e.name();
    Optional<Scope.Let> let = scope.let(name);
    if (let.isPresent()) {
      return bind(at, new Binding.LetValue(let.get().slot(), name));
    }
    Integer slot = cx.inputs.slot(name);
    if (slot != null) {
      cx.inputs.markUsed(name);
      if (cx.inputs.get(slot).awarded()) {
        cx.awardedReads.computeIfAbsent(name, k -> new ArrayList<>()).add(at);
      }
      return bind(at, new Binding.Input(slot, cx.inputs.get(slot)));
    }
    switch (name) {
      case "year" -> {
        return bind(at, new Binding.Builtin(Binding.Name.YEAR));
      }
      case "max" -> {
        if (scope.max() == null) {
          cx.report.report(
              at,
              DiagnosticCode.UNKNOWN_NAME,
              Words.say("check.max-outside-criterion"),
              Words.say("check.hint.max-outside-criterion"));
          return Optional.empty();
        }
        return bind(at, new Binding.Builtin(Binding.Name.MAX));
      }
      case "unit" -> {
        return bind(at, new Binding.Builtin(Binding.Name.UNIT));
      }
      default -> {}
    }
    if (cx.inputs.isRejected(name)) {
      return Optional.empty();
    }
    Set<String> candidates = new HashSet<>(scope.names());
    candidates.addAll(cx.inputs.names());
    candidates.addAll(List.of("year", "max", "unit"));
    Optional<String> suggestion = Suggestions.closest(name, candidates);
    Message hint =
        suggestion
            .map(s -> Words.say("check.hint.did-you-mean", "name", s))
            .orElse(Words.say("check.hint.declare-in", "block", "inputs { … }"));
    if (cx.attributes.contains(name)) {
      hint = Words.say("check.hint.attribute-read-as", "name", name);
      cx.attributes.markUsed(name);
    } else {
      // The author meant the suggested input: do not also report it as unused.
      suggestion.filter(cx.inputs::contains).ifPresent(cx.inputs::markUsed);
    }
    cx.report.report(
        at, DiagnosticCode.UNKNOWN_NAME, Words.say("check.unknown-name", "name", name), hint);
    return Optional.empty();
  }

  /**
   * Binds the field {@code e} of {@code unit} at {@code at}: {@code kind}, {@code level}, {@code
   * code} or a declared attribute. Returns empty when there is no such attribute (reported, unless
   * its declaration was rejected).
   */
  Optional<Binding> resolveUnitField(Expr.Field e, Site at) {
    String f = e.name();
    switch (f) {
      case "kind" -> {
        return bind(at, new Binding.Builtin(Binding.Name.UNIT_KIND));
      }
      case "level" -> {
        return bind(at, new Binding.Builtin(Binding.Name.UNIT_LEVEL));
      }
      case "code" -> {
        return bind(at, new Binding.Builtin(Binding.Name.UNIT_CODE));
      }
      default -> {}
    }
    Integer slot = cx.attributes.slot(f);
    if (slot != null) {
      cx.attributes.markUsed(f);
      return bind(at, new Binding.Attribute(slot, cx.attributes.get(slot)));
    }
    if (cx.attributes.isRejected(f)) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>(cx.attributes.names());
    names.addAll(List.of("kind", "level", "code"));
    Optional<String> suggestion = Suggestions.closest(f, names);
    suggestion.filter(cx.attributes::contains).ifPresent(cx.attributes::markUsed);
    cx.report.report(
        at,
        DiagnosticCode.UNKNOWN_ATTRIBUTE,
        Words.say("check.unknown-attribute", "name", f),
        suggestion
            .map(s -> Words.say("check.hint.did-you-mean-unit", "name", s))
            .orElse(Words.say("check.hint.declare-in", "block", "attributes { … }")));
    return Optional.empty();
  }

  /**
   * Checks that each placeholder of the finding template at {@code at} names a let in scope, an
   * input or one of {@code {earned}}, {@code {max}}, {@code {applicable_max}} (RB211).
   */
  void checkPlaceholders(FindingTemplate f, Site at, Scope scope, Syntax.Node n) {
    LocalizedText message = f.message();
    List<String> texts = new ArrayList<>();
    texts.add(message.vi());
    message.en().ifPresent(texts::add);
    for (String text : texts) {
      Matcher m = MessageTable.PLACEHOLDER.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        if (name.equals("earned")
            || name.equals("max")
            || name.equals("applicable_max")
            || scope.contains(name)
            || cx.inputs.contains(name)) {
          continue;
        }
        Set<String> candidates = new HashSet<>(scope.names());
        candidates.addAll(cx.inputs.names());
        candidates.addAll(List.of("earned", "max", "applicable_max"));
        cx.report.report(
            cx.report.spanOf(at).or(() -> n.code().span()),
            DiagnosticCode.UNKNOWN_PLACEHOLDER,
            Words.say(
                "check.unknown-placeholder",
                "placeholder",
                "{" + name + "}",
                "code",
                n.code().value()),
            Suggestions.closest(name, candidates)
                .map(s -> Words.say("check.hint.did-you-mean", "name", "{" + s + "}"))
                .orElse(
                    Words.say(
                        "check.hint.placeholders",
                        "earned",
                        "{earned}",
                        "max",
                        "{max}",
                        "applicable_max",
                        "{applicable_max}")));
      }
    }
  }

  private Optional<Binding> bind(Site at, Binding b) {
    cx.resolution.bind(at, b);
    return Optional.of(b);
  }

  private void report(Syntax.Name name, DiagnosticCode code, Message message, Message... hints) {
    cx.report.report(name.span(), code, message, hints);
  }
}
