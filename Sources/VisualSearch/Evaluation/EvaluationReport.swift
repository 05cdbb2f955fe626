import Foundation

/// Accuracy of an evaluation run and the score distributions that thresholds are chosen from.
public struct EvaluationReport: Sendable {
  public var positives: [EvaluationQuery]
  public var negatives: [EvaluationQuery]
  public var rule: MatchRule
  /// Other arrangements of catalog bouquets (`EvaluationSet.arrangements`).
  public var arrangements: [EvaluationQuery] = []

  /// Share of transformed catalog photos whose best product is the right one.
  public var top1Accuracy: Double { share(positives) { $0.isTop1 } }
  /// Share of transformed catalog photos classified "exact" with the right product.
  public var exactRecall: Double {
    share(positives) { if case .exact(let hit) = $0.outcome { hit.product == $0.expected } else { false } }
  }
  /// Share of transformed catalog photos classified "exact" with a wrong product.
  public var wrongExactRate: Double {
    share(positives) { if case .exact(let hit) = $0.outcome { hit.product != $0.expected } else { false } }
  }
  /// Share of photos of nothing in the catalog classified "exact".
  public var falseExactRate: Double { share(negatives) { $0.isExact } }
  /// Share of photos of nothing in the catalog that got "similar" results.
  public var negativeSimilarRate: Double {
    share(negatives) { if case .similar = $0.outcome { true } else { false } }
  }

  /// Share of other arrangements whose bouquet is among the first five products.
  public var arrangementTop5: Double {
    share(arrangements) { q in q.ranked.prefix(5).contains { $0.product == q.expected } }
  }

  public var failures: [EvaluationQuery] { positives.filter { !$0.isTop1 } }

  /// A few lines: counts, rates and score percentiles.
  public var summary: String {
    func pct(_ v: Double) -> String { String(format: "%.1f %%", v * 100) }
    let right = positives.compactMap { $0.ranked.first?.similarity }
    let gaps = positives.filter(\.isTop1).map { q in
      q.ranked[0].similarity - (q.ranked.dropFirst().first?.similarity ?? -1)
    }
    let negative = negatives.compactMap { $0.ranked.first?.similarity }
    let negativeGaps = negatives.map { q in
      (q.ranked.first?.similarity ?? 0) - (q.ranked.dropFirst().first?.similarity ?? -1)
    }
    return [
      "queries: \(positives.count) transformed catalog photos, \(negatives.count) photos not in the catalog",
      "top-1 accuracy: \(pct(top1Accuracy)); exact (right product): \(pct(exactRecall)); exact (wrong product): \(pct(wrongExactRate))",
      "negatives: false exact \(pct(falseExactRate)), similar \(pct(negativeSimilarRate))",
      "best score, catalog photos: \(Percentiles(right))",
      "lead over 2nd, right top-1: \(Percentiles(gaps))",
      "best score, negatives: \(Percentiles(negative))",
      "lead over 2nd, negatives: \(Percentiles(negativeGaps))",
      "rule: exact ≥ \(rule.exactThreshold) and lead ≥ \(rule.exactMargin); similar ≥ \(rule.similarThreshold)",
    ].joined(separator: "\n") + (arrangements.isEmpty ? "" : "\n" + arrangementSummary)
  }

  /// How other arrangements of the same bouquets fare (synthetic: generated images).
  public var arrangementSummary: String {
    func pct(_ v: Double) -> String { String(format: "%.1f %%", v * 100) }
    let right = share(arrangements) { $0.isExact && $0.isTop1 }
    let wrong = share(arrangements) { $0.isExact && !$0.isTop1 }
    return "other arrangement of the same bouquet (\(arrangements.count), synthetic): top-1 "
      + "\(pct(share(arrangements) { $0.isTop1 })), top-5 \(pct(arrangementTop5)); exact (same bouquet) \(pct(right)), "
      + "exact (another) \(pct(wrong))"
  }

  private func share(_ queries: [EvaluationQuery], _ predicate: (EvaluationQuery) -> Bool) -> Double {
    queries.isEmpty ? 0 : Double(queries.filter(predicate).count) / Double(queries.count)
  }
}

/// min, p1, p5, p50, p95, max of a list of scores.
struct Percentiles: CustomStringConvertible {
  var sorted: [Float]
  init(_ values: [Float]) { sorted = values.sorted() }
  func at(_ p: Double) -> Float {
    sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p + 0.5))]
  }
  var description: String {
    func f(_ v: Float) -> String { String(format: "%.3f", v) }
    return "min \(f(at(0))) p1 \(f(at(0.01))) p5 \(f(at(0.05))) p50 \(f(at(0.5))) p95 \(f(at(0.95))) max \(f(at(1)))"
  }
}
