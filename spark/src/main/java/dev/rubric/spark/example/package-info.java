/**
 * The national example job: {@link dev.rubric.spark.example.NationalJob} generates synthetic raw
 * records for every commune with {@link dev.rubric.spark.example.NationalData}, aggregates them
 * into evidence with Spark SQL, evaluates, ranks and writes them. An example to run and read, not
 * an API.
 */
@NullMarked
package dev.rubric.spark.example;

import org.jspecify.annotations.NullMarked;
