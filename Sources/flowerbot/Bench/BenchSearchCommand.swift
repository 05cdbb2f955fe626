import ArgumentParser
import FlowerShop
import Foundation
import VisualSearch

/// `flowerbot bench search`: decode + embed time of a 1280×960 JPEG, search time at N
/// products, index memory per product; the neural embedder's time per view and per query on one
/// and two cores (when its weights are present); with `--eval`, the evaluation set's accuracy
/// for both embedders. Build with `-c release`: debug builds are slower.
struct BenchSearchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Measure photo search: decode + embed, search, index memory, accuracy.")

  @Option(help: "Products in the synthetic index (each with the vectors of one photo).") var catalog = 10_000
  @Option(help: "Repetitions of each measurement.") var runs = 200
  @Option(help: "EfficientNet-Lite0 weights (Benchmarks/weights/fetch.sh).") var weights =
    NeuralEmbedder.defaultWeightsPath
  @Flag(help: "Also run the evaluation set (Tests/VisualSearchTests/Fixtures; run from the repository).") var eval =
    false

  func run() async throws {
    let photos = try DemoShop.directory.appendingPathComponent("images")
    print("hand-made descriptor:")
    let benchmark = SearchBenchmark(catalog: catalog, runs: runs)
    for line in try benchmark.run(photos: photos) { print("  " + line) }
    let neural = NeuralEmbedder.load(weights: URL(fileURLWithPath: weights))
    if let neural {
      let first = try FileManager.default.contentsOfDirectory(atPath: photos.path).filter { $0.hasSuffix(".jpg") }
        .sorted()[0]
      let bench = NeuralBenchmark(embedder: neural, runs: max(8, runs / 4))
      for line in try bench.run(photo: try Data(contentsOf: photos.appendingPathComponent(first))) { print(line) }
      let search = SearchBenchmark(embedder: neural, catalog: catalog, runs: max(8, runs / 10))
      for line in try search.run(photos: photos).suffix(2) { print("  " + line) }
    } else {
      print("neural: no weights at \(weights) (bash Benchmarks/weights/fetch.sh)")
    }
    guard eval else { return }
    let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    var set = try EvaluationSet.load(
      fixtures: root.appendingPathComponent("Tests/VisualSearchTests/Fixtures"),
      demoShop: root.appendingPathComponent("Sources/FlowerShop/Resources/DemoShop"))
    let realPhotos = root.appendingPathComponent("Benchmarks/photos/cache")
    if EvaluationSet.photosPresent(realPhotos) {
      try set.addPhotos(from: realPhotos)
    } else {
      print("evaluation: no real photos (bash Benchmarks/photos/fetch.sh); generated images only")
    }
    var matchings = [("hand-made descriptor", PhotoMatching.descriptor)]
    if let neural { matchings.append(("neural", PhotoMatching(embedder: neural, rule: .neuralDefault))) }
    for (title, matching) in matchings {
      let report = Evaluation(embedder: matching.embedder, rule: matching.rule).run(set)
      print("evaluation, \(title):")
      print(report.summary)
      if !set.photoProducts.isEmpty {
        print("of which real photos (Benchmarks/photos/SOURCES.md):")
        print(report.restricted(to: set.photoProducts).summary)
      }
      for query in report.negatives {
        let best = query.ranked.first.map { String(format: "%.3f", $0.similarity) } ?? "-"
        print("  negative \(query.name): best \(best) → \(query.outcome.kind)")
      }
      for miss in report.failures {
        print(
          "  miss: \(miss.name) → \(miss.ranked.prefix(3).map { "\($0.product):\(String(format: "%.3f", $0.similarity))" })"
        )
      }
    }
  }
}
