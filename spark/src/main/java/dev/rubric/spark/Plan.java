package dev.rubric.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.types.StructType;

/**
 * What a task needs to evaluate rows: the catalog as broadcast text with its name and hash, where
 * each evidence column and each kept column sits in an input row, and the shape of the output.
 * Serializable and small; nothing of Rubric's travels but text.
 *
 * @param catalogName the catalog's name in messages
 * @param catalogHash the catalog's content hash, the key of {@link CatalogCache}
 * @param catalogText the catalog text, broadcast once per executor
 * @param header the evidence columns' headers, in the order {@code evidence} gives their positions
 * @param evidence the position in an input row of each evidence column
 * @param keep the position in an input row of each kept column
 * @param withJson whether result rows carry the scorecard JSON
 * @param resultSchema the schema of the result rows
 */
record Plan(
    String catalogName,
    String catalogHash,
    Broadcast<String> catalogText,
    List<String> header,
    List<Integer> evidence,
    List<Integer> keep,
    boolean withJson,
    StructType resultSchema)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
