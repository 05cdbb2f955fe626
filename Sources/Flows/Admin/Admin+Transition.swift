import Dialog
import FlowerShop
import Foundation

/// The admin tools as one pure state machine: florists, broadcasts (see `Admin+Broadcast`).
public enum Admin {
  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }
  static func say(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> AdminEffect {
    .send(Reply(self.key(key, arguments)))
  }

  /// `state` nil: the chat is not in an admin dialog. `session` identifies this input (its
  /// update id), so buttons of a preview belong to it.
  public static func transition(
    _ state: AdminState?, _ event: AdminEvent, actor: Author, session: Int64
  ) -> AdminTransition {
    if event.needsAdmin, actor.role != .admin {
      if case .buttonPressed = event { return AdminTransition(state, [.toast(key(.adminOnlyButton))]) }
      return AdminTransition(nil, [say(.adminOnly)])
    }
    switch event {
    case .floristCommand(let arguments): return floristCommand(arguments)
    case .floristsCommand: return AdminTransition(nil, [.loadFlorists])
    case .contactShared(let user):
      guard state == .awaitingFlorist else { return other(state) }
      guard let user else { return AdminTransition(state, [say(.adminFloristContactWithoutAccount)]) }
      return AdminTransition(nil, [.grantFlorist(user)])
    case .textEntered(let text):
      switch state {
      case .awaitingFlorist:
        guard let user = userID(text) else { return AdminTransition(state, [say(.adminFloristAsk)]) }
        return AdminTransition(nil, [.grantFlorist(user)])
      case .broadcast(let s): return broadcast(s, .textEntered(text), session: session)
      case .awaitingProduct, nil: return other(state)
      }
    case .photoSent(let fileID, let caption):
      if state == .awaitingProduct { return productPhoto(caption) }
      guard case .broadcast(let s) = state else { return other(state) }
      return broadcast(s, .photoSent(fileID: fileID, caption: caption), session: session)
    case .buttonPressed(.removeFlorist(let user)): return AdminTransition(state, [.revokeFlorist(user)])
    case .abandoned:
      return AdminTransition(nil, [say(.adminCancelled)])
    case .otherInput: return other(state)
    case .floristGranted(let florist, let isNew):
      let who = AdminText.about(florist, isNew ? .adminFloristAdded : .adminFloristAlready)
      guard isNew else { return AdminTransition(nil, [.send(who)]) }
      return AdminTransition(nil, [.send(who), .setMenu(florist.user, .florist)])
    case .floristRevoked(let florist, let wasGranted):
      let who = AdminText.about(florist, wasGranted ? .adminFloristRemoved : .adminFloristNotGranted)
      guard wasGranted else { return AdminTransition(state, [.send(who)]) }
      return AdminTransition(state, [.send(who), .setMenu(florist.user, .customer)])
    case .floristsLoaded(let florists):
      return AdminTransition(nil, [.send(AdminText.florists(florists))])
    case .statsCommand, .productsCommand, .productCommand, .statsLoaded, .productsLoaded, .productAdded,
      .productChanged:
      return catalogEvent(state, event)
    case .broadcastCommand, .buttonPressed, .runningChecked, .recipientsCounted, .broadcastStarted,
      .broadcastRefused, .broadcastCancelled:
      return broadcastEvent(state, event, session: session)
    }
  }

  /// `/florist add 123`, `/florist add` (then the contact or id), `/florist remove 123`.
  static func floristCommand(_ arguments: String) -> AdminTransition {
    let words = arguments.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
    switch (words.first, words.count) {
    case ("add", 1): return AdminTransition(.awaitingFlorist, [say(.adminFloristAsk)])
    case ("add", 2):
      guard let user = userID(words[1]) else { return AdminTransition(nil, [say(.adminFloristUsage)]) }
      return AdminTransition(nil, [.grantFlorist(user)])
    case ("remove", 1): return AdminTransition(nil, [.loadFlorists])
    case ("remove", 2):
      guard let user = userID(words[1]) else { return AdminTransition(nil, [say(.adminFloristUsage)]) }
      return AdminTransition(nil, [.revokeFlorist(user)])
    default: return AdminTransition(nil, [say(.adminFloristUsage)])
    }
  }

  /// A Telegram user id as typed: digits only.
  static func userID(_ text: String) -> UserID? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.allSatisfy(\.isASCII), let raw = Int64(trimmed), raw > 0 else { return nil }
    return UserID(raw)
  }

  /// An input the waiting step cannot use: asked again.
  static func other(_ state: AdminState?) -> AdminTransition {
    switch state {
    case .awaitingFlorist: AdminTransition(state, [say(.adminFloristAsk)])
    case .broadcast(.awaitingContent): AdminTransition(state, [say(.broadcastAsk)])
    case .broadcast(.confirming): AdminTransition(state, [say(.broadcastConfirmFirst)])
    case .awaitingProduct: AdminTransition(state, [say(.productAsk)])
    case nil: AdminTransition(nil, [])
    }
  }
}

extension AdminEvent {
  /// Inputs a person made (results of effects were already checked).
  var needsAdmin: Bool {
    switch self {
    case .floristCommand, .floristsCommand, .broadcastCommand, .contactShared, .textEntered, .photoSent,
      .buttonPressed, .abandoned, .otherInput, .statsCommand, .productsCommand, .productCommand:
      true
    case .floristGranted, .floristRevoked, .floristsLoaded, .runningChecked, .recipientsCounted, .broadcastStarted,
      .broadcastRefused, .broadcastCancelled, .statsLoaded, .productsLoaded, .productAdded, .productChanged:
      false
    }
  }
}
