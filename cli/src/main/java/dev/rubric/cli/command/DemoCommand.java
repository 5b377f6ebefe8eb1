package dev.rubric.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code rubric demo}: the Phủ Thông inspection (see {@link Demo}). */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric",
      "  rubric demo --lang en",
      "  rubric demo --format html --out phu-thong.html"
    })
final class DemoCommand implements Callable<Integer> {

  @Mixin private Demo demo;

  @ParentCommand private RubricCommand rubric;

  @Override
  public Integer call() {
    return demo.run(rubric);
  }
}
