import Dialog
import FlowerShop

/// The texts an admin reads about a broadcast: the confirmation, live progress, the report.
enum BroadcastText {
  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }

  /// Under the preview: how many customers get it, and the two buttons.
  static func confirmation(_ draft: BroadcastDraft) -> Reply {
    Reply(
      key(.broadcastConfirm, ["count": .number(draft.recipients)]),
      keyboard: .inline([
        [
          InlineButton(key(.broadcastSend), data: AdminButton.confirmBroadcast(session: draft.session).data),
          InlineButton(key(.broadcastDiscard), data: AdminButton.discardBroadcast(session: draft.session).data),
        ]
      ]))
  }

  static func counts(_ p: BroadcastProgress) -> [Text] {
    var lines: [Text] = [key(.broadcastSent, ["count": .number(p.sent), "total": .number(p.total)])]
    if p.failed > 0 { lines.append(key(.broadcastFailed, ["count": .number(p.failed)])) }
    if p.blocked > 0 { lines.append(key(.broadcastBlocked, ["count": .number(p.blocked)])) }
    if p.cancelled > 0 { lines.append(key(.broadcastWithdrawn, ["count": .number(p.cancelled)])) }
    if p.remaining > 0 { lines.append(key(.broadcastRemaining, ["count": .number(p.remaining)])) }
    return lines
  }

  /// The message edited in place while it runs (and a last time when it ends).
  static func progress(_ id: BroadcastID, _ p: BroadcastProgress, _ status: BroadcastStatus) -> Text {
    let title: L10n =
      switch status {
      case .running: .broadcastProgressTitle
      case .finished: .broadcastDoneTitle
      case .cancelled: .broadcastStoppedTitle
      }
    var lines = [key(title, ["id": .number(Int(id.rawValue))])] + counts(p)
    if status == .running { lines.append(key(.broadcastProgressHint)) }
    return .lines(lines)
  }

  /// The final report, a new message so the admin is notified.
  static func report(_ id: BroadcastID, _ p: BroadcastProgress, cancelled: Bool) -> Text {
    let title = key(cancelled ? .broadcastCancelledTitle : .broadcastReportTitle, ["id": .number(Int(id.rawValue))])
    return .lines([title] + counts(p))
  }
}
