package dev.rubric.core.result;

import dev.rubric.core.internal.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One text of a layered catalog, as a scorecard records it: the catalog id and version the text
 * declares and the hash of the text itself ({@code "sha256:"} followed by 64 lowercase hexadecimal
 * digits, over its UTF-8 bytes). A scorecard of a layered catalog lists its layers base first, so
 * that the result proves which texts produced it.
 *
 * @param catalogId the id the text declares, e.g. {@code "cchc-xa-khung"}
 * @param catalogVersion the version the text declares, e.g. {@code "2022.1.0"}
 * @param hash the hash of the text as read
 */
public record CatalogLayer(String catalogId, String catalogVersion, String hash) {
  private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");

  /**
   * Checks and NFC-normalises the components.
   *
   * @throws IllegalArgumentException if a code is blank or padded, or the hash is not {@code
   *     sha256:} and 64 lowercase hexadecimal digits
   */
  public CatalogLayer {
    catalogId = Text.code("catalogId", Objects.requireNonNull(catalogId, "catalogId"));
    catalogVersion =
        Text.code("catalogVersion", Objects.requireNonNull(catalogVersion, "catalogVersion"));
    Objects.requireNonNull(hash, "hash");
    if (!HASH.matcher(hash).matches()) {
      throw new IllegalArgumentException(
          "hash: expected 'sha256:' followed by 64 lowercase hexadecimal digits but found '"
              + hash
              + "'");
    }
  }
}
