import Dialog
import FlowerShop
import Foundation

extension ShopLogic {
  func command(
    _ name: String, _ arguments: String, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext
  ) throws
    -> ChatState
  {
    switch name {
    case "start":
      switch DeepLink(arguments) {
      case .product(let product)?: return try startOrdering(product: product, &turn, c)
      case .tracking(let code)?: return try track(.codeEntered(code), .idle, &turn, c)
      case nil:
        turn.send(
          MainMenu.reply(
            .startWelcome,
            ["name": .string(turn.event.sender.firstName), "shop": .string(c.shop.shop.name(in: c.language))]))
        try resubscribeOnStart(&turn)
        return .idle
      }
    case "help":
      return help(state, &turn)
    case "catalog":
      return try startOrdering(product: nil, &turn, c)
    case "order":
      // `/order 12` is the staff card of order 12; a customer's `/order` alone opens the catalog.
      if arguments.isEmpty, !actor(turn).role.isStaff { return try startOrdering(product: nil, &turn, c) }
      return try board(.orderCommand(arguments: arguments), state, &turn, c)
    case "photo":
      return try approval(.photoCommand(arguments: arguments), state, &turn, c)
    case "orders":
      return try board(.ordersCommand(arguments: arguments), state, &turn, c)
    case "my":
      return try track(.listRequested, .idle, &turn, c)
    case "language":
      return languageMenu(state, &turn)
    case "cancel":
      switch state {
      case .ordering:
        turn.send(MainMenu.reply(.orderingCancelled))
        return .idle
      case .board: return try board(.abandoned, state, &turn, c)
      case .tracking: return try track(.menuPressed, state, &turn, c)
      case .admin: return try admin(.abandoned, state, &turn)
      case .approval: return try approval(.abandoned, state, &turn, c)
      case .idle: return idleReply(.cancelNothing, .idle, &turn)
      }
    default:
      if let next = try adminCommand(name, arguments, state, &turn) { return next }
      turn.send(Reply(.key(L10n.commandUnknown.rawValue, ["command": .string(name)])))
      return state
    }
  }

  /// Help for where the chat is; staff also read the board's commands.
  func help(_ state: ChatState, _ turn: inout Turn) -> ChatState {
    var lines: [Text] = [
      .key(L10n.helpMain.rawValue, [:]), .key(L10n.helpTracking.rawValue, [:]), .key(L10n.helpLanguage.rawValue, [:]),
    ]
    if actor(turn).role.isStaff {
      lines += [.verbatim(""), .key(L10n.helpStaff.rawValue, [:]), .key(L10n.approvalHelpStaff.rawValue, [:])]
    }
    lines += helpExtras(actor(turn).role)
    switch state {
    case .ordering:
      turn.send(Reply(.key(L10n.helpOrdering.rawValue, [:])))
      return state
    case .board, .admin, .approval:
      turn.send(Reply(.lines(lines)))
      return state
    case .idle, .tracking:
      turn.send(Reply(.lines(lines), keyboard: MainMenu.keyboard))
      return .idle
    }
  }
}

/// `/start` payloads (Telegram allows 64 characters of `A-Za-z0-9_-`): `p12` opens bouquet 12;
/// `t` followed by a 12-character tracking code shows that order. The first letter tells them
/// apart, so a tracking code may itself start with any letter.
enum DeepLink: Equatable {
  case product(ProductID)
  /// The code as given; the tracking flow checks it.
  case tracking(String)

  init?(_ payload: String) {
    switch payload.first {
    case "p":
      guard let id = Int64(payload.dropFirst()), id > 0 else { return nil }
      self = .product(ProductID(id))
    case "t":
      self = .tracking(String(payload.dropFirst()))
    default:
      return nil
    }
  }
}
