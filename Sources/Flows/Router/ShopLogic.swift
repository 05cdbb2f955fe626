import Dialog
import FlowerShop
import Foundation

/// The router: global commands and the main menu, then the flow the chat is in.
public struct ShopLogic: ChatLogic {
  let configuration: BotConfiguration
  public init(configuration: BotConfiguration) { self.configuration = configuration }
  public var initialState: ChatState { .idle }

  public func handle(_ event: IncomingEvent, state: ChatState, turn: inout Turn) throws -> ChatState {
    let c = try context(turn)
    switch event.input {
    case .command(let name, let arguments):
      return try command(name, arguments, state, &turn, c)
    case .button(let data):
      return try button(data, state, &turn, c)
    case .text(let text):
      return try typed(text, state, &turn, c)
    case .contact(let phone, let isOwn):
      switch state {
      case .ordering(let s): return try run(Ordering.transition(s, .contactShared(phone: phone), c), &turn, c)
      case .board: return try board(.otherInput, state, &turn, c)
      case .idle, .tracking:
        guard event.isPrivateChat else { return state }
        return try track(.contactShared(phone: phone, isOwn: isOwn), state, &turn, c)
      }
    case .location(let latitude, let longitude):
      switch state {
      case .ordering(let s):
        return try run(Ordering.transition(s, .locationShared(latitude: latitude, longitude: longitude), c), &turn, c)
      case .board: return try board(.otherInput, state, &turn, c)
      case .tracking: return try track(.otherInput, state, &turn, c)
      case .idle: return idleReply(.menuNothingToDo, state, &turn)
      }
    case .photo, .unsupported:
      switch state {
      case .ordering(let s): return try run(Ordering.transition(s, .otherInput, c), &turn, c)
      case .board: return try board(.otherInput, state, &turn, c)
      case .tracking: return try track(.otherInput, state, &turn, c)
      case .idle: return idleReply(event.input == .unsupported ? .menuUnsupported : .menuPhotoNotYet, state, &turn)
      }
    case .timer:
      return state
    }
  }

  func button(_ data: String, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext) throws -> ChatState {
    guard let payload = CallbackPayload(data: data) else { return staleButton(state, &turn) }
    switch payload {
    case .ordering(let session, let button):
      guard case .ordering(let s) = state else { return staleButton(state, &turn) }
      return try run(Ordering.transition(s, .buttonPressed(session: session, button), c), &turn, c)
    case .tracking(let button):
      return try track(.buttonPressed(button), state, &turn, c)
    case .staff(let button):
      return try board(.buttonPressed(button), state, &turn, c)
    }
  }

  func startOrdering(product: ProductID?, _ turn: inout Turn, _ c: OrderingContext) throws -> ChatState {
    let session = turn.event.updateID ?? Int64(turn.now.timeIntervalSince1970)
    return try run(Ordering.start(session: session, product: product, c), &turn, c)
  }

  func idleReply(_ key: L10n, _ state: ChatState, _ turn: inout Turn) -> ChatState {
    guard turn.event.isPrivateChat else { return state }
    turn.send(MainMenu.reply(key))
    return state
  }

  func staleButton(_ state: ChatState, _ turn: inout Turn) -> ChatState {
    turn.toast = .key(L10n.buttonStale.rawValue, [:])
    return state
  }

  func context(_ turn: Turn) throws -> OrderingContext {
    let shop = configuration.shop
    return OrderingContext(
      now: turn.now, shop: shop, catalog: try ShopStore.catalog(turn.db, shopID: shop.shop.id),
      imageDirectory: configuration.imageDirectory, customerName: turn.event.sender.firstName,
      labels: ButtonLabels(localizer: turn.localizer, language: turn.language))
  }

  /// Who sent this input, with their role looked up now: rights are never remembered.
  func actor(_ turn: Turn) -> Author {
    let user = turn.event.sender.user
    return Author(
      user: user, role: configuration.shop.staff.role(of: user), chat: turn.event.chat,
      isPrivateChat: turn.event.isPrivateChat)
  }
}
