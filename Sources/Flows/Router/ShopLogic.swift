import Dialog
import FlowerShop
import Foundation
import VisualSearch

/// The router: global commands and the main menu, then the flow the chat is in.
public struct ShopLogic: ChatLogic {
  let configuration: BotConfiguration
  /// The catalog read once per catalog version, not once per update.
  let catalogCache = CatalogCache()
  /// The photo index a product added in chat joins at once (set by `buildBot`).
  var photoSearch: PhotoSearch?
  /// The shop's delivery rules, made once (not once per update).
  let policy: DeliveryPolicy
  public init(configuration: BotConfiguration) {
    self.configuration = configuration
    self.policy = DeliveryPolicy(configuration.shop.delivery)
  }
  public var initialState: ChatState { .idle }

  public func handle(_ event: IncomingEvent, state: ChatState, turn: inout Turn) throws -> ChatState {
    let c = try context(turn)
    if case .timer(BroadcastProgressTimer.name, let payload) = event.input {
      try broadcastTick(payload, &turn)
      return state
    }
    if case .admin(let s) = state, let next = try adminInput(s, state, &turn) { return next }
    if let next = try approvalInput(event, state, &turn, c) { return next }
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
      case .approval: return try approval(.otherInput, state, &turn, c)
      case .admin: return state
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
      case .approval: return try approval(.otherInput, state, &turn, c)
      case .admin: return state
      case .idle: return idleReply(.menuNothingToDo, state, &turn)
      }
    case .photo, .unsupported:
      switch state {
      case .ordering(let s): return try run(Ordering.transition(s, .otherInput, c), &turn, c)
      case .board: return try board(.otherInput, state, &turn, c)
      case .tracking: return try track(.otherInput, state, &turn, c)
      case .approval: return try approval(.otherInput, state, &turn, c)
      case .admin: return state
      case .idle:
        if case .photo = event.input, event.isPrivateChat, !actor(turn).role.isStaff {
          return try customerPhoto(event.prepared, state, &turn, c)
        }
        return idleReply(event.input == .unsupported ? .menuUnsupported : .menuPhotoNotYet, state, &turn)
      }
    case .timer:
      return state
    }
  }

  func button(_ data: String, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext) throws -> ChatState {
    if let button = AdminButton(data: data) { return try admin(.buttonPressed(button), state, &turn) }
    if data.hasPrefix(LanguageButton.prefix) { return try chooseLanguage(LanguageButton(data: data), state, &turn) }
    guard let payload = CallbackPayload(data: data) else { return staleButton(state, &turn) }
    switch payload {
    case .ordering(let session, let button):
      guard case .ordering(let s) = state else { return staleButton(state, &turn) }
      return try run(Ordering.transition(s, .buttonPressed(session: session, button), c), &turn, c)
    case .tracking(let button):
      return try track(.buttonPressed(button), state, &turn, c)
    case .staff(.status(let id, _, .photoSent)):
      // The photo is sent, not declared: the card's button asks for it.
      return try approval(.sendPhotoPressed(id), state, &turn, c)
    case .staff(let button):
      return try board(.buttonPressed(button), state, &turn, c)
    case .approval(let button):
      return try approval(Approval.event(for: button), state, &turn, c)
    case .photoSearch(let button):
      return try findByPhoto(.buttonPressed(button), state, &turn, c)
    }
  }

  func startOrdering(product: ProductID?, _ turn: inout Turn, _ c: OrderingContext) throws -> ChatState {
    let session = turn.event.updateID ?? Int64(turn.now.timeIntervalSince1970)
    try StatsStore.recordOrderingStart(turn.db, shopID: c.shop.shop.id, chat: turn.event.chat, at: turn.now)
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
      now: turn.now, shop: shop, catalog: try catalogCache.catalog(turn.db, shopID: shop.shop.id),
      imageDirectory: configuration.imageDirectory, customerName: turn.event.sender.firstName,
      labels: ButtonLabels(localizer: turn.localizer, language: turn.language), policy: policy)
  }

  /// Who sent this input, with their role looked up now: rights are never remembered.
  func actor(_ turn: Turn) -> Author {
    Author.resolve(turn, staff: configuration.shop.staff, shopID: configuration.shop.shop.id)
  }
}
