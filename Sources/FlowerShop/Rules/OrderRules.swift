import Foundation

/// Why an order request was refused.
public enum OrderValidationError: Error, Equatable, Sendable {
  case shopInactive
  case emptyOrder
  case unknownProduct(ProductID)
  case productUnavailable(ProductID)
  case outOfStock(ProductID, left: Int)
  case invalidQuantity(ProductID)
  case slotNotFeasible
  case zoneRequired
  case unknownZone(ZoneID)
  case addressRequired
  case recipientNameRequired
  case postcardTooLong(limit: Int)
  case paymentNotAccepted(PaymentMethod)
}

/// Validation and pricing of order requests.
public enum OrderRules {
  /// Longest postcard text, in characters.
  public static let postcardLimit = 500

  /// Validates a complete request at `now` and prices it (totals are never taken from the client).
  public static func validate(
    _ request: OrderRequest, shop: ShopConfiguration, catalog: Catalog, at now: Date
  ) -> Result<Pricing, OrderValidationError> {
    guard shop.shop.active else { return .failure(.shopInactive) }
    let lines: [PricedLine]
    switch priceLines(request.lines, catalog: catalog) {
    case .success(let priced): lines = priced
    case .failure(let error): return .failure(error)
    }
    let itemsTotal = lines.reduce(Money.zero) { $0 + $1.total }
    let policy = DeliveryPolicy(shop.delivery)
    guard policy.isFeasible(request.slot, at: now) else { return .failure(.slotNotFeasible) }
    let delivery: Money
    switch deliveryCost(request, policy: policy, itemsTotal: itemsTotal) {
    case .success(let cost): delivery = cost
    case .failure(let error): return .failure(error)
    }
    if request.recipient.name.isBlank { return .failure(.recipientNameRequired) }
    if let postcard = request.postcard, !postcard.isBlank, postcard.count > postcardLimit {
      return .failure(.postcardTooLong(limit: postcardLimit))
    }
    guard shop.paymentMethods.contains(request.payment) else { return .failure(.paymentNotAccepted(request.payment)) }
    return .success(Pricing(lines: lines, itemsTotal: itemsTotal, deliveryCost: delivery, total: itemsTotal + delivery))
  }

  /// Prices each line from the catalog; the same product on two lines counts once for stock.
  static func priceLines(_ lines: [OrderLine], catalog: Catalog) -> Result<[PricedLine], OrderValidationError> {
    guard !lines.isEmpty else { return .failure(.emptyOrder) }
    var wanted: [ProductID: Int] = [:]
    var priced: [PricedLine] = []
    for line in lines {
      guard let product = catalog.products[line.product] else { return .failure(.unknownProduct(line.product)) }
      guard line.quantity > 0, line.quantity <= 999 else { return .failure(.invalidQuantity(line.product)) }
      guard product.available else { return .failure(.productUnavailable(line.product)) }
      let total = wanted[line.product, default: 0] + line.quantity
      wanted[line.product] = total
      if let stock = product.stock, total > stock { return .failure(.outOfStock(line.product, left: max(0, stock))) }
      priced.append(
        PricedLine(
          product: product.id, title: product.title, quantity: line.quantity, unitPrice: product.price,
          total: product.price * line.quantity))
    }
    return .success(priced)
  }

  static func deliveryCost(
    _ request: OrderRequest, policy: DeliveryPolicy, itemsTotal: Money
  ) -> Result<Money, OrderValidationError> {
    switch request.fulfilment {
    case .pickup:
      return .success(.zero)
    case .delivery:
      guard let zone = request.zone else { return .failure(.zoneRequired) }
      guard let cost = policy.deliveryCost(zone: zone, itemsTotal: itemsTotal) else {
        return .failure(.unknownZone(zone))
      }
      switch request.address {
      case nil: return .failure(.addressRequired)
      case .text(let text) where text.isBlank: return .failure(.addressRequired)
      case .text, .location, .askRecipient: return .success(cost)
      }
    }
  }
}

extension String {
  /// Empty or only whitespace.
  var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
