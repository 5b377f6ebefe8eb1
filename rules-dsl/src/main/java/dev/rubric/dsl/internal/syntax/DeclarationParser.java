package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Direction;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.Rounding;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.message.Message;
import dev.rubric.dsl.internal.syntax.TokenCursor.Failure;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the catalog statements that declare rather than score: {@code inputs} and {@code
 * attributes} blocks, the {@code index} formula, {@code round} and the {@code bands} table.
 */
final class DeclarationParser {
  private final TokenCursor in;

  DeclarationParser(TokenCursor in) {
    this.in = in;
  }

  /** Parses {@code { type name "label" … }} after {@code inputs} or {@code attributes}. */
  List<Syntax.Input> inputBlock() {
    in.expect(TokenKind.LBRACE, "'{'");
    List<Syntax.Input> out = new ArrayList<>();
    while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
      int before = in.position();
      try {
        out.add(input());
      } catch (Failure f) {
        in.recoverInputs(before);
      }
    }
    in.expect(TokenKind.RBRACE, Words.say("syntax.what.close-block", "brace", "'}'"));
    return out;
  }

  private Syntax.Input input() {
    Token t = in.peek();
    Optional<InputType> type =
        t.kind() == TokenKind.IDENT ? InputType.fromKeyword(t.text()) : Optional.empty();
    if (type.isEmpty()) {
      List<String> types = new ArrayList<>();
      for (InputType it : InputType.values()) {
        types.add(it.keyword());
      }
      throw in.error(
          t,
          DiagnosticCode.UNKNOWN_INPUT_TYPE,
          TokenCursor.expectedButFound(
              Words.say("syntax.what.input-type", "types", String.join(", ", types)), t),
          TokenCursor.suggestion(t, Set.copyOf(types)));
    }
    in.next();
    Syntax.Name key = in.identName(Words.say("syntax.what.input-name"));
    LocalizedText label = in.text();
    Direction direction = Direction.NONE;
    boolean required = false;
    List<Syntax.Name> options = new ArrayList<>();
    Optional<String> unit = Optional.empty();
    Optional<Syntax.Range> range = Optional.empty();
    Optional<SourceSpan> awarded = Optional.empty();
    while (true) {
      if (in.isKeyword("required")) {
        in.next();
        required = true;
      } else if (in.isKeyword("higher-better")) {
        in.next();
        direction = Direction.HIGHER_IS_BETTER;
      } else if (in.isKeyword("lower-better")) {
        in.next();
        direction = Direction.LOWER_IS_BETTER;
      } else if (in.isKeyword("options")) {
        in.next();
        do {
          options.add(in.identName(Words.say("syntax.what.option-name")));
        } while (in.accept(TokenKind.COMMA));
      } else if (in.isKeyword("unit")) {
        in.next();
        unit = Optional.of(in.string(Words.say("syntax.what.unit", "example", "\"triệu đồng\"")));
      } else if (in.isKeyword("in")) {
        range = Optional.of(range());
      } else if (in.isKeyword("awarded")) {
        awarded = Optional.of(in.next().span());
      } else {
        break;
      }
    }
    return new Syntax.Input(
        key,
        type.get(),
        label,
        direction,
        required,
        options,
        unit,
        range,
        awarded.isPresent(),
        awarded);
  }

  /** Parses {@code in low..high} (the lexer reads {@code 0..1} as a number and two dots). */
  private Syntax.Range range() {
    Token start = in.next();
    Syntax.Num low = in.number(Words.say("syntax.what.range-low"));
    in.expect(TokenKind.DOT, Words.say("syntax.what.range-dots"));
    in.expect(TokenKind.DOT, Words.say("syntax.what.range-dots"));
    Syntax.Num high = in.number(Words.say("syntax.what.range-high"));
    return new Syntax.Range(low, high, Optional.of(start.span().to(in.previous().span())));
  }

  /**
   * Parses the index formula after {@code index}: {@code percent [unclamped]}, {@code sum}, {@code
   * weighted [fraction | percent] [{ "code": weight, … }]} or {@code xccdf <model> [missing scored
   * | unscored]}, each optionally followed by {@code empty <number>}.
   */
  Syntax.Index index() {
    Token start = in.next();
    Token kind = in.peek();
    String k = kind.kind() == TokenKind.IDENT ? kind.text() : "";
    IndexFormula formula;
    List<Syntax.Weight> weights = new ArrayList<>();
    switch (k) {
      case "percent" -> {
        in.next();
        boolean clamp = true;
        if (in.isKeyword("unclamped")) {
          in.next();
          clamp = false;
        }
        formula = new IndexFormula.PercentOfApplicableMax(clamp, empty());
      }
      case "sum" -> {
        in.next();
        formula = new IndexFormula.PointsSum(empty());
      }
      case "weighted" -> {
        in.next();
        IndexFormula.Scale scale = IndexFormula.Scale.FRACTION;
        if (in.isKeyword("percent")) {
          in.next();
          scale = IndexFormula.Scale.PERCENT;
        } else if (in.isKeyword("fraction")) {
          in.next();
        }
        if (in.accept(TokenKind.LBRACE)) {
          do {
            if (in.at(TokenKind.RBRACE)) {
              break;
            }
            Syntax.Name code = in.stringName(Words.say("syntax.what.node-code"));
            in.expect(TokenKind.COLON, "':'");
            weights.add(new Syntax.Weight(code, in.number(Words.say("syntax.what.a-weight"))));
          } while (in.accept(TokenKind.COMMA));
          in.expect(TokenKind.RBRACE, "'}'");
        }
        formula = new IndexFormula.WeightedSum(List.of(), scale, empty());
      }
      case "xccdf" -> {
        in.next();
        Token modelToken = in.peek();
        Message expectedModel = Words.say("syntax.what.xccdf-model");
        String m = in.identifier(expectedModel);
        IndexFormula.XccdfModel model = null;
        for (IndexFormula.XccdfModel x : IndexFormula.XccdfModel.values()) {
          if (x.keyword().equals(m)) {
            model = x;
          }
        }
        if (model == null) {
          throw in.error(
              modelToken,
              DiagnosticCode.UNKNOWN_INDEX_FORMULA,
              TokenCursor.expectedButFound(expectedModel, m),
              TokenCursor.suggestion(
                  modelToken, Set.of("default", "flat", "flat-unweighted", "absolute")));
        }
        boolean missingScored = true;
        if (in.isKeyword("missing")) {
          in.next();
          Token how = in.peek();
          String h = in.identifier(Words.say("syntax.what.scored-or-unscored"));
          if (!h.equals("scored") && !h.equals("unscored")) {
            throw in.error(
                how,
                DiagnosticCode.UNKNOWN_INDEX_FORMULA,
                Words.say("syntax.expected-after-missing", "found", h),
                TokenCursor.suggestion(how, Set.of("scored", "unscored")));
          }
          missingScored = h.equals("scored");
        }
        formula = new IndexFormula.Xccdf(model, missingScored, empty());
      }
      default ->
          throw in.error(
              kind,
              DiagnosticCode.UNKNOWN_INDEX_FORMULA,
              Words.say("syntax.expected-index-formula", "found", TokenCursor.describe(kind)),
              TokenCursor.suggestion(kind, Set.of("percent", "sum", "weighted", "xccdf")));
    }
    return new Syntax.Index(formula, weights, Optional.of(start.span().to(in.previous().span())));
  }

  /** Parses an optional {@code empty <number>}: the index of an empty scored set, 0 if absent. */
  private Decimal empty() {
    if (!in.isKeyword("empty")) {
      return Decimal.ZERO;
    }
    in.next();
    return in.number(Words.say("syntax.what.empty-index")).value();
  }

  Rounding rounding() {
    in.next();
    Syntax.Num decimals = in.number(Words.say("syntax.what.decimals"));
    Token modeToken = in.peek();
    String mode = in.identifier(Words.say("syntax.what.rounding-mode"));
    RoundingMode m =
        switch (mode) {
          case "half-up" -> RoundingMode.HALF_UP;
          case "half-even" -> RoundingMode.HALF_EVEN;
          case "half-down" -> RoundingMode.HALF_DOWN;
          case "up" -> RoundingMode.UP;
          case "down" -> RoundingMode.DOWN;
          case "ceiling" -> RoundingMode.CEILING;
          case "floor" -> RoundingMode.FLOOR;
          default ->
              throw in.error(
                  modeToken,
                  DiagnosticCode.UNKNOWN_ROUNDING_MODE,
                  TokenCursor.expectedButFound(Words.say("syntax.what.rounding-modes"), mode),
                  TokenCursor.suggestion(
                      modeToken,
                      Set.of(
                          "half-up", "half-even", "half-down", "up", "down", "ceiling", "floor")));
        };
    Decimal d = decimals.value();
    if (!d.isInteger() || d.signum() < 0 || d.compareTo(Decimal.of(10)) > 0) {
      throw in.error(
          decimals.span().orElseThrow(),
          DiagnosticCode.TYPE_MISMATCH,
          Words.say("syntax.decimals-out-of-range", "found", d.toString()));
    }
    return new Rounding(d.toBigIntegerExact().intValue(), m);
  }

  /** Parses the band table after {@code bands}, highest band first. */
  List<Syntax.Band> bands() {
    in.expect(TokenKind.LBRACE, "'{'");
    List<Syntax.Band> out = new ArrayList<>();
    Optional<Syntax.Num> previousFrom = Optional.empty();
    do {
      if (in.at(TokenKind.RBRACE)) {
        break;
      }
      Token start = in.peek();
      if (in.isKeyword("otherwise")) {
        in.next();
        LocalizedText label = in.text();
        out.add(
            new Syntax.Band(
                label,
                Optional.empty(),
                previousFrom,
                Optional.of(start.span().to(in.previous().span()))));
        previousFrom = Optional.empty();
        continue;
      }
      LocalizedText label = in.text();
      Optional<Syntax.Num> from;
      Optional<Syntax.Num> to;
      if (in.accept(TokenKind.GE)) {
        from = Optional.of(in.number(Words.say("syntax.what.band-low")));
        to = previousFrom;
      } else if (in.isKeyword("from")) {
        in.next();
        from = Optional.of(in.number(Words.say("syntax.what.band-low")));
        to = Optional.empty();
        if (in.isKeyword("to")) {
          in.next();
          to = Optional.of(in.number(Words.say("syntax.what.band-high")));
        }
      } else if (in.isKeyword("below")) {
        in.next();
        from = Optional.empty();
        to = Optional.of(in.number(Words.say("syntax.what.band-high")));
      } else {
        throw in.error(
            in.peek(),
            DiagnosticCode.BAND_WITHOUT_BOUND,
            Words.say("syntax.expected-band-bound", "found", TokenCursor.describe(in.peek())));
      }
      out.add(new Syntax.Band(label, from, to, Optional.of(start.span().to(in.previous().span()))));
      previousFrom = from;
    } while (in.accept(TokenKind.COMMA));
    in.expect(TokenKind.RBRACE, Words.say("syntax.what.close-bands", "brace", "'}'"));
    return out;
  }
}
