package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Direction;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.Rounding;
import dev.rubric.core.diagnostic.DiagnosticCode;
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
    in.expect(TokenKind.RBRACE, "'}' closing the block");
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
          "expected an input type ("
              + String.join(", ", types)
              + ") but found "
              + TokenCursor.describe(t),
          TokenCursor.suggestion(t, Set.copyOf(types)));
    }
    in.next();
    Syntax.Name key = in.identName("an input name such as 'ho_so_dung_han'");
    LocalizedText label = in.text();
    Direction direction = Direction.NONE;
    boolean required = false;
    List<Syntax.Name> options = new ArrayList<>();
    Optional<String> unit = Optional.empty();
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
          options.add(in.identName("an option name"));
        } while (in.accept(TokenKind.COMMA));
      } else if (in.isKeyword("unit")) {
        in.next();
        unit = Optional.of(in.string("the unit in quotes, e.g. \"triệu đồng\""));
      } else {
        break;
      }
    }
    return new Syntax.Input(key, type.get(), label, direction, required, options, unit);
  }

  Syntax.Index index() {
    Token start = in.next();
    if (in.isKeyword("percent")) {
      in.next();
      boolean clamp = true;
      if (in.isKeyword("unclamped")) {
        in.next();
        clamp = false;
      }
      return new Syntax.Index(false, clamp, List.of(), Optional.of(start.span()));
    }
    if (in.isKeyword("weighted")) {
      in.next();
      in.expect(TokenKind.LBRACE, "'{'");
      List<Syntax.Weight> weights = new ArrayList<>();
      do {
        if (in.at(TokenKind.RBRACE)) {
          break;
        }
        Syntax.Name code = in.stringName("a node code in quotes");
        in.expect(TokenKind.COLON, "':'");
        weights.add(new Syntax.Weight(code, in.number("a weight")));
      } while (in.accept(TokenKind.COMMA));
      in.expect(TokenKind.RBRACE, "'}'");
      return new Syntax.Index(true, false, weights, Optional.of(start.span()));
    }
    throw in.error(
        in.peek(),
        DiagnosticCode.UNKNOWN_INDEX_FORMULA,
        "expected 'percent' or 'weighted' after 'index' but found "
            + TokenCursor.describe(in.peek()));
  }

  Rounding rounding() {
    in.next();
    Syntax.Num decimals = in.number("a number of decimals");
    Token modeToken = in.peek();
    String mode = in.identifier("a rounding mode such as 'half-up'");
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
                  "expected a rounding mode (half-up, half-even, half-down, up, down, ceiling, floor) but"
                      + " found '"
                      + mode
                      + "'",
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
          "expected a number of decimals from 0 to 10 but found " + d);
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
        from = Optional.of(in.number("the band's lower bound"));
        to = previousFrom;
      } else if (in.isKeyword("from")) {
        in.next();
        from = Optional.of(in.number("the band's lower bound"));
        to = Optional.empty();
        if (in.isKeyword("to")) {
          in.next();
          to = Optional.of(in.number("the band's upper bound"));
        }
      } else if (in.isKeyword("below")) {
        in.next();
        from = Optional.empty();
        to = Optional.of(in.number("the band's upper bound"));
      } else {
        throw in.error(
            in.peek(),
            DiagnosticCode.BAND_WITHOUT_BOUND,
            "expected '>=', 'from' or 'below' after the band label but found "
                + TokenCursor.describe(in.peek()));
      }
      out.add(new Syntax.Band(label, from, to, Optional.of(start.span().to(in.previous().span()))));
      previousFrom = from;
    } while (in.accept(TokenKind.COMMA));
    in.expect(TokenKind.RBRACE, "'}' closing the bands");
    return out;
  }
}
