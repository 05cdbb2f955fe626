import Dialog
import FlowerShop
import Foundation
import VisualSearch

/// What the customer did, as photo search sees it. The search itself ran before the update's
/// transaction (`ShopPreparer`); its result arrives here as `photoSearched`.
public enum PhotoSearchEvent: Sendable, Equatable {
  /// «📷 Найти по фото» in the main menu.
  case searchRequested
  /// A customer's photo (or image document) was searched.
  case photoSearched(PhotoSearchOutcome)
  /// A customer's photo could not be downloaded.
  case photoNotFetched(FileSourceError)
  case buttonPressed(PhotoSearchButton)
}

/// What photo search asks the shell to do.
public enum PhotoSearchEffect: Sendable, Equatable {
  case send(Reply)
  /// Opens the ordering dialog, with this bouquet chosen (nil: at the catalog).
  case startOrdering(ProductID?)
}

/// Photo search keeps no dialog state: the chat stays in the main menu, where any photo is
/// searched; the results are buttons carrying product ids, checked against the catalog when
/// pressed.
public struct PhotoSearchTransition: Sendable, Equatable {
  public var effects: [PhotoSearchEffect]
  /// Whether the pressed result card keeps its buttons (true for «Заказать»: the customer may
  /// come back to the results after cancelling the order).
  public var keepsPressedMessage: Bool
  public init(_ effects: [PhotoSearchEffect], keepsPressedMessage: Bool = false) {
    self.effects = effects
    self.keepsPressedMessage = keepsPressedMessage
  }
}

/// The photo-search flow as one pure function of (event, context).
public enum PhotoSearchFlow {
  /// At most this many "similar" cards are shown.
  public static let maxCards = 5

  public static func transition(_ event: PhotoSearchEvent, _ c: OrderingContext) -> PhotoSearchTransition {
    switch event {
    case .searchRequested:
      return PhotoSearchTransition([.send(MainMenu.reply(.photoSearchAsk))])
    case .photoSearched(let outcome):
      return PhotoSearchTransition(found(outcome, c).map { .send($0) })
    case .photoNotFetched(let error):
      return PhotoSearchTransition([.send(MainMenu.reply(PhotoSearchText.failure(error)))])
    case .buttonPressed(.order(let id)):
      guard let product = c.catalog.products[id], product.available else {
        return PhotoSearchTransition([.send(PhotoSearchText.soldOut())], keepsPressedMessage: true)
      }
      return PhotoSearchTransition([.startOrdering(product.id)], keepsPressedMessage: true)
    case .buttonPressed(.catalog):
      return PhotoSearchTransition([.startOrdering(nil)])
    }
  }

  /// The replies for a search outcome; products no longer on sale are left out.
  static func found(_ outcome: PhotoSearchOutcome, _ c: OrderingContext) -> [Reply] {
    switch outcome {
    case .exact(let scored):
      guard let product = c.catalog.products[scored.product] else { return [PhotoSearchText.none()] }
      guard product.available else { return [PhotoSearchText.exactSoldOut(product, c)] }
      return [PhotoSearchText.exact(product, c)]
    case .similar(let scored):
      let products = onSale(scored.map(\.product), c)
      guard !products.isEmpty else { return [PhotoSearchText.none()] }
      return [MainMenu.reply(.photoSearchSimilarIntro, ["count": .number(products.count)])]
        + products.map { PhotoSearchText.card($0, c) }
    case .none:
      return [PhotoSearchText.none()]
    case .failed(let failure):
      return [MainMenu.reply(PhotoSearchText.failure(failure))]
    }
  }

  /// The products among `ids` that are in the catalog and on sale now, in the given order.
  static func onSale(_ ids: [ProductID], _ c: OrderingContext) -> [Product] {
    var seen = Set<ProductID>()
    let products = ids.compactMap { id -> Product? in
      guard seen.insert(id).inserted, let product = c.catalog.products[id], product.available else { return nil }
      return product
    }
    return Array(products.prefix(maxCards))
  }
}
