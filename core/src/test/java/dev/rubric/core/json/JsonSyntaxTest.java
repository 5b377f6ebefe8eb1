package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed JSON and documents over the limits, each pinned to its exact message. Rubric words
 * these itself from the parser's state (never from Jackson's messages) and checks the limits, the
 * duplicate names and the nesting depth with its own code.
 */
class JsonSyntaxTest {

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            "missing colon", "{\"a\": 1, \"b\" 2}", "x.json:1:14: $.b: expected ':' but found '2'"),
        Arguments.of(
            "mismatched bracket in array",
            "[1}",
            "x.json:1:3: $[0]: expected ',' or ']' but found '}'"),
        Arguments.of(
            "mismatched bracket in object",
            "{\"a\":1]",
            "x.json:1:7: $.a: expected ',' or '}' but found ']'"),
        Arguments.of(
            "missing comma in array",
            "[\n  1,\n  2\n  3]",
            "x.json:4:3: $[2]: expected ',' or ']' but found '3'"),
        Arguments.of(
            "trailing comma in array",
            "[1,]",
            "x.json:1:4: $[1]: expected a JSON value but found ']'"),
        Arguments.of(
            "trailing comma in object",
            "{\"a\":1,}",
            "x.json:1:8: $.a: expected a field name in double quotes but found '}'"),
        Arguments.of(
            "value left out", "{\"a\": }", "x.json:1:7: $.a: expected a JSON value but found '}'"),
        Arguments.of(
            "leading zero", "[01]", "x.json:1:2: $[0]: expected a JSON value but found '01'"),
        Arguments.of(
            "decimal point without digits",
            "[1.x]",
            "x.json:1:2: $[0]: expected a JSON value but found '1.x'"),
        Arguments.of(
            "exponent without digits",
            "[1e]",
            "x.json:1:2: $[0]: expected a JSON value but found '1e'"),
        Arguments.of(
            "leading plus", "[+1]", "x.json:1:2: $[0]: expected a JSON value but found '+1'"),
        Arguments.of(
            "leading point", "[.5]", "x.json:1:2: $[0]: expected a JSON value but found '.5'"),
        Arguments.of("NaN", "[NaN]", "x.json:1:2: $[0]: expected a JSON value but found 'NaN'"),
        Arguments.of(
            "letters after a number",
            "{\"a\": 12abc}",
            "x.json:1:9: $.a: expected ',' or '}' but found 'abc'"),
        Arguments.of(
            "truncated literal",
            "{\"a\" : tru }",
            "x.json:1:8: $.a: expected a JSON value but found 'tru'"),
        Arguments.of("comment", "[/]", "x.json:1:2: $: expected a JSON value but found '/'"),
        Arguments.of(
            "NUL between tokens",
            "[\u0000]",
            "x.json:1:2: $: expected a JSON value but found '\\u0000'"),
        Arguments.of(
            "raw newline in a string",
            "[\"a\nb\"]",
            "x.json:1:4: $[0]: expected a string character but found control character '\\n'"),
        Arguments.of(
            "raw newline in a field name",
            "{\"a\nb\": 1}",
            "x.json:1:4: $: expected a string character but found control character '\\n'"),
        Arguments.of(
            "unknown escape",
            "[\"a\\qb\"]",
            "x.json:1:5: $[0]: expected an escape sequence (\\\", \\\\, \\/, \\b, \\f, \\n"
                + ", \\r"
                + ", \\t or \\uXXXX) but found '\\q'"),
        Arguments.of(
            "bad unicode escape",
            "[\"\\u12G4\"]",
            "x.json:1:7: $[0]: expected 4 hexadecimal digits after '\\u' but found 'G'"),
        Arguments.of("unterminated string", "\"abc", "x.json:1:5: $: unexpected end of input"),
        Arguments.of("unclosed array", "[1,2", "x.json:1:5: $[1]: unexpected end of input"),
        Arguments.of(
            "whitespace only",
            " \n ",
            "x.json:1:1: $: expected a JSON value but found end of input"),
        Arguments.of(
            "after a closed object",
            "{\"a\":{\"b\":1} x}",
            "x.json:1:14: $.a: expected ',' or '}' but found 'x'"),
        Arguments.of(
            "second root value",
            "{} 12",
            "x.json:1:4: $: expected end of input but found number 12"),
        Arguments.of(
            "second root literal",
            "{} tru",
            "x.json:1:4: $: expected end of input but found 'tru'"),
        Arguments.of(
            "surplus closing bracket", "{}]", "x.json:1:3: $: expected end of input but found ']'"),
        Arguments.of(
            "duplicate nested field",
            "{\"a\":{\"b\":1,\"b\":2}}",
            "x.json:1:16: $.a.b: duplicate field 'b'"),
        Arguments.of(
            "duplicate in an array element",
            "[{\"a\":1,\"a\":1}]",
            "x.json:1:12: $[0].a: duplicate field 'a'"),
        Arguments.of(
            "duplicate spelt with an escape",
            "{\"\\u0061\":1,\"a\":2}",
            "x.json:1:16: $.a: duplicate field 'a'"),
        Arguments.of(
            "objects too deep",
            "{\"a\":".repeat(65) + "1" + "}".repeat(65),
            "x.json:1:322: $"
                + ".a".repeat(64)
                + ": expected nesting depth at most 64 but found 65"),
        Arguments.of(
            "number too long",
            "[" + "1".repeat(1001) + "]",
            "x.json:1:2: $[0]: expected a number of at most 1000 characters but found 1001"),
        Arguments.of(
            "exponent too large",
            "[1e9999999999]",
            "x.json:1:2: $[0]: expected a number whose exponent fits in 32 bits but found number"
                + " 1e9999999999"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void readEvidence_malformedJson_reportsWhatWasExpectedAndFound(
      String name, String json, String message) {
    assertThatThrownBy(() -> Json.readEvidence("x.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void readScorecard_malformedJson_reportsTheSameAsOtherFormats(
      String name, String json, String message) {
    assertThatThrownBy(() -> Json.readScorecard("x.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(message);
  }

  @Test
  void readEvidence_nestingAtTheLimit_isReadToTheDecoder() {
    String json = "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH);

    assertThatThrownBy(() -> Json.readEvidence("x.json", json))
        .hasMessage("x.json:1:1: $: expected an object but found array");
  }

  @Test
  void readEvidence_fieldNameOverOneMebibyte_isRejectedAtTheName() {
    String json = "{\"" + "n".repeat(Json.MAX_STRING_LENGTH + 1) + "\": 1}";

    assertThatThrownBy(() -> Json.readEvidence("x.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "x.json:1:2: $: expected a field name of at most 1048576 characters but found 1048577");
  }

  @Test
  void readEvidence_stringOfExactlyOneMebibyte_isAccepted() {
    String json = "[\"" + "a".repeat(Json.MAX_STRING_LENGTH) + "\"]";

    assertThatThrownBy(() -> Json.readEvidence("x.json", json))
        .hasMessage("x.json:1:1: $: expected an object but found array");
  }

  @Test
  void readEvidence_documentOverTheLimit_isRejectedAtItsFirstSurplusCharacter() {
    String json = "\n" + " ".repeat((int) Json.MAX_DOCUMENT_LENGTH) + "{}";

    assertThatThrownBy(() -> Json.readEvidence("x.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "x.json:2:16777216: $: expected a document of at most 16777216 characters but found"
                + " more");
  }

  @Test
  void readEvidence_byteOrderMarkBeforeALongestDocument_isNotCounted() {
    String json = "\uFEFF" + " ".repeat((int) Json.MAX_DOCUMENT_LENGTH - 2) + "[]";

    assertThatThrownBy(() -> Json.readEvidence("x.json", json))
        .hasMessageEndingWith(": $: expected an object but found array");
  }

  @Test
  void readEvidence_reader_isReadToItsEndButNotClosed() {
    boolean[] closed = {false};
    StringReader reader =
        new StringReader("[]") {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    assertThatThrownBy(() -> Json.readEvidence("x.json", reader))
        .isInstanceOf(JsonFormatException.class);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void readEvidence_readerDeliveringOneCharacterAtATime_readsTheWholeDocument() throws IOException {
    StringReader text = new StringReader("[1,\n 2]");
    java.io.Reader slow =
        new java.io.Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            return text.read(buffer, offset, Math.min(length, 1));
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> Json.readEvidence("x.json", slow))
        .hasMessage("x.json:1:1: $: expected an object but found array");
  }
}
