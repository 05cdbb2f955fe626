import Dialog
import FlowerShop
import Foundation

extension Admin {
  /// `/stats`, `/products`, `/product …` and their results.
  static func catalogEvent(_ state: AdminState?, _ event: AdminEvent) -> AdminTransition {
    switch event {
    case .statsCommand: return AdminTransition(nil, [.loadStats])
    case .productsCommand: return AdminTransition(nil, [.loadProducts])
    case .productCommand(let arguments): return productCommand(arguments)
    case .statsLoaded(let stats, let blocked, let optedOut):
      return AdminTransition(nil, [.send(AdminText.stats(stats, blocked: blocked, optedOut: optedOut))])
    case .productsLoaded(let catalog): return AdminTransition(nil, [.send(AdminText.products(catalog))])
    case .productAdded(.added(let product)):
      return AdminTransition(nil, [.send(AdminText.productAdded(product))])
    case .productAdded(.unknownCategory(let name, let titles)):
      let list = titles.joined(separator: ", ")
      return AdminTransition(
        .awaitingProduct, [say(.productUnknownCategory, ["category": .string(name), "categories": .string(list)])])
    case .productAdded(.photoUnavailable): return AdminTransition(.awaitingProduct, [say(.productPhotoUnavailable)])
    case .productChanged(let id, _, nil):
      return AdminTransition(nil, [say(.productNotFound, ["id": .number(Int(id.rawValue))])])
    case .productChanged(_, let change, let product?):
      return AdminTransition(nil, [.send(AdminText.productChanged(product, change))])
    case .floristCommand, .floristsCommand, .broadcastCommand, .contactShared, .textEntered, .photoSent,
      .buttonPressed, .abandoned, .otherInput, .floristGranted, .floristRevoked, .floristsLoaded, .runningChecked,
      .recipientsCounted, .broadcastStarted, .broadcastRefused, .broadcastCancelled:
      return other(state)
    }
  }

  /// `/product add`, `/product hide 12`, `/product show 12`, `/product price 12 15000`.
  static func productCommand(_ arguments: String) -> AdminTransition {
    let words = arguments.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
    let id = words.count >= 2 ? Int64(words[1]).flatMap { $0 > 0 ? ProductID($0) : nil } : nil
    switch (words.first, words.count, id) {
    case ("add", 1, _): return AdminTransition(.awaitingProduct, [say(.productAsk)])
    case ("hide", 2, let id?): return AdminTransition(nil, [.changeProduct(id, .hide)])
    case ("show", 2, let id?): return AdminTransition(nil, [.changeProduct(id, .show)])
    case ("price", 3..., let id?):
      guard let price = price(words.dropFirst(2).joined()) else { return AdminTransition(nil, [say(.productUsage)]) }
      return AdminTransition(nil, [.changeProduct(id, .price(price))])
    default: return AdminTransition(nil, [say(.productUsage)])
    }
  }

  /// The photo's caption `Название; цена; категория` while `/product add` waits.
  static func productPhoto(_ caption: String?) -> AdminTransition {
    let parts = (caption ?? "").split(separator: ";", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard parts.count == 3, !parts[0].isEmpty, !parts[2].isEmpty, parts[0].count <= 100, let price = price(parts[1])
    else { return AdminTransition(.awaitingProduct, [say(.productCaptionInvalid)]) }
    return AdminTransition(
      .awaitingProduct, [.addProduct(NewProduct(title: parts[0], price: price, category: parts[2]))])
  }

  /// Whole tenge as typed: "15000", "15 000", "15 000 ₸"; 1 to 10 000 000.
  static func price(_ text: String) -> Money? {
    let digits = text.filter { !$0.isWhitespace && $0 != "₸" && $0 != "\u{00A0}" }
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let tenge = Int64(digits), (1...10_000_000).contains(tenge)
    else { return nil }
    return Money(tiyn: tenge * 100)
  }
}
