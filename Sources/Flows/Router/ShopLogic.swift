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
      guard let payload = CallbackPayload(data: data) else { return staleButton(state, &turn) }
      switch (payload, state) {
      case (.ordering(let session, let button), .ordering(let s)):
        return try run(Ordering.transition(s, .buttonPressed(session: session, button), c), &turn, c)
      case (.ordering, .idle):
        return staleButton(state, &turn)
      }
    case .text(let text):
      if case .ordering(let s) = state { return try run(Ordering.transition(s, .textEntered(text), c), &turn, c) }
      if c.labels.matches(text, .menuCatalog) { return try startOrdering(product: nil, &turn, c) }
      if c.labels.matches(text, .menuHelp) { return help(state, &turn) }
      guard event.isPrivateChat else { return state }
      turn.send(MainMenu.reply(.menuNotUnderstood))
      return state
    case .contact(let phone, _):
      if case .ordering(let s) = state { return try run(Ordering.transition(s, .contactShared(phone: phone), c), &turn, c) }
      return idleReply(.menuNothingToDo, state, &turn)
    case .location(let latitude, let longitude):
      if case .ordering(let s) = state {
        return try run(Ordering.transition(s, .locationShared(latitude: latitude, longitude: longitude), c), &turn, c)
      }
      return idleReply(.menuNothingToDo, state, &turn)
    case .photo, .unsupported:
      if case .ordering(let s) = state { return try run(Ordering.transition(s, .otherInput, c), &turn, c) }
      return idleReply(event.input == .unsupported ? .menuUnsupported : .menuPhotoNotYet, state, &turn)
    case .timer:
      return state
    }
  }

  func command(_ name: String, _ arguments: String, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext) throws
    -> ChatState
  {
    switch name {
    case "start":
      if let product = DeepLink.product(arguments) { return try startOrdering(product: product, &turn, c) }
      turn.send(MainMenu.reply(.startWelcome, ["name": .string(turn.event.sender.firstName), "shop": .string(c.shop.shop.name)]))
      return .idle
    case "help":
      return help(state, &turn)
    case "catalog", "order":
      return try startOrdering(product: nil, &turn, c)
    case "cancel":
      guard case .ordering = state else { return idleReply(.cancelNothing, .idle, &turn) }
      turn.send(MainMenu.reply(.orderingCancelled))
      return .idle
    default:
      turn.send(Reply(.key(L10n.commandUnknown.rawValue, ["command": .string(name)])))
      return state
    }
  }

  func startOrdering(product: ProductID?, _ turn: inout Turn, _ c: OrderingContext) throws -> ChatState {
    let session = turn.event.updateID ?? Int64(turn.now.timeIntervalSince1970)
    return try run(Ordering.start(session: session, product: product, c), &turn, c)
  }

  func help(_ state: ChatState, _ turn: inout Turn) -> ChatState {
    if case .ordering = state {
      turn.send(Reply(.key(L10n.helpOrdering.rawValue, [:])))
    } else {
      turn.send(MainMenu.reply(.helpMain))
    }
    return state
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
}

/// `/start` payloads: `p12` opens bouquet 12.
enum DeepLink {
  static func product(_ payload: String) -> ProductID? {
    guard payload.hasPrefix("p"), let id = Int64(payload.dropFirst()), id > 0 else { return nil }
    return ProductID(id)
  }
}
