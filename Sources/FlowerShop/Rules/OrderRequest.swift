/// One product of an order and how many pieces.
public struct OrderLine: Codable, Sendable, Equatable, Hashable {
  public var product: ProductID
  public var quantity: Int
  public init(product: ProductID, quantity: Int) {
    self.product = product
    self.quantity = quantity
  }
}

/// A named person with a phone: the recipient or the customer.
public struct Person: Codable, Sendable, Equatable {
  public var name: String
  public var phone: PhoneNumber
  public init(name: String, phone: PhoneNumber) {
    self.name = name
    self.phone = phone
  }
}

/// Where a delivery goes.
public enum DeliveryAddress: Codable, Sendable, Equatable {
  /// A typed address.
  case text(String)
  /// A location shared in the chat.
  case location(latitude: Double, longitude: Double)
  /// The courier asks the recipient for the address.
  case askRecipient
}

/// Everything the customer chose, as sent for validation. Prices are never part of it.
public struct OrderRequest: Codable, Sendable, Equatable {
  public var lines: [OrderLine]
  public var fulfilment: Fulfilment
  /// The delivery zone; ignored for pickup.
  public var zone: ZoneID?
  public var slot: DeliverySlot
  /// Ignored for pickup.
  public var address: DeliveryAddress?
  public var recipient: Person
  public var customer: Person
  public var postcard: String?
  /// The recipient is not told who sent the bouquet.
  public var anonymous: Bool
  /// Don't call the recipient before delivering.
  public var surprise: Bool
  public var payment: PaymentMethod

  public init(
    lines: [OrderLine], fulfilment: Fulfilment, zone: ZoneID?, slot: DeliverySlot, address: DeliveryAddress?,
    recipient: Person, customer: Person, postcard: String?, anonymous: Bool, surprise: Bool, payment: PaymentMethod
  ) {
    self.lines = lines
    self.fulfilment = fulfilment
    self.zone = zone
    self.slot = slot
    self.address = address
    self.recipient = recipient
    self.customer = customer
    self.postcard = postcard
    self.anonymous = anonymous
    self.surprise = surprise
    self.payment = payment
  }
}

/// A line of an order as priced by the shop.
public struct PricedLine: Codable, Sendable, Equatable {
  public var product: ProductID
  public var title: String
  public var quantity: Int
  public var unitPrice: Money
  public var total: Money
  public init(product: ProductID, title: String, quantity: Int, unitPrice: Money, total: Money) {
    self.product = product
    self.title = title
    self.quantity = quantity
    self.unitPrice = unitPrice
    self.total = total
  }
}

/// The prices of an order, computed by the shop from its catalog and zones.
public struct Pricing: Codable, Sendable, Equatable {
  public var lines: [PricedLine]
  public var itemsTotal: Money
  public var deliveryCost: Money
  public var total: Money
  public init(lines: [PricedLine], itemsTotal: Money, deliveryCost: Money, total: Money) {
    self.lines = lines
    self.itemsTotal = itemsTotal
    self.deliveryCost = deliveryCost
    self.total = total
  }
}
