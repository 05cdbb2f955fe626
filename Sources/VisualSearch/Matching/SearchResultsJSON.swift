import FlowerShop
import Foundation

/// The JSON of `flowerbot search --json`: an array of `{product_id, title, similarity, match}`
/// where `match` is `exact` or `similar` (an empty array when nothing matched), similarity
/// rounded to three decimals.
public enum SearchResultsJSON {
  struct Match: Encodable, Equatable {
    var productID: Int64
    var title: String
    var similarity: Double
    var match: String
  }

  /// nil for `.failed`: there are no results to print.
  public static func encode(_ outcome: PhotoSearchOutcome, titles: [ProductID: String]) -> String? {
    func match(_ scored: ScoredProduct, _ kind: String) -> Match {
      Match(
        productID: scored.product.rawValue, title: titles[scored.product] ?? "",
        similarity: (Double(scored.similarity) * 1000).rounded() / 1000, match: kind)
    }
    let matches: [Match]
    switch outcome {
    case .exact(let hit): matches = [match(hit, "exact")]
    case .similar(let hits): matches = hits.map { match($0, "similar") }
    case .none: matches = []
    case .failed: return nil
    }
    if matches.isEmpty { return "[]" }
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(matches)).map { String(decoding: $0, as: UTF8.self) }
  }
}
