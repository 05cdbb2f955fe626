import Dialog
import FlowerShop
import Foundation

/// Read-only facts a transition may use: the time, the shop and its catalog, who is ordering,
/// and the texts of reply-keyboard buttons (they come back as plain text).
public struct OrderingContext: Sendable {
  public var now: Date
  public var shop: ShopConfiguration
  public var catalog: Catalog
  public var policy: DeliveryPolicy
  public var imageDirectory: URL
  public var customerName: String
  /// Reply-keyboard labels in the customer's language, to recognise presses typed back as text.
  public var labels: ButtonLabels

  /// `policy` is the shop's, made once by the caller (it looks up a time zone) or here.
  public init(
    now: Date, shop: ShopConfiguration, catalog: Catalog, imageDirectory: URL, customerName: String,
    labels: ButtonLabels, policy: DeliveryPolicy? = nil
  ) {
    self.now = now
    self.shop = shop
    self.catalog = catalog
    self.policy = policy ?? DeliveryPolicy(shop.delivery)
    self.imageDirectory = imageDirectory
    self.customerName = customerName
    self.labels = labels
  }

  /// The current chat's language: shop data in replies to this chat (bouquets, categories,
  /// districts, the pickup address) is shown in it, falling back to the text
  /// as the shop wrote it. Replies that may reach other chats use `inRecipientLanguage`.
  public var language: String { labels.language }

  /// Shop data for a reply that may reach other chats (status notices, the florists' card):
  /// `text` gives the shop's own text for nil and the text in a language otherwise; the renderer
  /// shows each recipient chat its language's text (see `Text.translated`).
  func inRecipientLanguage(_ text: (String?) -> String) -> Text {
    let original = text(nil)
    var translations: [String: String] = [:]
    for language in labels.localizer.languages {
      let translated = text(language)
      if translated != original { translations[language] = translated }
    }
    return .translated(original, translations)
  }

  func imagePath(of product: Product) -> String? {
    product.images.first.map { ProductImage.url($0, in: imageDirectory).path }
  }
}

/// Recognises the text a reply-keyboard button sends, in the chat's language.
public struct ButtonLabels: Sendable {
  let localizer: Localizer
  let language: String
  public init(localizer: Localizer, language: String) {
    self.localizer = localizer
    self.language = language
  }
  /// Whether `text` is the label of `key` (ignoring surrounding spaces).
  public func matches(_ text: String, _ key: L10n) -> Bool {
    text.trimmingCharacters(in: .whitespacesAndNewlines) == localizer.text(key.rawValue, language: language)
  }
}
