import Dialog
import FlowerShop
import Foundation

/// What happens while an admin prepares a notice.
enum BroadcastInput: Equatable {
  case textEntered(String)
  case photoSent(fileID: String, caption: String?)
}

extension Admin {
  /// `/broadcast`, the preview's buttons and the results of starting and cancelling.
  static func broadcastEvent(_ state: AdminState?, _ event: AdminEvent, session: Int64) -> AdminTransition {
    let draft: BroadcastDraft? = if case .broadcast(.confirming(let d)) = state { d } else { nil }
    switch event {
    case .broadcastCommand(let arguments):
      switch arguments.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
      case "": return AdminTransition(state, [.checkRunning])
      case "cancel", "stop": return AdminTransition(nil, [.cancelBroadcast])
      default: return AdminTransition(state, [say(.broadcastUsage)])
      }
    case .runningChecked(nil): return AdminTransition(.broadcast(.awaitingContent), [say(.broadcastAsk)])
    case .runningChecked(let running?), .broadcastRefused(let running):
      return AdminTransition(nil, [say(.broadcastBusy, ["id": .number(Int(running.id.rawValue))])])
    case .recipientsCounted(let d):
      guard d.recipients > 0 else { return AdminTransition(nil, [say(.broadcastNoRecipients)]) }
      return AdminTransition(
        .broadcast(.confirming(d)), [.send(d.content.reply()), .send(BroadcastText.confirmation(d))])
    case .buttonPressed(.confirmBroadcast(let pressed)):
      guard let draft, draft.session == pressed else { return AdminTransition(state, [.toast(key(.broadcastStale))]) }
      return AdminTransition(nil, [.startBroadcast(draft)])
    case .buttonPressed(.discardBroadcast(let pressed)):
      guard let draft, draft.session == pressed else { return AdminTransition(state, [.toast(key(.broadcastStale))]) }
      return AdminTransition(nil, [say(.broadcastDiscarded)])
    case .broadcastStarted(let id, let total):
      let progress = BroadcastProgress(remaining: total)
      return AdminTransition(nil, [.showProgress(id, Reply(BroadcastText.progress(id, progress, .running)))])
    case .broadcastCancelled(nil, _): return AdminTransition(nil, [say(.broadcastNothingToCancel)])
    case .broadcastCancelled(let id?, let progress):
      return AdminTransition(nil, [.send(Reply(BroadcastText.report(id, progress, cancelled: true)))])
    case .floristCommand, .floristsCommand, .contactShared, .textEntered, .photoSent, .buttonPressed(.removeFlorist),
      .abandoned, .otherInput, .floristGranted, .floristRevoked, .floristsLoaded, .statsCommand, .productsCommand,
      .productCommand, .statsLoaded, .productsLoaded, .productAdded, .productChanged:
      return other(state)
    }
  }

  /// The admin's text or photo while the broadcast dialog waits.
  static func broadcast(_ state: BroadcastState, _ input: BroadcastInput, session: Int64) -> AdminTransition {
    guard state == .awaitingContent else { return AdminTransition(.broadcast(state), [say(.broadcastConfirmFirst)]) }
    let content: BroadcastContent
    switch input {
    case .textEntered(let text):
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty else { return AdminTransition(.broadcast(state), [say(.broadcastAsk)]) }
      content = BroadcastContent(text: trimmed)
    case .photoSent(let fileID, let caption):
      content = BroadcastContent(
        text: (caption ?? "").trimmingCharacters(in: .whitespacesAndNewlines), photoFileID: fileID)
    }
    guard content.fits else {
      return AdminTransition(
        .broadcast(state),
        [say(.broadcastTooLong, ["limit": .number(content.limit), "length": .number(content.text.utf16.count)])])
    }
    return AdminTransition(.broadcast(state), [.countRecipients(content, session: session)])
  }
}
