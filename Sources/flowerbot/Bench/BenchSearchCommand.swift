import ArgumentParser
import FlowerShop
import Foundation
import VisualSearch

/// `flowerbot bench search`: decode + embed time of a 1280×960 JPEG, search time at N
/// products, index memory per product, and (with `--eval`) the evaluation set's accuracy.
/// Build with `-c release`: debug builds are slower.
struct BenchSearchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Measure photo search: decode + embed, search, index memory, accuracy.")

  @Option(help: "Products in the synthetic index (each with the vectors of one photo).") var catalog = 10_000
  @Option(help: "Repetitions of each measurement.") var runs = 200
  @Flag(help: "Also run the evaluation set (Tests/VisualSearchTests/Fixtures; run from the repository).") var eval =
    false

  func run() async throws {
    let benchmark = SearchBenchmark(catalog: catalog, runs: runs)
    for line in try benchmark.run(photos: try DemoShop.directory.appendingPathComponent("images")) { print(line) }
    guard eval else { return }
    let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let set = try EvaluationSet.load(
      fixtures: root.appendingPathComponent("Tests/VisualSearchTests/Fixtures"),
      demoShop: root.appendingPathComponent("Sources/FlowerShop/Resources/DemoShop"))
    let report = Evaluation(embedder: benchmark.embedder, rule: .descriptorDefault).run(set)
    print("evaluation:")
    print(report.summary)
    for query in report.negatives {
      let best = query.ranked.first.map { String(format: "%.3f", $0.similarity) } ?? "-"
      print("  negative \(query.name): best \(best) → \(query.outcome.kind)")
    }
  }
}
