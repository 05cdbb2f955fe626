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

  static func arguments(_ product: Product) -> [String: LocaleArgument] {
    [
      "title": .string(product.title), "description": .string(product.description),
      "price": .string(product.price.formatted),
    ]
  }

  /// The bouquet in the photo: its card with photo, description, price and «Заказать».
  static func exact(_ product: Product, _ c: OrderingContext) -> Reply {
    let text = key(product.description.isEmpty ? .photoSearchExactShort : .photoSearchExact, arguments(product))
    return Reply(text, photo: photo(product, c), keyboard: orderButton(product))
  }

  /// One of the similar bouquets: photo, title, price and «Заказать».
  static func card(_ product: Product, _ c: OrderingContext) -> Reply {
    Reply(key(.photoSearchCard, arguments(product)), photo: photo(product, c), keyboard: orderButton(product))
  }

  static func none() -> Reply { Reply(key(.photoSearchNone), keyboard: catalogButton) }

  static func exactSoldOut(_ product: Product) -> Reply {
    Reply(key(.photoSearchExactSoldOut, ["title": .string(product.title)]), keyboard: catalogButton)
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
