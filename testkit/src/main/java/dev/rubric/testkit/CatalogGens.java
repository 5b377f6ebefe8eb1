package dev.rubric.testkit;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Generators of catalog text: random valid catalogs for testing the engine itself, and mutations of
 * catalog text for robustness tests.
 *
 * <pre>{@code
 * Properties.forAll(CatalogGens.catalogs().compiled())
 *     .check(c -> CatalogChecks.standard(c).tries(10).seed(1).check());
 *
 * Properties.forAll(CatalogGens.mutations(CatalogGens.catalogs()))
 *     .check(text -> Rubric.standard().compile(SourceText.of("m.rubric", text)));
 * }</pre>
 *
 * <p>Every generator returned here is immutable and thread-safe.
 */
public final class CatalogGens {

  /**
   * Characters inserted by {@link #mutations(Gen)}: the language's punctuation, quotes, escapes,
   * digits, line ends, a NUL byte, a tab, Vietnamese letters, combining marks (U+0300, U+0301,
   * U+0302, U+0323), a lone surrogate half, an emoji and a byte-order mark.
   */
  static final String NOISE =
      "{}()[]\":,.=<>!%-+*/#\\ \n\r\t\u0000"
          + "0123456789aeđĐơưếỹ"
          + "\u0300\u0301\u0302\u0323"
          + "\uD83D\uDE00\uD83D\uFEFF≥≤≠×→";

  private CatalogGens() {}

  /**
   * Returns a generator of random valid catalog texts: one to four areas of nested criteria (up to
   * three levels), inputs of every type, rules of every kind with points within their max,
   * applicability with each not-applicable policy, optional bonus and penalty items, a percent or
   * weighted index, contiguous bands and any rounding mode. Configure it with {@link CatalogGen}'s
   * methods, and call {@link CatalogGen#compiled()} for compiled catalogs.
   *
   * @return the generator
   */
  public static CatalogGen catalogs() {
    return CatalogGen.DEFAULT;
  }

  /**
   * Returns a generator of texts made by applying one to four random edits to the texts of {@code
   * texts}: deleting, duplicating or swapping ranges and lines, inserting punctuation, NUL bytes,
   * combining marks and broken surrogates, truncating, or converting the whole text to NFD. Shrinks
   * towards the unedited text.
   *
   * @param texts the generator of texts to edit, such as {@link #catalogs()} or {@code
   *     Gen.constant(sampleText)}
   * @return the generator
   */
  public static Gen<String> mutations(Gen<String> texts) {
    Objects.requireNonNull(texts, "texts");
    return new Gen<>(
        "mutations(" + texts + ")",
        source -> {
          String text = texts.generate(source);
          int edits = 1 + (int) source.choose(3);
          for (int i = 0; i < edits; i++) {
            text = edit(source, text);
          }
          return text;
        });
  }

  private static String edit(ChoiceSource source, String text) {
    int n = text.length();
    int op = (int) source.choose(7);
    int at = (int) source.choose(n);
    switch (op) {
      case 0 -> {
        int len = (int) source.chooseMagnitude(n - at);
        return text.substring(0, at) + text.substring(at + len);
      }
      case 1 -> {
        StringBuilder noise = new StringBuilder();
        int len = 1 + (int) source.chooseMagnitude(7);
        for (int k = 0; k < len; k++) {
          noise.append(NOISE.charAt((int) source.choose(NOISE.length() - 1L)));
        }
        return text.substring(0, at) + noise + text.substring(at);
      }
      case 2 -> {
        int len = (int) source.chooseMagnitude(Math.min(200, n - at));
        return text.substring(0, at + len)
            + text.substring(at, at + len)
            + text.substring(at + len);
      }
      case 3 -> {
        return text.substring(0, at);
      }
      case 4 -> {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
      }
      case 5 -> {
        String[] lines = text.split("\n", -1);
        int a = (int) source.choose(lines.length - 1L);
        int b = (int) source.choose(lines.length - 1L);
        String tmp = lines[a];
        lines[a] = lines[b];
        lines[b] = tmp;
        return String.join("\n", lines);
      }
      case 6 -> {
        return text.substring(0, at) + '\u0000' + text.substring(at);
      }
      default -> {
        if (n == 0 || at == n) {
          return text;
        }
        char replacement = NOISE.charAt((int) source.choose(NOISE.length() - 1L));
        return text.substring(0, at) + replacement + text.substring(at + 1);
      }
    }
  }
}
