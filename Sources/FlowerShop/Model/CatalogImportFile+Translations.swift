import Foundation

/// Texts in other languages in import files: flat columns `title_<language>` and
/// `description_<language>` (CSV and JSON), or, in JSON, the shop file's own form
/// `"translations": {"kk": {"title": …, "description": …}}`.
extension CatalogImportFile {
  /// `title_kk`, `description_en`… → `{"kk": {"title": …}, "en": {"description": …}}`; blank
  /// cells are no translation.
  static func translations(
    _ r: [String: String], item: Int
  ) throws(CatalogImportError) -> Translations<ProductTexts> {
    var result: Translations<ProductTexts> = [:]
    for (key, raw) in r {
      let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      let parts = key.split(separator: "_", maxSplits: 1).map(String.init)
      guard parts.count == 2, ["title", "description"].contains(parts[0]), !value.isEmpty else { continue }
      let language = parts[1].lowercased()
      guard LanguageCode.isValid(language) else {
        throw .invalid(item: item, "\(key): \(parts[1]) is not a language code like kk or en")
      }
      var texts = result[language] ?? ProductTexts()
      if parts[0] == "title" { texts.title = value } else { texts.description = value }
      result[language] = texts
    }
    return result
  }

  /// Adds the JSON records' `translations` objects as flat `title_<language>` and
  /// `description_<language>` values (a flat column of the same name wins).
  static func withNestedTranslations(
    _ records: [[String: String]], _ data: Data
  ) throws(CatalogImportError) -> [[String: String]] {
    let nested: [NestedTranslations]
    do { nested = try JSONDecoder().decode([NestedTranslations].self, from: data) } catch {
      throw .invalid(item: 0, #"translations must look like {"kk": {"title": "…", "description": "…"}}"#)
    }
    return zip(records, nested).map { record, nested in
      var record = record
      for (language, texts) in nested.translations ?? [:] {
        if let title = texts.title { record["title_\(language)"] = record["title_\(language)"] ?? title }
        if let text = texts.description {
          record["description_\(language)"] = record["description_\(language)"] ?? text
        }
      }
      return record
    }
  }
}

/// The `translations` object of a JSON import record, if it has one.
private struct NestedTranslations: Decodable {
  var translations: Translations<ProductTexts>?
}
