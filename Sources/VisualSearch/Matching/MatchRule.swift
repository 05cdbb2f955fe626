import FlowerShop

/// What a photo search found.
public enum PhotoSearchOutcome: Sendable, Equatable, Codable {
  /// One product is clearly the one in the photo.
  case exact(ScoredProduct)
  /// Products that look alike, best first (at most `MatchRule.maxSimilar`).
  case similar([ScoredProduct])
  /// Nothing in the catalog looks like the photo.
  case none
  /// The photo could not be searched.
  case failed(PhotoSearchFailure)
}

/// Why a photo could not be searched; each maps to a polite message.
public enum PhotoSearchFailure: String, Sendable, Equatable, Codable {
  /// Not a JPEG or PNG (a GIF, WebP, HEIC, a video, any other file).
  case unsupported
  /// A JPEG or PNG that is damaged or cut short.
  case corrupt
  /// More pixels (or bytes) than the bot accepts.
  case tooLarge

  init(_ error: ImageDecodingError) {
    switch error {
    case .unsupportedFormat: self = .unsupported
    case .truncated, .corrupt: self = .corrupt
    case .tooManyPixels: self = .tooLarge
    }
  }
}

/// The decision rule: "exact" when the best product scores at least `exactThreshold` and leads
/// the second product by at least `exactMargin`; otherwise "similar" for the products scoring at
/// least `similarThreshold`; otherwise none. The defaults are calibrated on the evaluation set
/// (README, "Photo search"; `flowerbot bench search --eval` prints the distributions).
public struct MatchRule: Sendable, Equatable, Codable {
  public var exactThreshold: Float
  public var exactMargin: Float
  public var similarThreshold: Float
  public var maxSimilar: Int

  public init(exactThreshold: Float, exactMargin: Float, similarThreshold: Float, maxSimilar: Int = 5) {
    self.exactThreshold = exactThreshold
    self.exactMargin = exactMargin
    self.similarThreshold = similarThreshold
    self.maxSimilar = maxSimilar
  }

  /// The thresholds calibrated for `DescriptorEmbedder` version 1 on the evaluation set: the
  /// highest photo not in the catalog scores 0.886, so exact needs 0.91; transformed catalog
  /// photos lead the runner-up by 0.025 or more in 99 % of cases (0.054 in 95 %), so the margin
  /// is 0.03; pictures that are no bouquet at all score at most 0.59, so similar starts at 0.65.
  public static let descriptorDefault = MatchRule(exactThreshold: 0.91, exactMargin: 0.03, similarThreshold: 0.65)

  /// The thresholds calibrated for `NeuralEmbedder` version 3 on the evaluation set: the
  /// highest photo not in the catalog scores 0.857 (different generated bouquets look alike to
  /// the network; real photos not in the catalog reach 0.632), so exact needs 0.885 (the room
  /// versions 1 and 2 had: 0.893 → 0.92); right answers lead the runner-up by 0.047 or more in
  /// 99 % of cases, so the margin is 0.03; pictures that are no bouquet score lower than 0.60.
  public static let neuralDefault = MatchRule(exactThreshold: 0.885, exactMargin: 0.03, similarThreshold: 0.60)

  /// Classifies products ranked best first (as `VectorIndex.search` returns them).
  public func classify(_ ranked: [ScoredProduct]) -> PhotoSearchOutcome {
    guard let best = ranked.first else { return .none }
    let second = ranked.dropFirst().first?.similarity ?? -1
    if best.similarity >= exactThreshold && best.similarity - second >= exactMargin { return .exact(best) }
    let alike = ranked.prefix { $0.similarity >= similarThreshold }.prefix(maxSimilar)
    return alike.isEmpty ? .none : .similar(Array(alike))
  }
}
