import Dialog

/// A language a chat can choose with `/language`. The raw value names the locale file
/// (`locales/kk.ftl`) and is what `ChatStore` keeps for the chat.
public enum ChatLanguage: String, Sendable, CaseIterable {
  /// Russian: the default, and the reference locale every other one follows.
  case ru
  /// Kazakh, in Cyrillic.
  case kk
  /// English.
  case en

  /// The language's own name («Русский», «Қазақша», «English»), the same in every locale.
  var name: L10n {
    switch self {
    case .ru: .languageNameRu
    case .kk: .languageNameKk
    case .en: .languageNameEn
    }
  }

  /// The languages on offer: those whose locale file is loaded, in the order above.
  static func offered(by localizer: Localizer) -> [ChatLanguage] {
    allCases.filter { localizer.bundle($0.rawValue) != nil }
  }
}

/// Payload of a `/language` button: `l:` and the language code, e.g. `l:kk` (4 bytes, far
/// under Telegram's 64). Anyone may press one; it changes only the presser's own chat.
public enum LanguageButton: Sendable, Equatable {
  /// Speak this language in this chat from now on.
  case choose(ChatLanguage)

  /// What every language button's data starts with; no other payload uses it.
  static let prefix = "l:"

  /// The callback data.
  public var data: String {
    switch self {
    case .choose(let language): Self.prefix + language.rawValue
    }
  }

  /// Decodes `l:ru`, `l:kk`, `l:en`; nil for anything else, including a forged or retired
  /// language code and data over 64 bytes.
  public init?(data: String) {
    guard data.utf8.count <= 64, data.hasPrefix(Self.prefix),
      let language = ChatLanguage(rawValue: String(data.dropFirst(Self.prefix.count)))
    else { return nil }
    self = .choose(language)
  }
}
