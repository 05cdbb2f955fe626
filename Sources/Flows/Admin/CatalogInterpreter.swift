import Dialog
import FlowerShop
import Foundation
import GRDB
import VisualSearch

extension ShopLogic {
  /// Performs the catalog and stats effects of the admin flow.
  func runCatalog(_ effect: AdminEffect, _ turn: inout Turn) throws -> AdminEvent? {
    let shopID = configuration.shop.shop.id
    switch effect {
    case .loadStats:
      let stats = try StatsStore.stats(
        turn.db, shopID: shopID, timeZone: configuration.shop.delivery.timeZone, at: turn.now)
      let audience = try ChatStore.audience(turn.db)
      return .statsLoaded(stats, blockedChats: audience.blocked, optedOutChats: audience.optedOut)
    case .loadProducts:
      return .productsLoaded(try ShopStore.catalog(turn.db, shopID: shopID))
    case .addProduct(let product):
      return .productAdded(try addProduct(product, &turn))
    case .changeProduct(let id, let change):
      let changed: Bool
      switch change {
      case .hide, .show:
        changed = try ShopStore.setAvailable(turn.db, shopID: shopID, product: id, change == .show) != nil
        if changed { photoSearch?.updateIndex { $0.setAvailable(change == .show, for: id) } }
      case .price(let price): changed = try ShopStore.setPrice(turn.db, shopID: shopID, product: id, price)
      }
      let product = changed ? try ShopStore.catalog(turn.db, shopID: shopID).products[id] : nil
      return .productChanged(id, change, product)
    case .send, .toast, .grantFlorist, .revokeFlorist, .loadFlorists, .setMenu, .checkRunning, .countRecipients,
      .startBroadcast, .showProgress, .cancelBroadcast:
      return nil
    }
  }

  /// Creates the product from the photo the shell saved, and indexes it for photo search at
  /// once: its vectors are stored in this transaction and added to the in-memory index.
  func addProduct(_ new: NewProduct, _ turn: inout Turn) throws -> ProductAddOutcome {
    let shopID = configuration.shop.shop.id
    let categories = try ShopStore.catalog(turn.db, shopID: shopID).categories
    let wanted = new.category.lowercased()
    guard
      let category = categories.first(where: {
        // An admin who speaks Kazakh or English may name the category in their language.
        $0.id.rawValue.lowercased() == wanted || $0.title.lowercased() == wanted
          || $0.translations.values.contains { $0.title?.lowercased() == wanted }
      })
    else { return .unknownCategory(new.category, categories.map(\.title)) }
    guard let saved = turn.event.prepared.savedFile, let data = FileManager.default.contents(atPath: saved.path) else {
      return .photoUnavailable
    }
    let embedder = photoSearch?.embedder ?? DescriptorEmbedder()
    guard let vectors = try? CatalogIndexer(embedder: embedder).vectors(imageData: data) else {
      return .photoUnavailable
    }
    let product = try ShopStore.addProduct(
      turn.db, shopID: shopID, category: category.id, title: new.title, price: new.price, image: saved.path)
    try EmbeddingStore.save(
      turn.db, key: ProductImageKey(product: product.id, image: saved.path), embedder: embedder,
      stamp: Self.stamp(saved.path), vectors: vectors)
    // A rolled-back update would leave these vectors behind until the next start; the search
    // answers only with products the catalog has. An update run again (the group committer's
    // careful pass) gets the same new product id: its vectors are in already.
    photoSearch?.updateIndex { index in
      if !index.contains(product.id) { index.add(vectors, for: product.id) }
    }
    return .added(product)
  }

  /// Size and modification time, as `CatalogIndexer` stamps files, so a start re-embeds nothing.
  static func stamp(_ path: String) -> String {
    let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
    let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(size)-\(Int64(modified * 1000))"
  }
}
