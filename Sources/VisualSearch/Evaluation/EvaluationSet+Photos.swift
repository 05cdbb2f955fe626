import FlowerShop
import Foundation

extension EvaluationSet {
  /// Products of the real photos are numbered from here on.
  public static let firstPhotoProduct: Int64 = 201
  /// Names of real-photo negatives start with this.
  public static let photoNegativePrefix = "photos/"

  /// Whether `Benchmarks/photos/fetch.sh` fetched the real photos into `folder` (its `cache`).
  public static func photosPresent(_ folder: URL) -> Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent("complete").path)
  }

  /// Adds the real photos fetched by `Benchmarks/photos/fetch.sh` (`folder` is its cache): those
  /// in `catalog/` become products 201… (their edits become queries), those in `negatives/`
  /// negatives named `photos/NAME`. Photos are scaled so that their longer side is at most
  /// `maxSide` (what Telegram sends), as JPEG or PNG.
  public mutating func addPhotos(from folder: URL, maxSide: Int = 1280) throws {
    func files(_ sub: String) throws -> [URL] {
      let directory = folder.appendingPathComponent(sub)
      return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        .filter { $0.hasSuffix(".jpg") || $0.hasSuffix(".png") }.map { directory.appendingPathComponent($0) }
    }
    func image(_ url: URL) throws -> RGBImage {
      let image = try ImageDecoder().decode(try Data(contentsOf: url))
      let longer = max(image.width, image.height)
      guard longer > maxSide else { return image }
      return image.resized(width: image.width * maxSide / longer, height: image.height * maxSide / longer)
    }
    for (n, url) in try files("catalog").enumerated() {
      let product = ProductID(Self.firstPhotoProduct + Int64(n))
      products.append((product, [try image(url)]))
      photoProducts.insert(product)
    }
    for url in try files("negatives") {
      guard let jpeg = try image(url).jpegData(quality: 90) else { continue }
      negatives.append((Self.photoNegativePrefix + url.lastPathComponent, jpeg))
    }
  }
}

extension EvaluationReport {
  /// The part of the report about real photos: queries of the products in `products`, and
  /// negatives whose names start with `EvaluationSet.photoNegativePrefix`.
  public func restricted(to products: Set<ProductID>) -> EvaluationReport {
    EvaluationReport(
      positives: positives.filter { $0.expected.map(products.contains) ?? false },
      negatives: negatives.filter { $0.name.hasPrefix(EvaluationSet.photoNegativePrefix) }, rule: rule)
  }
}
