import Foundation
import GRDB

/// Conversions between `Order` and the columns of `orders` and `order_items`.
extension OrderStore {
  static let orderColumns = """
    shop_id, number, tracking_id, status, fulfilment, zone_id, slot_date, slot_start, slot_end,
    address_kind, address_text, latitude, longitude, recipient_name, recipient_phone, customer_name,
    customer_phone, postcard, anonymous, surprise, payment, items_total_tiyn, delivery_cost_tiyn, total_tiyn,
    created_at
    """

  /// Binds the columns of `orderColumns`, in order, straight to the statement.
  static func bind(
    _ arguments: inout DirectArguments, shopID: String, number: OrderNumber, trackingID: TrackingID,
    request r: OrderRequest, pricing: Pricing, at: Date
  ) {
    let address = addressColumns(r.address)
    arguments.bind(shopID)
    arguments.bind(number.rawValue)
    arguments.bind(trackingID.rawValue)
    arguments.bind(OrderStatus.new.rawValue)
    arguments.bind(r.fulfilment.rawValue)
    arguments.bind(r.zone?.rawValue)
    arguments.bind(r.slot.date.description)
    arguments.bind(r.slot.start.description)
    arguments.bind(r.slot.end.description)
    arguments.bind(address.kind)
    arguments.bind(address.text)
    arguments.bind(address.latitude)
    arguments.bind(address.longitude)
    arguments.bind(r.recipient.name)
    arguments.bind(r.recipient.phone.e164)
    arguments.bind(r.customer.name)
    arguments.bind(r.customer.phone.e164)
    arguments.bind(r.postcard)
    arguments.bind(r.anonymous)
    arguments.bind(r.surprise)
    arguments.bind(r.payment.rawValue)
    arguments.bind(pricing.itemsTotal.tiyn)
    arguments.bind(pricing.deliveryCost.tiyn)
    arguments.bind(pricing.total.tiyn)
    arguments.bind(StoredDate(at))
  }

  private static func addressColumns(
    _ address: DeliveryAddress?
  ) -> (
    kind: String?, text: String?, latitude: Double?, longitude: Double?
  ) {
    switch address {
    case nil: return (nil, nil, nil, nil)
    case .text(let text): return ("text", text, nil, nil)
    case .location(let latitude, let longitude): return ("location", nil, latitude, longitude)
    case .askRecipient: return ("ask_recipient", nil, nil, nil)
    }
  }

  static func order(_ row: Row, items: [Row]) throws -> Order {
    let lines = items.map { item in
      let quantity: Int = item["quantity"]
      let unit = Money(tiyn: item["unit_price_tiyn"])
      return PricedLine(
        product: ProductID(item["product_id"] as Int64), title: item["title"], quantity: quantity, unitPrice: unit,
        total: unit * quantity)
    }
    let request = OrderRequest(
      lines: lines.map { OrderLine(product: $0.product, quantity: $0.quantity) },
      fulfilment: try decode(row, "fulfilment", Fulfilment.init(rawValue:)),
      zone: (row["zone_id"] as String?).map(ZoneID.init(rawValue:)), slot: try slot(row), address: try address(row),
      recipient: Person(
        name: row["recipient_name"], phone: try decode(row, "recipient_phone", PhoneNumber.init(e164:))),
      customer: Person(name: row["customer_name"], phone: try decode(row, "customer_phone", PhoneNumber.init(e164:))),
      postcard: row["postcard"], anonymous: row["anonymous"], surprise: row["surprise"],
      payment: try decode(row, "payment", PaymentMethod.init(rawValue:)))
    let pricing = Pricing(
      lines: lines, itemsTotal: Money(tiyn: row["items_total_tiyn"]),
      deliveryCost: Money(tiyn: row["delivery_cost_tiyn"]),
      total: Money(tiyn: row["total_tiyn"]))
    return Order(
      id: OrderID(row["id"] as Int64), shopID: row["shop_id"], number: OrderNumber(row["number"] as Int),
      trackingID: try decode(row, "tracking_id", TrackingID.init(validating:)),
      status: try decode(row, "status", OrderStatus.init(rawValue:)), request: request, pricing: pricing,
      createdAt: row["created_at"], paidAt: row["paid_at"], paidBy: row["paid_by"])
  }

  private static func slot(_ row: Row) throws -> DeliverySlot {
    DeliverySlot(
      date: try decode(row, "slot_date", LocalDate.init(iso:)), start: try decode(row, "slot_start", TimeOfDay.init),
      end: try decode(row, "slot_end", TimeOfDay.init))
  }

  private static func address(_ row: Row) throws -> DeliveryAddress? {
    let kind: String? = row["address_kind"]
    switch kind {
    case nil: return nil
    case "text": return .text(row["address_text"] ?? "")
    case "location":
      guard let latitude: Double = row["latitude"], let longitude: Double = row["longitude"] else {
        throw StoredDataError.corrupt(table: "orders", column: "latitude", value: "NULL")
      }
      return .location(latitude: latitude, longitude: longitude)
    case "ask_recipient": return .askRecipient
    case let other?: throw StoredDataError.corrupt(table: "orders", column: "address_kind", value: other)
    }
  }

  /// Reads a text column through a failable initializer, or reports the row as corrupt.
  static func decode<T>(_ row: Row, _ column: String, _ make: (String) -> T?) throws -> T {
    let text: String = row[column] ?? ""
    guard let value = make(text) else { throw StoredDataError.corrupt(table: "orders", column: column, value: text) }
    return value
  }
}
