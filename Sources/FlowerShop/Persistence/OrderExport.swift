import Foundation

/// An order as `flowerbot orders --json` prints it: snake_case keys, amounts in whole tenge,
/// times in ISO 8601 UTC.
public struct OrderExport: Encodable, Sendable, Equatable {
  public struct Contact: Encodable, Sendable, Equatable {
    public var name: String
    public var phone: String
  }
  public struct Delivery: Encodable, Sendable, Equatable {
    public var type: String
    public var date: String
    public var slot: String
    public var zone: String?
    /// Text address, "lat,lon" for a shared location, nil for pickup or "ask the recipient".
    public var address: String?
    public var askRecipient: Bool
    public var cost: Int64
    enum CodingKeys: String, CodingKey {
      case type, date, slot, zone, address, cost
      case askRecipient = "ask_recipient"
    }
  }
  public struct Item: Encodable, Sendable, Equatable {
    public var productID: Int64
    public var title: String
    public var quantity: Int
    public var price: Int64
    enum CodingKeys: String, CodingKey {
      case title, quantity, price
      case productID = "product_id"
    }
  }

  public var number: Int
  public var trackingID: String
  public var status: String
  public var createdAt: String
  public var customer: Contact
  public var recipient: Contact
  public var delivery: Delivery
  public var items: [Item]
  public var postcard: String?
  public var anonymous: Bool
  public var surprise: Bool
  public var payment: String
  public var total: Int64

  enum CodingKeys: String, CodingKey {
    case number, status, customer, recipient, delivery, items, postcard, anonymous, surprise, payment, total
    case trackingID = "tracking_id"
    case createdAt = "created_at"
  }

  public init(_ order: Order) {
    let r = order.request
    number = order.number.rawValue
    trackingID = order.trackingID.rawValue
    status = order.status.rawValue
    let formatter = ISO8601DateFormatter()
    createdAt = formatter.string(from: order.createdAt)
    customer = Contact(name: r.customer.name, phone: r.customer.phone.e164)
    recipient = Contact(name: r.recipient.name, phone: r.recipient.phone.e164)
    let isDelivery = r.fulfilment == .delivery
    let address: String? =
      switch isDelivery ? r.address : nil {
      case .text(let text): text
      case .location(let latitude, let longitude): "\(latitude),\(longitude)"
      case .askRecipient, nil: nil
      }
    delivery = Delivery(
      type: r.fulfilment.rawValue, date: r.slot.date.description, slot: r.slot.label,
      zone: isDelivery ? r.zone?.rawValue : nil, address: address,
      askRecipient: isDelivery && r.address == .askRecipient, cost: order.pricing.deliveryCost.wholeTenge)
    items = order.pricing.lines.map {
      Item(productID: $0.product.rawValue, title: $0.title, quantity: $0.quantity, price: $0.unitPrice.wholeTenge)
    }
    postcard = r.postcard
    anonymous = r.anonymous
    surprise = r.surprise
    payment = r.payment.rawValue
    total = order.pricing.total.wholeTenge
  }

  /// The JSON array of `orders`, pretty-printed with sorted keys.
  public static func json(_ orders: [Order]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(orders.map(OrderExport.init)), as: UTF8.self)
  }
}
