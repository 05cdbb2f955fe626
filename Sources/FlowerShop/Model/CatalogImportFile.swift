import Foundation

/// A product as an import file describes it (see `CatalogImportFile`).
public struct ImportedProduct: Sendable, Equatable {
  public var title: String
  public var description: String
  public var price: Money
  /// A category id or title of the shop.
  public var category: String
  /// Absolute path of the image (the file names it relative to itself).
  public var image: String
  public var available: Bool
  /// Title and description in other languages: the columns `title_<language>` and
  /// `description_<language>` (`title_kk`, `description_en`…).
  public var translations: Translations<ProductTexts>

  public init(
    title: String, description: String, price: Money, category: String, image: String, available: Bool,
    translations: Translations<ProductTexts> = [:]
  ) {
    self.title = title
    self.description = description
    self.price = price
    self.category = category
    self.image = image
    self.available = available
    self.translations = translations
  }
}

/// Why an import file was refused; nothing is imported then.
public enum CatalogImportError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(String)
  /// Entry `item` (1-based; the CSV's data rows) is wrong; the text says how.
  case invalid(item: Int, String)
  case unknownCategory(item: Int, String)

  public var description: String {
    switch self {
    case .unreadable(let reason): "cannot read the file: \(reason)"
    case .invalid(let item, let reason): "item \(item): \(reason)"
    case .unknownCategory(let item, let category): "item \(item): unknown category \(category)"
    }
  }
}

/// Reads `flowerbot catalog import` files: a JSON array of objects or a CSV with a header row,
/// both with `title`, `description` (optional), `price` (whole tenge), `category`, `image`
/// (a path relative to the file), `available` (optional, default true) and, optionally, texts in
/// other languages as `title_<language>` and `description_<language>` (`title_kk`, `title_en`…)
/// or, in JSON, as the shop file's `translations` object.
public enum CatalogImportFile {
  public static func load(_ url: URL) throws(CatalogImportError) -> [ImportedProduct] {
    let data: Data
    do { data = try Data(contentsOf: url) } catch { throw .unreadable(error.localizedDescription) }
    let text = String(decoding: data, as: UTF8.self)
    let folder = url.deletingLastPathComponent()
    let records = text.drop { $0.isWhitespace }.first == "[" ? try jsonRecords(data) : try csvRecords(text)
    return try records.enumerated().map { (n, record) throws(CatalogImportError) in
      try product(record, item: n + 1, folder: folder)
    }
  }

  private static func product(
    _ r: [String: String], item: Int, folder: URL
  ) throws(CatalogImportError) -> ImportedProduct {
    func required(_ key: String) throws(CatalogImportError) -> String {
      guard let value = r[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
        throw .invalid(item: item, "\(key) missing")
      }
      return value
    }
    let priceText = try required("price").replacingOccurrences(of: " ", with: "").replacingOccurrences(
      of: "\u{00A0}", with: "")
    guard let tenge = Int64(priceText), tenge > 0 else {
      throw .invalid(item: item, "price must be whole tenge, got \(priceText)")
    }
    let availableText = (r["available"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    guard
      let available = ["": true, "true": true, "1": true, "yes": true, "false": false, "0": false, "no": false][
        availableText]
    else { throw .invalid(item: item, "available must be true or false") }
    let image = try required("image")
    return ImportedProduct(
      title: try required("title"),
      description: (r["description"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
      price: .tenge(tenge), category: try required("category"),
      image: ProductImage.url(image, in: folder).standardizedFileURL.path, available: available,
      translations: try translations(r, item: item))
  }

  private static func jsonRecords(_ data: Data) throws(CatalogImportError) -> [[String: String]] {
    let records: [[String: String]]
    do {
      records = try JSONDecoder().decode([[String: JSONScalar]].self, from: data).map { $0.compactMapValues(\.text) }
    } catch {
      throw .invalid(item: 0, "not a JSON array of objects with plain values")
    }
    return try withNestedTranslations(records, data)
  }
}

/// A JSON value of an import record, kept as text (nested values are ignored).
private enum JSONScalar: Decodable {
  case text(String?)

  var text: String? {
    switch self {
    case .text(let value): value
    }
  }

  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let value = try? c.decode(Bool.self) {
      self = .text(value ? "true" : "false")
    } else if let value = try? c.decode(Int64.self) {
      self = .text(String(value))
    } else if let value = try? c.decode(Double.self) {
      self = .text(String(value))
    } else if let value = try? c.decode(String.self) {
      self = .text(value)
    } else {
      self = .text(nil)
    }
  }
}
