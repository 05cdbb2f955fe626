import FlowerShop

/// The answers given so far; nil means not asked yet.
public struct OrderDraft: Codable, Sendable, Equatable {
  public enum Postcard: Codable, Sendable, Equatable {
    case none
    case text(String)
  }

  public var category: CategoryID?
  public var product: ProductID?
  public var quantity: Int?
  public var fulfilment: Fulfilment?
  public var zone: ZoneID?
  public var date: LocalDate?
  public var slot: DeliverySlot?
  public var address: DeliveryAddress?
  public var recipientName: String?
  public var recipientPhone: PhoneNumber?
  public var postcard: Postcard?
  public var anonymous: Bool?
  public var surprise: Bool?
  public var customerPhone: PhoneNumber?
  public var payment: PaymentMethod?

  public init() {}

  var isDelivery: Bool { fulfilment == .delivery }

  /// Whether the question of `step` applies to this draft at all.
  func asks(_ step: OrderingStep) -> Bool {
    switch step {
    case .zone, .address, .recipientName, .recipientPhone, .anonymity: isDelivery
    case .surprise: isDelivery && address != .askRecipient
    case .category, .product, .quantity, .fulfilment, .date, .slot, .postcard, .customerPhone, .payment,
      .summary, .editing:
      true
    }
  }

  /// Whether the question of `step` is answered.
  func answered(_ step: OrderingStep) -> Bool {
    switch step {
    case .category: category != nil
    case .product: product != nil
    case .quantity: quantity != nil
    case .fulfilment: fulfilment != nil
    case .zone: zone != nil
    case .date: date != nil
    case .slot: slot != nil
    case .address: address != nil
    case .recipientName: recipientName != nil
    case .recipientPhone: recipientPhone != nil
    case .postcard: postcard != nil
    case .anonymity: anonymous != nil
    case .surprise: surprise != nil
    case .customerPhone: customerPhone != nil
    case .payment: payment != nil
    case .summary, .editing: false
    }
  }

  /// The first question still open, or the summary when all are answered.
  var nextStep: OrderingStep {
    OrderingStep.allCases.first { $0 != .editing && asks($0) && !answered($0) } ?? .summary
  }

  /// The question asked before `step` (nil before the first one).
  func previousStep(before step: OrderingStep) -> OrderingStep? {
    guard let index = OrderingStep.allCases.firstIndex(of: step) else { return nil }
    return OrderingStep.allCases[..<index].last { asks($0) && $0 != .summary && $0 != .editing }
  }

  /// Forgets the answer to `step` and to the questions that depend on it.
  mutating func clear(_ step: OrderingStep) {
    switch step {
    case .category: category = nil; product = nil; quantity = nil
    case .product: product = nil; quantity = nil
    case .quantity: quantity = nil
    case .fulfilment: fulfilment = nil; zone = nil; address = nil; surprise = nil
    case .zone: zone = nil
    case .date: date = nil; slot = nil
    case .slot: slot = nil
    case .address: address = nil; surprise = nil
    case .recipientName: recipientName = nil
    case .recipientPhone: recipientPhone = nil
    case .postcard: postcard = nil
    case .anonymity: anonymous = nil
    case .surprise: surprise = nil
    case .customerPhone: customerPhone = nil
    case .payment: payment = nil
    case .summary, .editing: break
    }
  }

  /// Forgets a group of answers so the dialog asks them again.
  mutating func clear(_ field: EditableField) {
    switch field {
    case .bouquet: clear(OrderingStep.category)
    case .fulfilment: clear(OrderingStep.fulfilment)
    case .dateTime: clear(OrderingStep.date)
    case .address: zone = nil; clear(OrderingStep.address)
    case .recipient: recipientName = nil; recipientPhone = nil
    case .postcard: clear(OrderingStep.postcard)
    case .anonymity: clear(OrderingStep.anonymity)
    case .surprise: clear(OrderingStep.surprise)
    case .phone: clear(OrderingStep.customerPhone)
    case .payment: clear(OrderingStep.payment)
    }
  }

  /// The fields the summary offers to change for this draft.
  var editableFields: [EditableField] {
    EditableField.allCases.filter { field in
      switch field {
      case .address, .recipient, .anonymity: isDelivery
      case .surprise: asks(.surprise)
      case .bouquet, .fulfilment, .dateTime, .postcard, .phone, .payment: true
      }
    }
  }
}
