package dev.rubric.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Every language's table words every key, with exactly the key's placeholders. */
class MessageTableTest {

  private static Set<String> placeholdersIn(String template) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = MessageTable.PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Set<String> declared(MessageKey key) {
    Set<String> out = new LinkedHashSet<>();
    key.placeholders().forEach(p -> out.add(p.name()));
    return out;
  }

  @Test
  void everyTable_hasExactlyTheKeysOfMessageKey_inTheirOrder() {
    List<String> keys = Arrays.stream(MessageKey.values()).map(MessageKey::key).toList();
    for (Language l : Language.values()) {
      assertThat(List.copyOf(MessageTable.of(l).templates().keySet()))
          .as("keys of the %s table", l.tag())
          .containsExactlyElementsOf(keys);
    }
  }

  @Test
  void everyTemplate_usesExactlyItsKeysPlaceholders_inEveryLanguage() {
    for (MessageKey key : MessageKey.values()) {
      for (Language l : Language.values()) {
        String template = MessageTable.of(l).templates().get(key.key());
        assertThat(placeholdersIn(template))
            .as("placeholders of %s in the %s table", key.key(), l.tag())
            .containsExactlyInAnyOrderElementsOf(declared(key));
      }
    }
  }

  @Test
  void keys_areDistinctAndPlaceholderNamesDistinctPerKey() {
    assertThat(Arrays.stream(MessageKey.values()).map(MessageKey::key)).doesNotHaveDuplicates();
    for (MessageKey key : MessageKey.values()) {
      assertThat(key.placeholders().stream().map(MessageKey.Placeholder::name))
          .as(key.key())
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void vietnameseTable_isInVietnamese_whereTheEnglishIsWords() {
    // A copy of the English text in the Vietnamese table would pass the placeholder checks.
    int differing = 0;
    for (MessageKey key : MessageKey.values()) {
      String vi = MessageTable.of(Language.VI).templates().get(key.key());
      String en = MessageTable.of(Language.EN).templates().get(key.key());
      if (!vi.equals(en)) {
        differing++;
      } else {
        // Only templates made of placeholders and symbols may read the same in both languages.
        assertThat(en.replaceAll("\\{[^{}]*\\}", ""))
            .as(key.key())
            .doesNotContainPattern("[a-z]{2}");
      }
    }
    assertThat(differing).isGreaterThan(MessageKey.values().length / 2);
  }
}
