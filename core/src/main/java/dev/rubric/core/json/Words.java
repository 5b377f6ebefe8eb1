package dev.rubric.core.json;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;
import java.util.List;
import java.util.Locale;

/**
 * The JSON readers' words in every language: the phrasebook {@code json_vi.txt} and {@code
 * json_en.txt} beside this class. Every detail of a {@link JsonFormatException} is made here, by
 * key; the English templates are the words the readers have always used.
 */
final class Words {
  static final Phrasebook BOOK = Phrasebook.of("json", Words.class::getResourceAsStream);

  static final Message STRING = say("json.expect.string");
  static final Message BOOLEAN = say("json.expect.boolean");
  static final Message DECIMAL = say("json.expect.decimal");
  static final Message NON_NEGATIVE_DECIMAL = say("json.expect.non-negative-decimal");
  static final Message INTEGER = say("json.expect.integer");
  static final Message NON_NEGATIVE_INTEGER = say("json.expect.non-negative-integer");
  static final Message INT32 = say("json.expect.int32");
  static final Message DATE = say("json.expect.date");
  static final Message URI = say("json.expect.uri");
  static final Message PERIOD = say("json.expect.period");
  static final Message OBJECT = say("json.expect.object");
  static final Message ARRAY = say("json.expect.array");

  private Words() {}

  /** Returns the message {@code key} with its arguments as name and value pairs. */
  static Message say(String key, Object... namesAndValues) {
    return BOOK.say(key, namesAndValues);
  }

  /** Returns text that reads the same in every language, such as a quoted character. */
  static Message literal(String text) {
    return Message.literal(LocalizedText.of(text, text));
  }

  /** Returns {@code expected X but found Y}. */
  static Message expected(Object expected, Object found) {
    return say("json.expected", "expected", expected, "found", found);
  }

  /**
   * Returns {@code codes} quoted for a message, lowercase: {@code 'a', 'b' or 'c'}, with the last
   * separator in the reader's language.
   */
  static Message alternatives(List<String> codes) {
    List<String> quoted = codes.stream().map(c -> "'" + c.toLowerCase(Locale.ROOT) + "'").toList();
    if (quoted.size() == 1) {
      return literal(quoted.get(0));
    }
    return say(
        "json.alternatives",
        "list",
        String.join(", ", quoted.subList(0, quoted.size() - 1)),
        "last",
        quoted.get(quoted.size() - 1));
  }

  /** Returns {@code what ('a', 'b' or 'c')}: a kind of value and its codes. */
  static Message oneOf(Message what, List<String> codes) {
    return say("json.one-of", "what", what, "codes", alternatives(codes));
  }
}
