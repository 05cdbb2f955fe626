import Dialog
import FlowerShop
import Foundation

extension ShopLogic {
  /// Free text: the answer inside a dialog, a main-menu label, a tracking code, or a phone
  /// number (which is never looked up; the customer is told why).
  func typed(_ text: String, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext) throws -> ChatState {
    switch state {
    case .ordering(let s):
      return try run(Ordering.transition(s, .textEntered(text), c), &turn, c)
    case .board:
      return try board(.textEntered(text), state, &turn, c)
    case .admin:
      return try admin(.textEntered(text), state, &turn)
    case .approval:
      if let next = try menuChoice(text, &turn, c) { return next }
      return try approval(.textEntered(text, photo: nil), state, &turn, c)
    case .tracking:
      if c.labels.matches(text, .trackingMenuButton) { return try track(.menuPressed, state, &turn, c) }
      if let next = try menuChoice(text, &turn, c) { return next }
      if let lookup = lookup(text) { return try track(lookup, state, &turn, c) }
      return try track(.otherInput, state, &turn, c)
    case .idle:
      if let next = try menuChoice(text, &turn, c) { return next }
      guard turn.event.isPrivateChat else { return state }
      if let lookup = lookup(text) { return try track(lookup, state, &turn, c) }
      turn.send(MainMenu.reply(.menuNotUnderstood))
      return state
    }
  }

  /// A main-menu label typed or pressed.
  func menuChoice(_ text: String, _ turn: inout Turn, _ c: OrderingContext) throws -> ChatState? {
    if c.labels.matches(text, .menuCatalog) { return try startOrdering(product: nil, &turn, c) }
    if c.labels.matches(text, .menuMyOrders) { return try track(.listRequested, .idle, &turn, c) }
    if c.labels.matches(text, .menuPhotoSearch) { return try findByPhoto(.searchRequested, .idle, &turn, c) }
    if c.labels.matches(text, .menuHelp) { return help(.idle, &turn) }
    return nil
  }

  /// A phone number (checked first: twelve digits are also a valid code) or a tracking code.
  func lookup(_ text: String) -> TrackingEvent? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if Tracking.looksLikePhone(trimmed) { return .phoneTyped }
    if TrackingID(validating: trimmed) != nil { return .codeEntered(trimmed) }
    return nil
  }
}
