import Foundation

/// Texts of shop data in other languages than the one the shop file is written in (Russian,
/// the default): language code → that language's texts, e.g. `{"kk": {"title": "…"}, "en": {…}}`.
/// Every field is optional; a language or a field that is missing, empty or only blanks falls
/// back to the default text, so a customer never sees an empty string or a key.
public typealias Translations<Texts> = [String: Texts]

/// A product's title and description in one language.
public struct ProductTexts: Codable, Sendable, Equatable, Hashable {
  public var title: String?
  public var description: String?
  public init(title: String? = nil, description: String? = nil) {
    self.title = title
    self.description = description
  }
}

/// A category's title in one language.
public struct CategoryTexts: Codable, Sendable, Equatable, Hashable {
  public var title: String?
  public init(title: String? = nil) { self.title = title }
}

/// A delivery zone's name in one language.
public struct ZoneTexts: Codable, Sendable, Equatable, Hashable {
  public var name: String?
  public init(name: String? = nil) { self.name = name }
}

/// The shop's name in one language.
public struct ShopTexts: Codable, Sendable, Equatable, Hashable {
  public var name: String?
  public init(name: String? = nil) { self.name = name }
}

/// The pickup address in one language.
public struct DeliveryTexts: Codable, Sendable, Equatable, Hashable {
  public var pickupAddress: String?
  public init(pickupAddress: String? = nil) { self.pickupAddress = pickupAddress }
}

/// The language codes translations are filed under: `kk`, `en`, `pt-br` (lower case, as the
/// locale files are named).
public enum LanguageCode {
  public static func isValid(_ code: String) -> Bool {
    let parts = code.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase })
    else { return false }
    return parts.dropFirst().allSatisfy {
      !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }
  }
}

extension Dictionary where Key == String {
  /// `field` of `language`'s texts, else `original`. A nil `language` asks for the text as the
  /// shop wrote it (staff views, stored orders).
  func text(_ language: String?, _ field: KeyPath<Value, String?>, or original: String) -> String {
    guard let language, let text = self[language]?[keyPath: field],
      !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    else { return original }
    return text
  }
}

/// How translations are kept in SQLite: the JSON of the shop file's `translations` object
/// (`'{}'` when there are none; sorted keys, so equal translations are equal text).
enum TranslationsColumn {
  static func encode<Texts: Encodable>(_ translations: Translations<Texts>) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(translations), as: UTF8.self)
  }

  static func decode<Texts: Decodable>(
    _ text: String, table: String
  ) throws -> Translations<Texts> {
    if text == "{}" { return [:] }
    guard let value = try? JSONDecoder().decode(Translations<Texts>.self, from: Data(text.utf8)) else {
      throw StoredDataError.corrupt(table: table, column: "translations", value: text)
    }
    return value
  }
}
