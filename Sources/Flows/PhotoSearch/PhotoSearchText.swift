import Dialog
import FlowerShop
import Foundation
import VisualSearch

/// The messages of photo search.
enum PhotoSearchText {
  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }

  static func orderButton(_ product: Product) -> Keyboard {
    .inline([[InlineButton(key(.photoSearchOrderButton), data: CallbackPayload.photoSearch(.order(product.id)).data)]])
  }

  static var catalogButton: Keyboard {
    .inline([[InlineButton(key(.photoSearchCatalogButton), data: CallbackPayload.photoSearch(.catalog).data)]])
  }

  static func photo(_ product: Product, _ c: OrderingContext) -> Photo? {
    c.imagePath(of: product).map { Photo.file(path: $0) }
  }

  /// Title and description in the chat's language.
  static func arguments(_ product: Product, _ c: OrderingContext) -> [String: LocaleArgument] {
    [
      "title": .string(product.title(in: c.language)), "description": .string(product.description(in: c.language)),
      "price": .string(product.price.formatted),
    ]
  }

  /// The bouquet in the photo: its card with photo, description, price and «Заказать».
  static func exact(_ product: Product, _ c: OrderingContext) -> Reply {
    let short = product.description(in: c.language).isEmpty
    let text = key(short ? .photoSearchExactShort : .photoSearchExact, arguments(product, c))
    return Reply(text, photo: photo(product, c), keyboard: orderButton(product))
  }

  /// One of the similar bouquets: photo, title, price and «Заказать».
  static func card(_ product: Product, _ c: OrderingContext) -> Reply {
    Reply(key(.photoSearchCard, arguments(product, c)), photo: photo(product, c), keyboard: orderButton(product))
  }

  static func none() -> Reply { Reply(key(.photoSearchNone), keyboard: catalogButton) }

  static func exactSoldOut(_ product: Product, _ c: OrderingContext) -> Reply {
    Reply(key(.photoSearchExactSoldOut, ["title": .string(product.title(in: c.language))]), keyboard: catalogButton)
  }

  static func soldOut() -> Reply { Reply(key(.photoSearchSoldOutMessage), keyboard: catalogButton) }

  static func failure(_ failure: PhotoSearchFailure) -> L10n {
    switch failure {
    case .unsupported: .photoSearchErrorUnsupported
    case .corrupt: .photoSearchErrorCorrupt
    case .tooLarge: .photoSearchErrorTooLarge
    }
  }

  static func failure(_ error: FileSourceError) -> L10n {
    switch error {
    case .tooLarge: .photoSearchErrorTooLarge
    case .notFound, .unavailable: .photoSearchErrorDownload
    }
  }
}
