import Foundation

/// All languages; falls back to the default language, then to the key itself (never crashes).
public struct Localizer: Sendable {
  /// The language used for unknown language codes and for keys missing elsewhere.
  public let defaultLanguage: String
  private let bundles: [String: LocaleBundle]

  /// Uses `bundles` by their language; a later bundle replaces an earlier one of the same
  /// language.
  public init(bundles: [LocaleBundle], defaultLanguage: String = "ru") {
    self.bundles = Dictionary(bundles.map { ($0.language, $0) }, uniquingKeysWith: { $1 })
    self.defaultLanguage = defaultLanguage
  }

  /// Loads every `*.ftl` file of a directory; the file name without extension is the
  /// language ("ru.ftl").
  ///
  /// Throws the file system's error for an unreadable directory or file, and a
  /// `LocaleParseError` with `file` set for a malformed one.
  public init(directory: URL, defaultLanguage: String = "ru") throws {
    let files = try FileManager.default
      .contentsOfDirectory(at: directory.resolvingSymlinksInPath(), includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "ftl" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    var bundles: [LocaleBundle] = []
    for file in files {
      let source = try String(contentsOf: file, encoding: .utf8)
      do {
        let language = file.deletingPathExtension().lastPathComponent
        bundles.append(try LocaleBundle(language: language, source: source))
      } catch {
        throw LocaleParseError(
          line: error.line, message: error.message, file: file.lastPathComponent)
      }
    }
    guard !bundles.isEmpty else {
      throw LocaleParseError(line: 0, message: "no .ftl files in \(directory.path)")
    }
    self.init(bundles: bundles, defaultLanguage: defaultLanguage)
  }

  /// The loaded languages, sorted.
  public var languages: [String] { bundles.keys.sorted() }

  /// The bundle of exactly `language`, if loaded.
  public func bundle(_ language: String) -> LocaleBundle? {
    bundles[language]
  }

  /// Picks a supported language for a Telegram language_code like "ru", "kk", "en-US", "uk";
  /// unknown → default. An exact match ("pt-br") wins over the primary subtag ("pt").
  public func language(forCode code: String?) -> String {
    guard let code, !code.isEmpty else { return defaultLanguage }
    if bundles[code] != nil { return code }  // the usual case: "ru", asked on every update
    let full = code.lowercased().replacingOccurrences(of: "_", with: "-")
    if bundles[full] != nil { return full }
    let primary = PluralRules.primarySubtag(of: full)
    return bundles[primary] != nil ? primary : defaultLanguage
  }

  /// The message `key` in `language`, else in the default language, else `key` itself.
  public func text(
    _ key: String, language: String, _ arguments: [String: LocaleArgument] = [:]
  ) -> String {
    bundles[language]?.format(key, arguments)
      ?? bundles[defaultLanguage]?.format(key, arguments)
      ?? key
  }
}
