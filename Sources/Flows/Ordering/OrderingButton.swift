import FlowerShop

/// Payloads of the ordering dialog's inline buttons.
public enum OrderingButton: Sendable, Equatable {
  case category(CategoryID)
  case product(ProductID)
  case quantity(Int)
  case fulfilment(Fulfilment)
  case zone(ZoneID)
  case date(LocalDate)
  case otherDate
  case slot(DeliverySlot)
  case noPostcard
  case anonymous(Bool)
  case surprise(Bool)
  case payment(PaymentMethod)
  case confirm
  case edit
  case editField(EditableField)
  case cancel
  case back

  /// Compact text after the session prefix, e.g. `s:202611281200`.
  var code: String {
    switch self {
    case .category(let id): "c:\(id.rawValue)"
    case .product(let id): "p:\(id.rawValue)"
    case .quantity(let n): "q:\(n)"
    case .fulfilment(let f): "f:\(f.rawValue)"
    case .zone(let id): "z:\(id.rawValue)"
    case .date(let date): "d:\(date.compact)"
    case .otherDate: "dx"
    case .slot(let slot): "s:\(slot.compact)"
    case .noPostcard: "np"
    case .anonymous(let yes): "an:\(yes ? 1 : 0)"
    case .surprise(let yes): "su:\(yes ? 1 : 0)"
    case .payment(let method): "pm:\(method.rawValue)"
    case .confirm: "ok"
    case .edit: "ed"
    case .editField(let field): "ef:\(field.rawValue)"
    case .cancel: "x"
    case .back: "b"
    }
  }

  init?(code: Substring) {
    let parts = code.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let argument = parts.count == 2 ? String(parts[1]) : nil
    switch (parts[0], argument) {
    case ("c", let id?) where !id.isEmpty: self = .category(CategoryID(id))
    case ("p", let id?): guard let raw = Int64(id) else { return nil }; self = .product(ProductID(raw))
    case ("q", let n?): guard let value = Int(n), (1...99).contains(value) else { return nil }; self = .quantity(value)
    case ("f", let f?): guard let value = Fulfilment(rawValue: f) else { return nil }; self = .fulfilment(value)
    case ("z", let id?) where !id.isEmpty: self = .zone(ZoneID(id))
    case ("d", let d?): guard let date = LocalDate(compact: d) else { return nil }; self = .date(date)
    case ("dx", nil): self = .otherDate
    case ("s", let s?): guard let slot = DeliverySlot(compact: s) else { return nil }; self = .slot(slot)
    case ("np", nil): self = .noPostcard
    case ("an", "1"): self = .anonymous(true)
    case ("an", "0"): self = .anonymous(false)
    case ("su", "1"): self = .surprise(true)
    case ("su", "0"): self = .surprise(false)
    case ("pm", let m?): guard let method = PaymentMethod(rawValue: m) else { return nil }; self = .payment(method)
    case ("ok", nil): self = .confirm
    case ("ed", nil): self = .edit
    case ("ef", let f?): guard let field = EditableField(rawValue: f) else { return nil }; self = .editField(field)
    case ("x", nil): self = .cancel
    case ("b", nil): self = .back
    default: return nil
    }
  }
}

/// Every inline button's callback data: a flow prefix, the dialog session and the payload.
/// Encodes to at most 64 bytes (Telegram's limit); anything else decodes to nil.
public enum CallbackPayload: Sendable, Equatable {
  case ordering(session: Int64, OrderingButton)
  /// A customer's tracking button: `t:…`.
  case tracking(TrackingButton)
  /// A staff button on an order card: `s:…`; obeyed only after the presser's role is checked.
  case staff(StaffButton)
  /// A photo-search result button: `f:…`.
  case photoSearch(PhotoSearchButton)
  /// A photo-approval button: `a:…`; checked against the presser's chat and the round.
  case approval(ApprovalButton)

  public var data: String {
    switch self {
    case .ordering(let session, let button): "o\(String(session, radix: 36)):\(button.code)"
    case .tracking(let button): "t:\(button.code)"
    case .staff(let button): "s:\(button.code)"
    case .photoSearch(let button): "f:\(button.code)"
    case .approval(let button): "a:\(button.code)"
    }
  }

  public init?(data: String) {
    guard data.utf8.count <= 64 else { return nil }
    if data.hasPrefix("t:") {
      guard let button = TrackingButton(code: data.dropFirst(2)) else { return nil }
      self = .tracking(button)
      return
    }
    if data.hasPrefix("s:") {
      guard let button = StaffButton(code: data.dropFirst(2)) else { return nil }
      self = .staff(button)
      return
    }
    if data.hasPrefix("a:") {
      guard let button = ApprovalButton(code: data.dropFirst(2)) else { return nil }
      self = .approval(button)
      return
    }
    if data.hasPrefix("f:") {
      guard let button = PhotoSearchButton(code: data.dropFirst(2)) else { return nil }
      self = .photoSearch(button)
      return
    }
    guard data.first == "o", let colon = data.firstIndex(of: ":") else { return nil }
    let sessionText = data[data.index(after: data.startIndex)..<colon]
    guard let session = Int64(sessionText, radix: 36), session >= 0,
      let button = OrderingButton(code: data[data.index(after: colon)...])
    else { return nil }
    self = .ordering(session: session, button)
  }
}
